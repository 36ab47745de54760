import { describe, expect, it } from 'vitest';
import { mapCaseStageToMosvy } from './map-case-stage-to-mosvy';

describe('mapCaseStageToMosvy', () => {
  it.each([
    ['identified', 'pre_integration'],
    ['in_care', 'pre_integration'],
    ['repatriation', 'pre_integration'],
    ['family_tracing', 'pre_integration'],
    ['reintegration', 'integration'],
    ['follow_up', 'monitoring'],
    ['closed', 'closure'],
  ])('counts %s under %s', (stage, mosvyStage) => {
    expect(mapCaseStageToMosvy(stage)).toBe(mosvyStage);
  });

  it('refuses an unknown stage', () => {
    expect(() => mapCaseStageToMosvy('archived')).toThrow(RangeError);
  });
});
