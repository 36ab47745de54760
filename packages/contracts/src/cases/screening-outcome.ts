import type { ExploitationPurpose, ForcedLabourIndicator, ScreeningOutcome, TraffickingAct, TraffickingMeans } from './vocabulary';

/** The elements a screening found, each with the evidence recorded for it. */
export interface ScreeningElements {
  acts: readonly TraffickingAct[];
  means: readonly TraffickingMeans[];
  purposes: readonly ExploitationPurpose[];
  indicators: readonly ForcedLabourIndicator[];
  /** Age when the act took place; null when unknown. */
  ageAtAct: number | null;
}

/** The outcome and why, in codes the interface translates. */
export interface ScreeningAssessment {
  outcome: ScreeningOutcome;
  isChild: boolean;
  reasons: Array<'act_found' | 'no_act' | 'means_found' | 'no_means' | 'means_not_required_for_child' | 'purpose_found' | 'no_purpose' | 'forced_labour_indicators' | 'age_unknown'>;
}

/** How many forced-labour indicators suggest exploitation even when no purpose was established. */
export const INDICATOR_THRESHOLD = 2;

/**
 * Applies the legal definition. An adult is a presumed victim when an act, a means and a purpose
 * are all found; a child (under 18 at the time of the act) when an act and a purpose are found —
 * the means is not required, and consent is irrelevant in either case once the elements are
 * there. Short of that, partial elements or at least two forced-labour indicators call for
 * further assessment, as does an unknown age when the means is missing; otherwise none is indicated.
 */
export function assessScreening(elements: ScreeningElements): ScreeningAssessment {
  const isChild = elements.ageAtAct !== null && elements.ageAtAct < 18;
  const hasAct = elements.acts.length > 0;
  const hasMeans = elements.means.length > 0;
  const hasPurpose = elements.purposes.length > 0;
  const reasons: ScreeningAssessment['reasons'] = [hasAct ? 'act_found' : 'no_act', hasPurpose ? 'purpose_found' : 'no_purpose'];
  if (hasMeans) reasons.push('means_found');
  else reasons.push(isChild ? 'means_not_required_for_child' : 'no_means');
  if (elements.indicators.length >= INDICATOR_THRESHOLD) reasons.push('forced_labour_indicators');
  if (elements.ageAtAct === null) reasons.push('age_unknown');

  if (hasAct && hasPurpose && (hasMeans || isChild)) return { outcome: 'presumed_victim', isChild, reasons };
  // An act and a purpose with no means and no known age might be a child's case: assess further.
  const anyElement = hasAct || hasMeans || hasPurpose;
  if (anyElement || elements.indicators.length >= INDICATOR_THRESHOLD) {
    return { outcome: 'further_assessment', isChild, reasons };
  }
  return { outcome: 'not_indicated', isChild, reasons };
}
