import {
  CASE_STAGES,
  checkStageMove,
  isBackwardMove,
  type CaseDetail,
  type CaseEntry,
  type CaseFacts,
  type CaseStage,
  type consentSchema,
  type StageMoveProblem,
} from '@ctip/contracts';
import type { z } from 'zod';

type Consent = z.infer<typeof consentSchema>;

/**
 * The facts the stage rules need, from what the case page has read: the guardian and the
 * best-interest determination (case page), the latest repatriation entry, and whether an active
 * consent covers sharing with its receiving country — the same facts the server gathers.
 */
export function caseFactsOf(detail: Pick<CaseDetail, 'stage' | 'isChild' | 'guardian' | 'bestInterest'>, repatriationEntries: readonly CaseEntry[], consents: readonly Consent[]): CaseFacts {
  const latest = [...repatriationEntries]
    .filter((entry): entry is Extract<CaseEntry, { kind: 'repatriation' }> => entry.kind === 'repatriation')
    .sort((first, second) => (first.occurredOn === second.occurredOn ? second.createdAt.localeCompare(first.createdAt) : second.occurredOn.localeCompare(first.occurredOn)))[0];
  const repatriation = latest ? { fromCountry: latest.data.fromCountry, toCountry: latest.data.toCountry } : null;
  return {
    stage: detail.stage,
    isChild: detail.isChild,
    hasGuardian: detail.guardian !== null,
    hasBestInterestDetermination: detail.bestInterest !== null,
    repatriation,
    hasRepatriationConsent: repatriation !== null && consents.some((consent) => consent.active && consent.kind === 'share_for_repatriation' && consent.recipientCountry === repatriation.toCountry),
  };
}

/** A stage the case could move to, and what stands in the way. */
export interface StageOption {
  stage: CaseStage;
  /** Problems the case itself causes (a missing consent, guardian…); empty when the move is allowed. */
  blockers: StageMoveProblem[];
  isBackward: boolean;
}

/** Problems the user fixes in the dialog itself (the reason, the closure reason), not blockers of a stage. */
const DIALOG_FIELDS = new Set<StageMoveProblem['field']>(['reason', 'closureReason']);

/**
 * Every other stage with the rules' verdict on moving there: the contracts' `checkStageMove`,
 * asked with a placeholder reason (and closure reason), so that what remains are the blockers
 * that only a change to the case can lift.
 */
export function stageOptionsOf(facts: CaseFacts): StageOption[] {
  return CASE_STAGES.filter((stage) => stage !== facts.stage).map((stage) => ({
    stage,
    blockers: checkStageMove(facts, { to: stage, reason: 'placeholder reason', closureReason: stage === 'closed' ? 'other' : null }).filter((problem) => !DIALOG_FIELDS.has(problem.field)),
    isBackward: isBackwardMove(facts.stage, stage),
  }));
}
