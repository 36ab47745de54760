import { randomUUID } from 'node:crypto';
import { SECTIONS_BY_SERVICE, type Referral, type ServiceType } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import { decryptOptional, encryptField, encryptOptional } from '../../../crypto/field-cipher';
import { AppError, invalidField, notFound } from '../../../errors';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Executor, type Services } from '../../../services';
import { FieldProblems } from '../../../validation/field-problems';
import { checkActiveOrganisation } from '../../../validation/known-references';
import type { CaseRow } from './load-case';
import { hasSharingConsent } from './manage-consents';

/** A new referral (a service) or transfer (ownership). */
export interface ReferralRequest {
  kind: 'referral' | 'transfer';
  toOrganisationId: string;
  service: ServiceType | null;
  note: string;
  consentOverrideReason: string | null;
}

/**
 * Sends a referral or a transfer to another organisation. Sharing needs the person's active
 * consent to share with that organisation; without it, only a reasoned override goes through,
 * recorded and audited as such (SECURITY.md 13).
 * @throws AppError validation_failed (unknown or own organisation, no consent and no override),
 *   conflict (the same request is already open).
 */
export async function sendReferral(services: Services, actor: Actor, row: CaseRow, request: ReferralRequest, context: AuditContext): Promise<string> {
  const problems = new FieldProblems();
  if (request.toOrganisationId === row.owner_organisation_id) problems.add('toOrganisationId', 'The case already belongs to this organisation.', 'own_organisation');
  else await checkActiveOrganisation(services.db, problems, 'toOrganisationId', request.toOrganisationId);
  problems.throwIfAny();
  const consented = await hasSharingConsent(services.db, row.id, request.toOrganisationId);
  if (!consented && !request.consentOverrideReason) {
    throw invalidField('consentOverrideReason', 'The person has not consented to share their information with this organisation. Record their consent, or give the reason for overriding it.', 'consent_required');
  }
  const open = await services.db.selectFrom('case_referrals').select('id').where('case_id', '=', row.id).where('to_organisation_id', '=', request.toOrganisationId).where('kind', '=', request.kind).where('status', 'in', request.kind === 'transfer' ? ['pending'] : ['pending', 'accepted']).where((where) => (request.service ? where('service', '=', request.service) : where('service', 'is', null))).executeTakeFirst();
  if (open) throw new AppError('conflict', 'The same request to this organisation is already open.');
  if (request.kind === 'transfer' && (await services.db.selectFrom('case_referrals').select('id').where('case_id', '=', row.id).where('kind', '=', 'transfer').where('status', '=', 'pending').executeTakeFirst())) {
    throw new AppError('conflict', 'A transfer of this case is already waiting for an answer.');
  }
  const id = randomUUID();
  const location = (column: string) => ({ table: 'case_referrals', column, rowId: id });
  await inTransaction(services, async (trx) => {
    await trx
      .insertInto('case_referrals')
      .values({
        id,
        case_id: row.id,
        kind: request.kind,
        service: request.service,
        from_organisation_id: row.owner_organisation_id,
        to_organisation_id: request.toOrganisationId,
        status: 'pending',
        note: encryptField(services.keyRing, location('note'), request.note),
        response_note: null,
        consent_override_reason: consented ? null : encryptOptional(services.keyRing, location('consent_override_reason'), request.consentOverrideReason),
        created_by: actor.userId,
        created_at: services.now().toISOString(),
        responded_by: null,
        responded_at: null,
        ended_at: null,
      })
      .execute();
    await audit(services, trx, context, { action: 'referral.created', resourceType: 'case', resourceId: row.id, details: { kind: request.kind, service: request.service ?? 'transfer' } });
    if (!consented) await audit(services, trx, context, { action: 'consent.overridden', outcome: 'success', resourceType: 'case', resourceId: row.id, details: { referralId: id } });
  });
  return id;
}

/** A referral row, or a 404. */
export async function findReferral(db: Executor, id: string) {
  const row = await db.selectFrom('case_referrals').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** A referral row. */
export type ReferralRow = Awaited<ReturnType<typeof findReferral>>;

async function revokeGrantsOf(services: Services, trx: Executor, referralId: string): Promise<void> {
  await trx.updateTable('case_grants').set({ revoked_at: services.now().toISOString() }).where('referral_id', '=', referralId).where('revoked_at', 'is', null).execute();
}

/**
 * The receiving organisation answers. Accepting a referral grants it the sections the service
 * needs, nothing more, until the referral ends; accepting a transfer makes it the owner (the
 * sender's access ends, restrictions and the assignment are cleared for the new owner to set).
 * @throws AppError conflict when the request is no longer pending.
 */
export async function answerReferral(services: Services, actor: Actor, referral: ReferralRow, answer: 'accepted' | 'declined', note: string, context: AuditContext): Promise<void> {
  await inTransaction(services, async (trx) => {
    const now = services.now().toISOString();
    const updated = await trx
      .updateTable('case_referrals')
      .set({ status: answer, responded_by: actor.userId, responded_at: now, response_note: encryptField(services.keyRing, { table: 'case_referrals', column: 'response_note', rowId: referral.id }, note) })
      .where('id', '=', referral.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('conflict', 'This request was already answered or withdrawn.');
    if (answer === 'accepted' && referral.kind === 'referral') {
      const sections = SECTIONS_BY_SERVICE[referral.service as ServiceType] ?? ['identity'];
      await trx.insertInto('case_grants').values({ id: randomUUID(), case_id: referral.case_id, organisation_id: referral.to_organisation_id, sections: JSON.stringify(sections), referral_id: referral.id, granted_at: now, revoked_at: null }).execute();
    }
    if (answer === 'accepted' && referral.kind === 'transfer') {
      await trx.updateTable('cases').set({ owner_organisation_id: referral.to_organisation_id, restricted: 0, assigned_user_id: null, updated_at: now }).where('id', '=', referral.case_id).execute();
      await trx.deleteFrom('case_restricted_users').where('case_id', '=', referral.case_id).execute();
      // The new owner sees everything now; its earlier grants are moot.
      await trx.updateTable('case_grants').set({ revoked_at: now }).where('case_id', '=', referral.case_id).where('organisation_id', '=', referral.to_organisation_id).where('revoked_at', 'is', null).execute();
      await trx.updateTable('case_referrals').set({ ended_at: now, status: 'completed' }).where('id', '=', referral.id).execute();
      await audit(services, trx, context, { action: 'case.transferred', resourceType: 'case', resourceId: referral.case_id, changedFields: ['ownerOrganisation'], details: { from: referral.from_organisation_id, to: referral.to_organisation_id } });
    }
    await trx.updateTable('cases').set({ updated_at: now }).where('id', '=', referral.case_id).execute();
    await audit(services, trx, context, { action: answer === 'accepted' ? 'referral.accepted' : 'referral.declined', resourceType: 'case', resourceId: referral.case_id, details: { kind: referral.kind } });
  });
}

/**
 * Ends a referral: withdrawn by the sender (while pending or accepted) or completed (the service
 * was given). Either way the receiving organisation's access from it ends at once.
 * @throws AppError conflict when it has already ended.
 */
export async function endReferral(services: Services, referral: ReferralRow, outcome: 'withdrawn' | 'completed', context: AuditContext): Promise<void> {
  const allowedFrom = outcome === 'withdrawn' ? ['pending', 'accepted'] : ['accepted'];
  await inTransaction(services, async (trx) => {
    const now = services.now().toISOString();
    const updated = await trx.updateTable('case_referrals').set({ status: outcome, ended_at: now }).where('id', '=', referral.id).where('status', 'in', allowedFrom).executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('conflict', outcome === 'completed' ? 'Only an accepted referral can be completed.' : 'This request has already ended.');
    await revokeGrantsOf(services, trx, referral.id);
    await trx.updateTable('cases').set({ updated_at: now }).where('id', '=', referral.case_id).execute();
    await audit(services, trx, context, { action: outcome === 'withdrawn' ? 'referral.withdrawn' : 'referral.completed', resourceType: 'case', resourceId: referral.case_id, details: { kind: referral.kind } });
  });
}

/** Referrals of an organisation (received or sent) or of a case, presented for both sides. */
export async function listReferrals(services: Services, filter: { caseId?: string; toOrganisationId?: string; fromOrganisationId?: string; status?: string }, page: { page: number; pageSize: number }): Promise<{ items: Referral[]; total: number }> {
  let query = services.db
    .selectFrom('case_referrals')
    .innerJoin('cases', 'cases.id', 'case_referrals.case_id')
    .innerJoin('organisations as sender', 'sender.id', 'case_referrals.from_organisation_id')
    .innerJoin('organisations as receiver', 'receiver.id', 'case_referrals.to_organisation_id');
  if (filter.caseId) query = query.where('case_referrals.case_id', '=', filter.caseId);
  if (filter.toOrganisationId) query = query.where('case_referrals.to_organisation_id', '=', filter.toOrganisationId);
  if (filter.fromOrganisationId) query = query.where('case_referrals.from_organisation_id', '=', filter.fromOrganisationId);
  if (filter.status) query = query.where('case_referrals.status', '=', filter.status);
  const { total } = await query.select((select) => select.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll('case_referrals')
    .select(['cases.case_number', 'sender.name_en as sender_en', 'sender.name_km as sender_km', 'receiver.name_en as receiver_en', 'receiver.name_km as receiver_km'])
    .orderBy('case_referrals.created_at', 'desc')
    .orderBy('case_referrals.id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return {
    total: Number(total),
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind as Referral['kind'],
      caseId: row.case_id,
      caseNumber: row.case_number,
      service: row.service as Referral['service'],
      fromOrganisation: { id: row.from_organisation_id, nameEn: row.sender_en, nameKm: row.sender_km },
      toOrganisation: { id: row.to_organisation_id, nameEn: row.receiver_en, nameKm: row.receiver_km },
      status: row.status as Referral['status'],
      note: decryptOptional(services.keyRing, { table: 'case_referrals', column: 'note', rowId: row.id }, row.note) ?? '',
      responseNote: decryptOptional(services.keyRing, { table: 'case_referrals', column: 'response_note', rowId: row.id }, row.response_note),
      consentOverridden: row.consent_override_reason !== null,
      createdAt: row.created_at,
      respondedAt: row.responded_at,
      endedAt: row.ended_at,
    })),
  };
}
