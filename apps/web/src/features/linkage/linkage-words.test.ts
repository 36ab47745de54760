import { describe, expect, it } from 'vitest';
import { comparisonName, formatMatchProbability, formatProbability, formatWeight, levelName } from './linkage-words';

// A stand-in for i18next's t: the key and its values, so the test sees what is asked for.
const t = (key: string, values?: Record<string, unknown>) => `${key}${values && Object.keys(values).length > 0 ? JSON.stringify(values) : ''}`;

describe('saying the linkage model in the interface language', () => {
  it('asks for known levels and comparisons by key, with their numbers formatted', () => {
    expect(levelName(t, 'similar (≥ 0.92)', 'en')).toBe('linkage:levels.tokenSet{"threshold":"0.92"}');
    expect(levelName(t, 'within 5 years', 'en')).toBe('linkage:levels.withinYears{"count":5}');
    expect(comparisonName(t, 'birthDate')).toBe('linkage:comparisons.birthDate');
  });

  it('keeps the engine\'s words for what it does not know', () => {
    expect(levelName(t, 'phonetically close', 'en')).toBe('phonetically close');
    expect(comparisonName(t, 'passport')).toBe('passport');
  });

  it('writes weights signed, probabilities short, and never rounds a match up to certainty', () => {
    expect(formatWeight(8.384, 'en')).toBe('+8.38');
    expect(formatWeight(-3.1, 'en')).toBe('-3.10');
    expect(formatProbability(0.000012345, 'en')).toBe('0.0000123');
    expect(formatProbability(null, 'en')).toBe('—');
    expect(formatMatchProbability(0.99998, 'en')).toBe('≥ 99.9%');
    expect(formatMatchProbability(1, 'en')).toBe('100%');
    expect(formatMatchProbability(0.8123, 'en')).toBe('81.2%');
  });
});
