import { CASE_SECTIONS } from '@ctip/contracts';
import type { Actor } from '../../../policy/actor';
import { caseAccess, type CaseAccess } from '../../../policy/case-access';
import type { Services } from '../../../services';
import { caseIdsOfPerson, loadCaseAccessFacts } from '../cases.repository';

/** The actor's access to a case; null when no such case exists. */
export async function accessToCase(services: Services, actor: Actor, caseId: string): Promise<CaseAccess | null> {
  const facts = (await loadCaseAccessFacts(services.db, [caseId])).get(caseId);
  return facts ? caseAccess(actor, facts) : null;
}

/**
 * The actor's access to a person: the union of what the person's cases show the actor (so a
 * restricted case restricts its person too); a person with no case yet (screening pending) is
 * the recording organisation's alone.
 */
export async function accessToPerson(services: Services, actor: Actor, personId: string, ownerOrganisationId: string): Promise<CaseAccess> {
  const caseIds = await caseIdsOfPerson(services.db, personId);
  if (caseIds.length === 0) {
    return ownerOrganisationId === actor.organisationId ? { relation: 'owner', sections: [...CASE_SECTIONS] } : { relation: 'none', sections: [] };
  }
  const facts = await loadCaseAccessFacts(services.db, caseIds);
  const sections = new Set<string>();
  let relation: CaseAccess['relation'] = 'none';
  for (const fact of facts.values()) {
    const access = caseAccess(actor, fact);
    if (access.relation === 'owner') relation = 'owner';
    else if (access.relation === 'granted' && relation === 'none') relation = 'granted';
    for (const section of access.sections) sections.add(section);
  }
  return { relation, sections: CASE_SECTIONS.filter((section) => sections.has(section)) };
}
