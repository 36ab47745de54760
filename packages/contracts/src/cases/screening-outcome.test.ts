import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessScreening, type ScreeningElements } from './screening-outcome';
import { EXPLOITATION_PURPOSES, FORCED_LABOUR_INDICATORS, TRAFFICKING_ACTS, TRAFFICKING_MEANS } from './vocabulary';

const none: ScreeningElements = { acts: [], means: [], purposes: [], indicators: [], ageAtAct: 30 };

describe('assessScreening', () => {
  it('needs act, means and purpose for an adult', () => {
    expect(assessScreening({ ...none, acts: ['recruitment'], means: ['deception'], purposes: ['forced_labour_or_services'] }).outcome).toBe('presumed_victim');
    expect(assessScreening({ ...none, acts: ['recruitment'], purposes: ['forced_labour_or_services'] }).outcome).toBe('further_assessment');
  });

  it('does not need the means for a child under 18 at the time of the act', () => {
    const child = assessScreening({ ...none, ageAtAct: 17, acts: ['transport'], purposes: ['sexual_exploitation'] });
    expect(child).toMatchObject({ outcome: 'presumed_victim', isChild: true });
    expect(child.reasons).toContain('means_not_required_for_child');
    expect(assessScreening({ ...none, ageAtAct: 18, acts: ['transport'], purposes: ['sexual_exploitation'] })).toMatchObject({ outcome: 'further_assessment', isChild: false });
  });

  it('asks for further assessment when the age is unknown and the means missing', () => {
    const result = assessScreening({ ...none, ageAtAct: null, acts: ['receipt'], purposes: ['servitude'] });
    expect(result.outcome).toBe('further_assessment');
    expect(result.reasons).toContain('age_unknown');
  });

  it('treats two or more forced-labour indicators as worth further assessment', () => {
    expect(assessScreening({ ...none, indicators: ['withholding_of_wages'] }).outcome).toBe('not_indicated');
    expect(assessScreening({ ...none, indicators: ['withholding_of_wages', 'debt_bondage'] }).outcome).toBe('further_assessment');
  });

  it('never presumes a victim without an act and a purpose, and always does with all three elements', () => {
    const subset = <T>(items: readonly T[]) => fc.subarray([...items]);
    fc.assert(
      fc.property(subset(TRAFFICKING_ACTS), subset(TRAFFICKING_MEANS), subset(EXPLOITATION_PURPOSES), subset(FORCED_LABOUR_INDICATORS), fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }), (acts, means, purposes, indicators, ageAtAct) => {
        const { outcome } = assessScreening({ acts, means, purposes, indicators, ageAtAct });
        if (acts.length === 0 || purposes.length === 0) expect(outcome).not.toBe('presumed_victim');
        if (acts.length > 0 && means.length > 0 && purposes.length > 0) expect(outcome).toBe('presumed_victim');
        if (acts.length + means.length + purposes.length === 0 && indicators.length < 2) expect(outcome).toBe('not_indicated');
      }),
    );
  });
});
