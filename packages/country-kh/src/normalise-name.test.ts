import { describe, expect, it } from 'vitest';
import { normaliseName } from './normalise-name';

describe('normaliseName', () => {
  it('ignores case, Latin diacritics, punctuation and spacing', () => {
    expect(normaliseName('Bântéay Méan Choăy')).toBe(normaliseName('banteay mean choay'));
    expect(normaliseName("O'Smach")).toBe(normaliseName('O Smach'));
    expect(normaliseName('Kampong-Cham')).toBe('kampongcham');
  });

  it('spells œ as oe', () => {
    expect(normaliseName('Stœ̆ng Trêng')).toBe('stoengtreng');
  });

  it('drops words that only say what kind of place it is', () => {
    expect(normaliseName('Krong Preah Sihanouk')).toBe(normaliseName('Preah Sihanouk'));
    expect(normaliseName('Kandal Province')).toBe('kandal');
    expect(normaliseName('ខេត្តកណ្តាល')).toBe(normaliseName('កណ្តាល'));
  });

  it('keeps a name that is only an affix word', () => {
    expect(normaliseName('City')).toBe('city');
  });

  it('treats Khmer subscript DA and TA alike and drops zero-width spaces', () => {
    expect(normaliseName('កណ្ដាល')).toBe(normaliseName('កណ្តាល'));
    expect(normaliseName('កូរ៉េ\u200bខាង\u200bត្បូង')).toBe(normaliseName('កូរ៉េខាងត្បូង'));
  });

  it('keeps Khmer vowel signs, which distinguish names', () => {
    expect(normaliseName('កែប')).not.toBe(normaliseName('កប'));
  });
});
