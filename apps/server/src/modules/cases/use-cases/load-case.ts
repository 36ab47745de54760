import { CASE_ENTRY_KINDS, ageGroupOf, isBackwardMove, MOSVY_STAGE_OF, type CaseDetail, type CaseFacts, type CaseSection, type CaseStage, type Recruitment, type RouteLeg } from '@ctip/contracts';
import { decryptField, decryptOptional } from '../../../crypto/field-cipher';
import { notFound } from '../../../errors';
import type { Actor } from '../../../policy/actor';
import type { CaseAccess } from '../../../policy/case-access';
import type { Action } from '../../../policy/permissions';
import { authorize, decide } from '../../../policy/policy';
import type { Executor, Services } from '../../../services';
import { loadDisplayNames } from '../../persons/persons.repository';
import { accessToCase } from './case-access-of';

const field = (column: string, rowId: string) => ({ table: 'cases', column, rowId });

/** The case row, or a 404. */
export async function findCaseRow(db: Executor, caseId: string) {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** The case row of a case. */
export type CaseRow = Awaited<ReturnType<typeof findCaseRow>>;

/**
 * What the stage rules need: the guardian and best-interest determination, the latest
 * repatriation entry, and whether an active consent covers sharing with its receiving country.
 */
export async function loadCaseFacts(services: Services, db: Executor, row: CaseRow): Promise<CaseFacts> {
  const entry = await db.selectFrom('case_entries').select(['id', 'data']).where('case_id', '=', row.id).where('kind', '=', 'repatriation').orderBy('occurred_on', 'desc').orderBy('created_at', 'desc').limit(1).executeTakeFirst();
  const repatriation = entry ? CASE_ENTRY_KINDS.repatriation.schema.parse(JSON.parse(decryptField(services.keyRing, { table: 'case_entries', column: 'data', rowId: entry.id }, entry.data))) : null;
  const consent = repatriation
    ? await db.selectFrom('case_consents').select('id').where('case_id', '=', row.id).where('kind', '=', 'share_for_repatriation').where('recipient_country', '=', repatriation.toCountry).where('withdrawn_on', 'is', null).executeTakeFirst()
    : undefined;
  return {
    stage: row.stage as CaseStage,
    isChild: row.is_child === 1,
    hasGuardian: row.guardian !== null,
    hasBestInterestDetermination: row.best_interest !== null,
    repatriation: repatriation ? { fromCountry: repatriation.fromCountry, toCountry: repatriation.toCountry } : null,
    hasRepatriationConsent: consent !== undefined,
  };
}

/** Actions the actor may take on a case, for the interface to offer (the server checks again). */
export function allowedCaseActions(actor: Actor, access: CaseAccess): string[] {
  const caseActions: Action[] = ['case.update', 'case.move_stage', 'case.manage_consent', 'case.refer', 'case.transfer', 'case.restrict', 'person.update', 'screening.create'];
  const allowed: string[] = caseActions.filter((action) => decide(actor, action, { type: 'case', access }).allowed);
  const sections = new Set<CaseSection>([...Object.values(CASE_ENTRY_KINDS).map((kind) => kind.section), 'shelter', 'follow_up', 'notes', 'attachments']);
  for (const section of sections) if (decide(actor, 'case.record_entry', { type: 'case', access, section }).allowed) allowed.push(`record:${section}`);
  return allowed;
}

/**
 * A case's page data for an actor who may read it: core facts for everyone with access; each
 * section only if their access includes it; stage reasons only to the owning organisation.
 * @throws AppError not_found when the case does not exist or the actor may not see it.
 */
export async function loadCaseDetail(services: Services, actor: Actor, caseId: string): Promise<{ detail: CaseDetail; access: CaseAccess }> {
  const db = services.db;
  const access = await accessToCase(services, actor, caseId);
  if (!access) throw notFound();
  authorize(actor, 'case.read', { type: 'case', access });
  const row = await findCaseRow(db, caseId);
  const sees = (section: CaseSection) => access.sections.includes(section);
  const [owner, assigned, exploitation, legs, history, names] = await Promise.all([
    db.selectFrom('organisations').select(['id', 'name_en', 'name_km']).where('id', '=', row.owner_organisation_id).executeTakeFirstOrThrow(),
    row.assigned_user_id ? db.selectFrom('users').select(['id', 'display_name']).where('id', '=', row.assigned_user_id).executeTakeFirst() : Promise.resolve(undefined),
    db.selectFrom('case_exploitation').select(['kind', 'code']).where('case_id', '=', caseId).execute(),
    db.selectFrom('case_route_legs').selectAll().where('case_id', '=', caseId).orderBy('position').execute(),
    db.selectFrom('case_stage_history').innerJoin('users', 'users.id', 'case_stage_history.moved_by').select(['case_stage_history.id', 'from_stage', 'to_stage', 'reason', 'closure_reason', 'moved_at', 'users.id as user_id', 'users.display_name']).where('case_id', '=', caseId).orderBy('sequence').execute(),
    loadDisplayNames(db, services.keyRing, [row.person_id]),
  ]);
  const types = exploitation.filter((item) => item.kind === 'type').map((item) => item.code) as CaseDetail['exploitationTypes'];
  const today = services.now().toISOString().slice(0, 10);
  const detail: CaseDetail = {
    id: row.id,
    caseNumber: row.case_number,
    stage: row.stage as CaseStage,
    mosvyStage: MOSVY_STAGE_OF[row.stage as CaseStage],
    personId: row.person_id,
    displayName: sees('identity') ? (names.get(row.person_id) ?? '') : '',
    sex: row.sex as CaseDetail['sex'],
    ageGroup: ageGroupOf(row.age_at_identification),
    isChild: row.is_child === 1,
    nationality: row.nationality,
    provinceCode: row.province_code,
    exploitationTypes: types,
    openedOn: row.opened_on,
    updatedAt: row.updated_at,
    nextFollowUpDue: row.next_follow_up_due,
    followUpOverdue: row.stage !== 'closed' && row.next_follow_up_due !== null && row.next_follow_up_due < today,
    restricted: row.restricted === 1,
    access: access.relation === 'owner' ? 'owner' : 'granted',
    ownerOrganisation: { id: owner.id, nameEn: owner.name_en, nameKm: owner.name_km },
    isDemo: row.is_demo === 1,
    screeningId: row.screening_id,
    screeningPending: row.screening_id === null,
    closedOn: row.closed_on,
    closureReason: row.closure_reason as CaseDetail['closureReason'],
    assignedUser: assigned ? { id: assigned.id, displayName: assigned.display_name } : null,
    visibleSections: access.sections,
    identification: { status: row.identification_status as 'presumptive' | 'formal', authority: row.identification_authority, date: row.identification_date },
    nonPunishment: row.non_punishment === 1,
    externalIds: { mosvyCaseNumber: row.mosvy_case_number, primeroId: row.primero_id, oscarId: row.oscar_id },
    exploitation: sees('exploitation')
      ? {
          types,
          sectors: exploitation.filter((item) => item.kind === 'sector').map((item) => item.code) as NonNullable<CaseDetail['exploitation']>['sectors'],
          recruitment: row.recruitment ? (JSON.parse(decryptField(services.keyRing, field('recruitment', row.id), row.recruitment)) as Recruitment) : null,
          routeLegs: legs.map((leg): RouteLeg => ({ role: leg.role as RouteLeg['role'], countryCode: leg.country_code, provinceCode: leg.province_code, place: leg.place, arrivedOn: leg.arrived_on, leftOn: leg.left_on })),
        }
      : null,
    guardian: sees('identity') && row.guardian ? (JSON.parse(decryptField(services.keyRing, field('guardian', row.id), row.guardian)) as CaseDetail['guardian']) : null,
    bestInterest: sees('assessments') && row.best_interest ? (JSON.parse(decryptField(services.keyRing, field('best_interest', row.id), row.best_interest)) as CaseDetail['bestInterest']) : null,
    victimRights: JSON.parse(row.victim_rights) as Record<string, boolean>,
    stageHistory: history.map((move) => ({
      id: move.id,
      from: move.from_stage as CaseStage | null,
      to: move.to_stage as CaseStage,
      reason: access.relation === 'owner' ? (decryptOptional(services.keyRing, { table: 'case_stage_history', column: 'reason', rowId: move.id }, move.reason) ?? '') : '',
      closureReason: move.closure_reason as CaseDetail['closureReason'],
      movedAt: move.moved_at,
      movedBy: { id: move.user_id, displayName: move.display_name },
      backward: move.from_stage !== null && isBackwardMove(move.from_stage as CaseStage, move.to_stage as CaseStage),
    })),
    allowedActions: allowedCaseActions(actor, access),
  };
  return { detail, access };
}
