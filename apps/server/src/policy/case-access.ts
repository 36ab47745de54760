import { CASE_SECTIONS, type CaseSection } from '@ctip/contracts';
import type { Actor } from './actor';

/** What decides who sees a case. */
export interface CaseAccessFacts {
  ownerOrganisationId: string;
  /** When set, only these users see the case, whatever their organisation. */
  restrictedToUserIds: readonly string[] | null;
  /** Active grants (accepted referrals) to other organisations, with the sections each opens. */
  grants: ReadonlyArray<{ organisationId: string; sections: readonly CaseSection[] }>;
}

/** How the actor relates to a case, and which of its sections they see. */
export interface CaseAccess {
  relation: 'owner' | 'granted' | 'none';
  sections: CaseSection[];
}

/**
 * The actor's access to a case: the owning organisation sees all of it; an organisation with an
 * accepted referral sees the sections that referral needs; a restricted case narrows either to
 * the users named on it. Nobody else sees it at all.
 */
export function caseAccess(actor: Actor, facts: CaseAccessFacts): CaseAccess {
  if (facts.restrictedToUserIds !== null && !facts.restrictedToUserIds.includes(actor.userId)) return { relation: 'none', sections: [] };
  if (actor.organisationId === facts.ownerOrganisationId) return { relation: 'owner', sections: [...CASE_SECTIONS] };
  const granted = new Set<CaseSection>();
  for (const grant of facts.grants) if (grant.organisationId === actor.organisationId) for (const section of grant.sections) granted.add(section);
  if (granted.size === 0) return { relation: 'none', sections: [] };
  return { relation: 'granted', sections: CASE_SECTIONS.filter((section) => granted.has(section)) };
}
