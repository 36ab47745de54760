import { findCandidates, toPersonRecord, type LinkageModel, type PersonInput as LinkagePerson } from '@ctip/linkage';
import type { Services } from '../../../services';
import { latestModel } from './run-linkage';

let cached: { version: number; model: LinkageModel } | null = null;

/** The newest trained model, decrypted once per version and kept in memory. */
export async function currentModel(services: Services): Promise<LinkageModel | null> {
  const latest = await services.db.selectFrom('linkage_models').select('version').orderBy('version', 'desc').limit(1).executeTakeFirst();
  if (!latest) return null;
  if (cached?.version !== latest.version) cached = await latestModel(services);
  return cached?.model ?? null;
}

/** A match score in [0, 1] with the reasons, comparison by comparison. */
export interface ModelScore {
  score: number;
  reasons: Array<{ field: string; level: string; weight: number }>;
}

/**
 * Scores a person being typed against stored persons with the trained model (Fellegi–Sunter with
 * term frequencies: a shared rare name counts for more than "Sok"). Returns one score per
 * candidate, in the order given.
 */
export function scoreWithModel(model: LinkageModel, typed: LinkagePerson, candidates: readonly LinkagePerson[]): ModelScore[] {
  const found = findCandidates(model, toPersonRecord(typed), candidates.map(toPersonRecord), { limit: candidates.length, minimumProbability: 0 });
  const scores: ModelScore[] = candidates.map(() => ({ score: 0, reasons: [] }));
  for (const candidate of found) {
    scores[candidate.index] = {
      score: candidate.matchProbability,
      reasons: candidate.comparisons.map((comparison) => ({ field: comparison.comparison, level: comparison.label, weight: Math.round(comparison.weight * 100) / 100 })),
    };
  }
  return scores;
}
