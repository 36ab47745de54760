import type { CaseStage, ClosureReason } from './vocabulary';
import { CASE_STAGES } from './vocabulary';

/** What the stage rules need to know about a case. */
export interface CaseFacts {
  stage: CaseStage;
  isChild: boolean;
  hasGuardian: boolean;
  hasBestInterestDetermination: boolean;
  /** The repatriation record, if one was entered. */
  repatriation: { fromCountry: string | null; toCountry: string | null } | null;
  /** An active consent to share with the receiving side of the repatriation. */
  hasRepatriationConsent: boolean;
}

/** A requested move. */
export interface StageMove {
  to: CaseStage;
  reason: string;
  closureReason?: ClosureReason | null;
}

/** Why a move is refused, as a field and a stable code. */
export interface StageMoveProblem {
  field: 'to' | 'reason' | 'closureReason' | 'repatriation' | 'consent' | 'guardian' | 'bestInterest';
  code: 'same_stage' | 'reason_required' | 'closure_reason_required' | 'closure_reason_only_when_closing' | 'repatriation_countries_required' | 'repatriation_consent_required' | 'guardian_required' | 'best_interest_required';
}

/**
 * Checks a stage move against the rules of DOMAIN.md: any stage may be skipped or returned to,
 * but every move gives a reason; closing needs a closure reason; repatriation needs its
 * countries and consent to share with the receiving side; a child's case needs a guardian and a
 * best-interest determination before repatriation. Returns every problem, empty when allowed.
 */
export function checkStageMove(facts: CaseFacts, move: StageMove): StageMoveProblem[] {
  const problems: StageMoveProblem[] = [];
  if (move.to === facts.stage) problems.push({ field: 'to', code: 'same_stage' });
  if (move.reason.trim().length < 3) problems.push({ field: 'reason', code: 'reason_required' });
  if (move.to === 'closed' && !move.closureReason) problems.push({ field: 'closureReason', code: 'closure_reason_required' });
  if (move.to !== 'closed' && move.closureReason) problems.push({ field: 'closureReason', code: 'closure_reason_only_when_closing' });
  if (move.to === 'repatriation') {
    if (!facts.repatriation?.fromCountry || !facts.repatriation.toCountry) problems.push({ field: 'repatriation', code: 'repatriation_countries_required' });
    if (!facts.hasRepatriationConsent) problems.push({ field: 'consent', code: 'repatriation_consent_required' });
    if (facts.isChild && !facts.hasGuardian) problems.push({ field: 'guardian', code: 'guardian_required' });
    if (facts.isChild && !facts.hasBestInterestDetermination) problems.push({ field: 'bestInterest', code: 'best_interest_required' });
  }
  return problems;
}

/** Whether a move goes back to an earlier stage (recorded as such in the history). */
export function isBackwardMove(from: CaseStage, to: CaseStage): boolean {
  return from !== 'closed' && CASE_STAGES.indexOf(to) < CASE_STAGES.indexOf(from);
}

/** MoSVY's four reporting stages (circular of 26 December 2022). */
export const MOSVY_STAGES = ['pre_integration', 'integration', 'monitoring', 'closure'] as const;
export type MosvyStage = (typeof MOSVY_STAGES)[number];

/** Each ctip stage in MoSVY's vocabulary, so reports can use either. */
export const MOSVY_STAGE_OF: Record<CaseStage, MosvyStage> = {
  identified: 'pre_integration',
  in_care: 'pre_integration',
  repatriation: 'pre_integration',
  family_tracing: 'pre_integration',
  reintegration: 'integration',
  follow_up: 'monitoring',
  closed: 'closure',
};
