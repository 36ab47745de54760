import { ageGroupOf, MOSVY_STAGE_OF, type CaseListQuery, type CaseStage, type CaseSummary } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Services } from '../../../services';
import { todayOf } from '../../../validation/dates';
import { queryDigestGroups } from '../../persons/name-tokens';
import { findPersonIdsByIdentifier, findPersonIdsByName, loadDisplayNames } from '../../persons/persons.repository';
import { listCases } from '../cases.repository';

const CASE_NUMBER = /^ct-?\d{0,4}(-\d{0,6})?$/i;
const MAX_SEARCH_PERSONS = 2_000;

/**
 * The case list an actor may see, with search by name in any script and spelling (through the
 * blind indexes: the database never sees the names), by an exact document number or phone, or by
 * case number; filters, sorting and pagination. Showing names is a read of identifying data, so
 * the listing is audited (with the filters, never the search text).
 */
export async function listVisibleCases(services: Services, actor: Actor, query: CaseListQuery, context: AuditContext): Promise<{ items: CaseSummary[]; total: number }> {
  const { page, pageSize, search, ...filters } = query;
  let personIds: string[] | null = null;
  let caseNumber: string | null = null;
  if (search) {
    if (CASE_NUMBER.test(search.replace(/\s/g, ''))) caseNumber = search.replace(/\s/g, '').toUpperCase().replace(/^CT(?=\d)/, 'CT-');
    const byName = await findPersonIdsByName(services.db, queryDigestGroups(services.keyRing, search), MAX_SEARCH_PERSONS);
    const byIdentifier = await findPersonIdsByIdentifier(services.db, services.keyRing, search, 50);
    personIds = [...new Set([...byName, ...byIdentifier])];
  }
  const today = todayOf(services.now());
  const { rows, total } = await listCases(services.db, actor, { ...filters, personIds, caseNumber, today, actorUserId: actor.userId }, { page, pageSize });
  const names = await loadDisplayNames(services.db, services.keyRing, rows.map((row) => row.person_id));
  const items = rows.map((row): CaseSummary => ({
    id: row.id,
    caseNumber: row.case_number,
    stage: row.stage as CaseStage,
    mosvyStage: MOSVY_STAGE_OF[row.stage as CaseStage],
    personId: row.person_id,
    displayName: names.get(row.person_id) ?? '',
    sex: row.sex as CaseSummary['sex'],
    ageGroup: ageGroupOf(row.age_at_identification),
    isChild: row.is_child === 1,
    nationality: row.nationality,
    provinceCode: row.province_code,
    exploitationTypes: row.exploitation_types as CaseSummary['exploitationTypes'],
    openedOn: row.opened_on,
    updatedAt: row.updated_at,
    nextFollowUpDue: row.next_follow_up_due,
    followUpOverdue: row.stage !== 'closed' && row.next_follow_up_due !== null && row.next_follow_up_due < today,
    screeningPending: row.screening_id === null,
    restricted: row.restricted === 1,
    access: row.owner_organisation_id === actor.organisationId ? 'owner' : 'granted',
    ownerOrganisation: { id: row.owner_organisation_id, nameEn: row.owner_name_en, nameKm: row.owner_name_km },
    isDemo: row.is_demo === 1,
  }));
  const filterNames = Object.entries(filters).filter(([, value]) => value !== undefined).map(([key]) => key).concat(search ? ['search'] : []).join(',');
  await inTransaction(services, (trx) => audit(services, trx, context, { action: 'record.listed', resourceType: 'case', details: { returned: items.length, filters: filterNames } }));
  return { items, total };
}
