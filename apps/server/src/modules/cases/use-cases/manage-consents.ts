import { randomUUID } from 'node:crypto';
import type { ConsentKind } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import { decryptOptional, encryptField } from '../../../crypto/field-cipher';
import { AppError, notFound } from '../../../errors';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Executor, type Services } from '../../../services';
import { checkNotFuture, checkOrder, todayOf } from '../../../validation/dates';
import { FieldProblems } from '../../../validation/field-problems';
import { checkActiveOrganisation, checkCountries } from '../../../validation/known-references';
import type { CaseRow } from './load-case';

/** A consent to record. */
export interface ConsentInput {
  kind: ConsentKind;
  recipientOrganisationId: string | null;
  recipientCountry: string | null;
  method: string;
  givenOn: string;
  note: string;
}

/** Whether an active consent covers sharing this case with an organisation. */
export async function hasSharingConsent(db: Executor, caseId: string, organisationId: string): Promise<boolean> {
  const row = await db.selectFrom('case_consents').select('id').where('case_id', '=', caseId).where('kind', '=', 'share_with_organisation').where('recipient_organisation_id', '=', organisationId).where('withdrawn_on', 'is', null).executeTakeFirst();
  return row !== undefined;
}

/** Records a consent given by the person (or their guardian). @throws AppError validation_failed. */
export async function recordConsent(services: Services, actor: Actor, row: CaseRow, input: ConsentInput, context: AuditContext): Promise<string> {
  const problems = new FieldProblems();
  checkNotFuture(problems, 'givenOn', input.givenOn, todayOf(services.now()));
  if (input.recipientOrganisationId) await checkActiveOrganisation(services.db, problems, 'recipientOrganisationId', input.recipientOrganisationId);
  await checkCountries(services.db, problems, [{ path: 'recipientCountry', code: input.recipientCountry }]);
  problems.throwIfAny();
  const id = randomUUID();
  await inTransaction(services, async (trx) => {
    await trx
      .insertInto('case_consents')
      .values({
        id,
        case_id: row.id,
        kind: input.kind,
        recipient_organisation_id: input.kind === 'share_with_organisation' ? input.recipientOrganisationId : null,
        recipient_country: input.kind === 'share_for_repatriation' ? input.recipientCountry : null,
        method: input.method,
        given_on: input.givenOn,
        note: encryptField(services.keyRing, { table: 'case_consents', column: 'note', rowId: id }, input.note),
        recorded_by: actor.userId,
        created_at: services.now().toISOString(),
        withdrawn_on: null,
        withdrawal_reason: null,
        withdrawn_by: null,
      })
      .execute();
    await trx.updateTable('cases').set({ updated_at: services.now().toISOString() }).where('id', '=', row.id).execute();
    await audit(services, trx, context, { action: 'consent.recorded', resourceType: 'case', resourceId: row.id, details: { kind: input.kind } });
  });
  return id;
}

/**
 * Records that a consent was withdrawn. Sharing it allowed stops at once: grants to that
 * organisation from referrals made without a reasoned override end, unless another active
 * consent still covers them (SECURITY.md 13: nothing is shared beyond consent).
 * @throws AppError not_found, conflict (already withdrawn), validation_failed.
 */
export async function withdrawConsent(services: Services, actor: Actor, row: CaseRow, consentId: string, input: { withdrawnOn: string; reason: string }, context: AuditContext): Promise<{ grantsRevoked: number }> {
  const consent = await services.db.selectFrom('case_consents').selectAll().where('id', '=', consentId).where('case_id', '=', row.id).executeTakeFirst();
  if (!consent) throw notFound();
  if (consent.withdrawn_on) throw new AppError('conflict', 'This consent was already withdrawn.');
  const problems = new FieldProblems();
  checkNotFuture(problems, 'withdrawnOn', input.withdrawnOn, todayOf(services.now()));
  checkOrder(problems, 'withdrawnOn', consent.given_on, input.withdrawnOn, 'A consent cannot be withdrawn before it was given.');
  problems.throwIfAny();
  return inTransaction(services, async (trx) => {
    await trx
      .updateTable('case_consents')
      .set({ withdrawn_on: input.withdrawnOn, withdrawal_reason: encryptField(services.keyRing, { table: 'case_consents', column: 'withdrawal_reason', rowId: consent.id }, input.reason), withdrawn_by: actor.userId })
      .where('id', '=', consent.id)
      .execute();
    let grantsRevoked = 0;
    const organisationId = consent.recipient_organisation_id;
    if (consent.kind === 'share_with_organisation' && organisationId && !(await hasSharingConsent(trx, row.id, organisationId))) {
      const referrals = await trx.selectFrom('case_referrals').select(['id', 'consent_override_reason']).where('case_id', '=', row.id).where('to_organisation_id', '=', organisationId).where('status', 'in', ['pending', 'accepted']).execute();
      // A referral made under a reasoned override did not rest on this consent.
      const withoutOverride = referrals.filter((referral) => referral.consent_override_reason === null);
      for (const referral of withoutOverride) {
        const revoked = await trx.updateTable('case_grants').set({ revoked_at: services.now().toISOString() }).where('referral_id', '=', referral.id).where('revoked_at', 'is', null).executeTakeFirst();
        grantsRevoked += Number(revoked.numUpdatedRows);
        await trx.updateTable('case_referrals').set({ status: 'withdrawn', ended_at: services.now().toISOString() }).where('id', '=', referral.id).execute();
      }
    }
    await trx.updateTable('cases').set({ updated_at: services.now().toISOString() }).where('id', '=', row.id).execute();
    await audit(services, trx, context, { action: 'consent.withdrawn', resourceType: 'case', resourceId: row.id, details: { kind: consent.kind, grantsRevoked } });
    return { grantsRevoked };
  });
}

/** The consents of a case, decrypted, newest first. */
export async function listConsents(services: Services, caseId: string) {
  const rows = await services.db
    .selectFrom('case_consents')
    .leftJoin('organisations', 'organisations.id', 'case_consents.recipient_organisation_id')
    .innerJoin('users', 'users.id', 'case_consents.recorded_by')
    .selectAll('case_consents')
    .select(['organisations.name_en as recipient_name_en', 'users.display_name as recorded_by_name'])
    .where('case_id', '=', caseId)
    .orderBy('given_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as ConsentKind,
    recipientOrganisation: row.recipient_organisation_id ? { id: row.recipient_organisation_id, nameEn: row.recipient_name_en ?? '' } : null,
    recipientCountry: row.recipient_country,
    method: row.method as 'written' | 'thumbprint' | 'verbal_witnessed' | 'guardian',
    givenOn: row.given_on,
    note: decryptOptional(services.keyRing, { table: 'case_consents', column: 'note', rowId: row.id }, row.note) ?? '',
    recordedBy: row.recorded_by_name,
    withdrawnOn: row.withdrawn_on,
    withdrawalReason: decryptOptional(services.keyRing, { table: 'case_consents', column: 'withdrawal_reason', rowId: row.id }, row.withdrawal_reason),
    active: row.withdrawn_on === null,
  }));
}
