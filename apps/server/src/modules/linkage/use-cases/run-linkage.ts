import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { dedupe, describeModel, parseModel, personSettings, serialiseModel, type LinkageModel, type LinkageProgress } from '@ctip/linkage';
import type { AuditContext } from '../../../audit/audit-events';
import { decryptField, encryptField } from '../../../crypto/field-cipher';
import type { LinkageCandidatesTable } from '../../../db/schema';
import { AppError } from '../../../errors';
import { audit, inTransaction, type Services } from '../../../services';
import { decidedPairs, findLatestModel, hasRunningRun, insertCandidates, insertModel, insertRun, nextModelVersion, supersedePending, updateRun } from '../linkage.repository';
import { loadLinkageRecords } from './linkage-records';

/** Pairs at or above this match probability go to the review queue. */
export const REVIEW_THRESHOLD = 0.5;
/** Below this many persons there is nothing to learn from; the run ends with no candidates. */
const MINIMUM_RECORDS = 2;

/** Decrypts the newest stored model, if any. */
export async function latestModel(services: Services): Promise<{ version: number; model: LinkageModel } | null> {
  const row = await findLatestModel(services.db);
  if (!row) return null;
  return { version: row.version, model: parseModel(JSON.parse(decryptField(services.keyRing, { table: 'linkage_models', column: 'model', rowId: row.id }, row.model))) };
}

/**
 * Starts deduplicating every person across organisations: trains a model without labels (or
 * reuses the newest), scores every blocked pair, and puts the likely matches not yet decided into
 * the review queue, superseding the previous run's pending ones. One run at a time; progress is
 * written to the run as it goes. Resolves at once with the run id and a promise of completion
 * (the server does not wait for it; the CLI does).
 * @throws AppError conflict while another run is in progress.
 */
export async function startLinkageRun(services: Services, options: { train: boolean; startedBy: string | null; threads?: number }, context: AuditContext): Promise<{ runId: string; finished: Promise<void> }> {
  if (await hasRunningRun(services.db)) throw new AppError('conflict', 'A linkage run is already in progress.');
  const runId = randomUUID();
  await inTransaction(services, async (trx) => {
    await insertRun(trx, { id: runId, status: 'running', phase: 'load', done: 0, total: 0, model_id: null, persons: 0, scored_pairs: 0, candidates: 0, error: null, started_by: options.startedBy, started_at: services.now().toISOString(), finished_at: null });
    await audit(services, trx, context, { action: 'linkage.run_started', resourceType: 'linkage_run', resourceId: runId, details: { train: options.train } });
  });
  const finished = executeRun(services, runId, options, context).catch(async (error: unknown) => {
    const message = error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 500) : 'failed';
    await updateRun(services.db, runId, { status: 'failed', error: message, finished_at: services.now().toISOString() });
  });
  return { runId, finished };
}

async function executeRun(services: Services, runId: string, options: { train: boolean; threads?: number }, context: AuditContext): Promise<void> {
  let lastWrite = 0;
  const report = (progress: LinkageProgress) => {
    // Progress is for a progress bar: a write twice a second is plenty.
    const now = Date.now();
    if (now - lastWrite < 500) return;
    lastWrite = now;
    void updateRun(services.db, runId, { phase: progress.phase, done: progress.done, total: progress.total });
  };
  const records = await loadLinkageRecords(services, (done, total) => report({ phase: 'encode', done, total }));
  await updateRun(services.db, runId, { persons: records.length });
  if (records.length < MINIMUM_RECORDS) {
    await updateRun(services.db, runId, { status: 'completed', finished_at: services.now().toISOString() });
    return;
  }
  // Worker threads even for small runs: the server's own thread must keep answering requests.
  const threads = options.threads ?? Math.max(2, availableParallelism());
  const jobOptions = { onProgress: report, threads };
  const stored = options.train ? null : await latestModel(services);
  // Training and scoring in one pass: dedupe trains from the settings when given no model.
  const result = await dedupe(records, stored?.model ?? personSettings, { ...jobOptions, threshold: REVIEW_THRESHOLD, keepPairsAbove: REVIEW_THRESHOLD });
  let modelId: string;
  if (stored) {
    modelId = (await findLatestModel(services.db))!.id;
  } else {
    modelId = randomUUID();
    await insertModel(services.db, {
      id: modelId,
      version: await nextModelVersion(services.db),
      model: encryptField(services.keyRing, { table: 'linkage_models', column: 'model', rowId: modelId }, serialiseModel(result.model)),
      parameters: JSON.stringify(describeModel(result.model)),
      records: records.length,
      created_by: context.actorUserId,
      created_at: services.now().toISOString(),
    });
  }

  const clusters = new Map((await services.db.selectFrom('persons').select(['id', 'cluster_id']).execute()).map((row) => [row.id, row.cluster_id ?? row.id]));
  const decided = await decidedPairs(services.db);
  const now = services.now().toISOString();
  const candidates: LinkageCandidatesTable[] = [];
  for (let index = 0; index < result.pairs.count; index += 1) {
    const a = records[result.pairs.left[index]!]!.id as string;
    const b = records[result.pairs.right[index]!]!.id as string;
    const [personA, personB] = [a, b].sort() as [string, string];
    if (clusters.get(personA) === clusters.get(personB) || decided.has(`${personA}|${personB}`)) continue;
    const explained = result.explain(index);
    const id = randomUUID();
    candidates.push({
      id,
      run_id: runId,
      person_a: personA,
      person_b: personB,
      probability: explained.matchProbability,
      weight: explained.matchWeight,
      contributions: encryptField(services.keyRing, { table: 'linkage_candidates', column: 'contributions', rowId: id }, JSON.stringify(explained.comparisons.map((comparison) => ({ comparison: comparison.comparison, label: comparison.label, weight: comparison.weight, termFrequencyAdjustment: comparison.termFrequencyAdjustment })))),
      status: 'pending',
      reviewed_by: null,
      reviewed_at: null,
      created_at: now,
    });
  }
  await inTransaction(services, async (trx) => {
    await supersedePending(trx);
    await insertCandidates(trx, candidates);
    await updateRun(trx, runId, { status: 'completed', phase: 'done', model_id: modelId, scored_pairs: result.summary.scoredPairs, candidates: candidates.length, finished_at: services.now().toISOString() });
    await audit(services, trx, context, { action: 'linkage.run_completed', resourceType: 'linkage_run', resourceId: runId, details: { persons: records.length, candidates: candidates.length } });
  });
}
