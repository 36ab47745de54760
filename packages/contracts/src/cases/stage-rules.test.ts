import { describe, expect, it } from 'vitest';
import { checkStageMove, isBackwardMove, MOSVY_STAGE_OF, type CaseFacts } from './stage-rules';
import { CASE_STAGES } from './vocabulary';

const adult: CaseFacts = { stage: 'in_care', isChild: false, hasGuardian: false, hasBestInterestDetermination: false, repatriation: null, hasRepatriationConsent: false };
const codes = (facts: CaseFacts, move: Parameters<typeof checkStageMove>[1]) => checkStageMove(facts, move).map((problem) => problem.code).sort();

describe('checkStageMove', () => {
  it('allows skipping forward and going back, always with a reason', () => {
    expect(codes(adult, { to: 'reintegration', reason: 'domestic case, no repatriation' })).toEqual([]);
    expect(codes({ ...adult, stage: 'follow_up' }, { to: 'in_care', reason: 'needs shelter again' })).toEqual([]);
    expect(codes(adult, { to: 'reintegration', reason: '' })).toEqual(['reason_required']);
    expect(codes(adult, { to: 'in_care', reason: 'again' })).toEqual(['same_stage']);
  });

  it('needs a closure reason to close, and only then', () => {
    expect(codes(adult, { to: 'closed', reason: 'done' })).toEqual(['closure_reason_required']);
    expect(codes(adult, { to: 'closed', reason: 'done', closureReason: 'reintegrated' })).toEqual([]);
    expect(codes(adult, { to: 'reintegration', reason: 'moving on', closureReason: 'reintegrated' })).toEqual(['closure_reason_only_when_closing']);
  });

  it('needs countries and consent for repatriation, and for a child a guardian and a best-interest determination', () => {
    expect(codes(adult, { to: 'repatriation', reason: 'going home' })).toEqual(['repatriation_consent_required', 'repatriation_countries_required']);
    const ready = { ...adult, repatriation: { fromCountry: 'TH', toCountry: 'KH' }, hasRepatriationConsent: true };
    expect(codes(ready, { to: 'repatriation', reason: 'going home' })).toEqual([]);
    expect(codes({ ...ready, isChild: true }, { to: 'repatriation', reason: 'going home' })).toEqual(['best_interest_required', 'guardian_required']);
    expect(codes({ ...ready, isChild: true, hasGuardian: true, hasBestInterestDetermination: true }, { to: 'repatriation', reason: 'going home' })).toEqual([]);
  });

  it('marks moves back, and maps every stage to one of MoSVY’s four', () => {
    expect(isBackwardMove('follow_up', 'in_care')).toBe(true);
    expect(isBackwardMove('in_care', 'follow_up')).toBe(false);
    expect(isBackwardMove('closed', 'in_care')).toBe(false);
    for (const stage of CASE_STAGES) expect(MOSVY_STAGE_OF[stage]).toBeDefined();
  });
});
