import { randomUUID } from 'node:crypto';
import type { AuditContext } from '../../../audit/audit-events';
import { AppError, notFound } from '../../../errors';
import { audit, inTransaction, type Services } from '../../../services';
import { refreshClusters } from '../clusters';
import { findCandidate } from '../linkage.repository';

/**
 * A reviewer's decision on a candidate pair. Confirming records the match (who, when, from which
 * candidate and with what probability) and joins the two records' clusters; rejecting records that
 * they are different people, so later runs do not ask again.
 * @throws AppError not_found, conflict when already decided.
 */
export async function decideCandidate(services: Services, candidateId: string, decision: 'confirmed' | 'rejected', reviewerId: string, context: AuditContext): Promise<void> {
  const candidate = await findCandidate(services.db, candidateId);
  if (!candidate) throw notFound();
  await inTransaction(services, async (trx) => {
    const now = services.now().toISOString();
    const updated = await trx.updateTable('linkage_candidates').set({ status: decision, reviewed_by: reviewerId, reviewed_at: now }).where('id', '=', candidateId).where('status', '=', 'pending').executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('conflict', 'This pair was already decided or replaced by a newer run.');
    if (decision === 'confirmed') {
      await trx.insertInto('person_matches').values({ id: randomUUID(), person_a: candidate.person_a, person_b: candidate.person_b, candidate_id: candidate.id, probability: candidate.probability, confirmed_by: reviewerId, confirmed_at: now, undone_by: null, undone_at: null }).execute();
      await refreshClusters(trx, [candidate.person_a]);
    }
    await audit(services, trx, context, { action: decision === 'confirmed' ? 'linkage.match_confirmed' : 'linkage.match_rejected', resourceType: 'person', resourceId: candidate.person_a, details: { otherPersonId: candidate.person_b } });
  });
}

/**
 * Undoes a confirmed match: it stays on record, marked undone, and both records' clusters are
 * recomputed from the matches that still stand (so other merges are untouched).
 * @throws AppError not_found, conflict when already undone.
 */
export async function undoMatch(services: Services, matchId: string, reviewerId: string, context: AuditContext): Promise<void> {
  const match = await services.db.selectFrom('person_matches').selectAll().where('id', '=', matchId).executeTakeFirst();
  if (!match) throw notFound();
  await inTransaction(services, async (trx) => {
    const updated = await trx.updateTable('person_matches').set({ undone_by: reviewerId, undone_at: services.now().toISOString() }).where('id', '=', matchId).where('undone_at', 'is', null).executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('conflict', 'This match was already undone.');
    if (match.candidate_id) await trx.updateTable('linkage_candidates').set({ status: 'rejected' }).where('id', '=', match.candidate_id).execute();
    await refreshClusters(trx, [match.person_a, match.person_b]);
    await audit(services, trx, context, { action: 'linkage.match_undone', resourceType: 'person', resourceId: match.person_a, details: { otherPersonId: match.person_b } });
  });
}
