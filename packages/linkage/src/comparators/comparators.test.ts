import { describe, expect, it } from 'vitest';
import { toCodeUnits } from './code-units';
import { damerauLevenshtein } from './damerau-levenshtein';
import { agreesAtPrecision, dateDigitDistance, dayDistance, isDayMonthSwapped, isPackedDayMonthSwap, isSameDay, packDateDigits, packedDateDistance, yearDistance } from './date-similarity';
import { jaro, jaroWinkler, jaroWinklerRange } from './jaro-winkler';
import { levenshtein } from './levenshtein';
import { numericDistance, relativeDifference } from './numeric-distance';
import { parsePartialDate } from './partial-date';
import { tokenSetSimilarity } from './token-set-similarity';

describe('jaroWinkler', () => {
  it.each([
    ['MARTHA', 'MARHTA', 0.944, 0.961],
    ['DWAYNE', 'DUANE', 0.822, 0.84],
    ['DIXON', 'DICKSONX', 0.767, 0.813],
    ['JELLYFISH', 'SMELLYFISH', 0.896, 0.896],
  ])('%s / %s → Jaro %f, Jaro–Winkler %f (Winkler 1990 values)', (a, b, expectedJaro, expectedWinkler) => {
    expect(jaro(a, b)).toBeCloseTo(expectedJaro, 3);
    expect(jaroWinkler(a, b)).toBeCloseTo(expectedWinkler, 3);
  });

  it('is 1 for equal strings, 0 for nothing in common or one empty string, and symmetric', () => {
    expect(jaroWinkler('sokha', 'sokha')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
    expect(jaroWinkler('', '')).toBe(1);
    expect(jaroWinkler('chea', 'chia')).toBeCloseTo(jaroWinkler('chia', 'chea'), 12);
  });

  it('compares ranges inside a shared buffer', () => {
    const buffer = toCodeUnits('xxMARTHAyyMARHTAzz');
    expect(jaroWinklerRange(buffer, 2, 8, buffer, 10, 16)).toBeCloseTo(0.961, 3);
  });
});

describe('levenshtein and damerauLevenshtein', () => {
  it.each([
    ['kitten', 'sitting', 3, 3],
    ['flaw', 'lawn', 2, 2],
    ['', 'abc', 3, 3],
    ['abcdef', 'abcdfe', 2, 1],
    ['19610101', '19610110', 2, 1],
    ['ca', 'abc', 3, 3],
  ])('%s / %s → Levenshtein %i, OSA %i', (a, b, expectedLevenshtein, expectedOsa) => {
    expect(levenshtein(a, b)).toBe(expectedLevenshtein);
    expect(damerauLevenshtein(a, b)).toBe(expectedOsa);
    expect(levenshtein(b, a)).toBe(expectedLevenshtein);
  });

  it('stops early past the limit and says limit + 1', () => {
    expect(levenshtein('abcdefgh', 'zyxwvuts', 2)).toBe(3);
    expect(damerauLevenshtein('abcdefgh', 'zyxwvuts', 1)).toBe(2);
    expect(damerauLevenshtein('abc', 'abcdef', 2)).toBe(3);
    expect(levenshtein('abc', 'abd', 2)).toBe(1);
  });
});

describe('tokenSetSimilarity', () => {
  it('ignores token order and split or merged tokens', () => {
    expect(tokenSetSimilarity('chea sokha', 'sokha chea')).toBe(1);
    expect(tokenSetSimilarity('chea sok ha', 'sokha chea')).toBe(1);
    expect(tokenSetSimilarity('sok ha', 'sokha')).toBe(1);
  });

  it('equals Jaro–Winkler for single tokens and falls with extra or different tokens', () => {
    expect(tokenSetSimilarity('martha', 'marhta')).toBeCloseTo(jaroWinkler('martha', 'marhta'), 12);
    const withMiddle = tokenSetSimilarity('chea sokha', 'chea sokha dara');
    expect(withMiddle).toBeLessThan(1);
    expect(withMiddle).toBeGreaterThan(0.7);
    expect(tokenSetSimilarity('chea sokha', 'lim dara')).toBeLessThan(0.6);
    expect(tokenSetSimilarity('', 'lim dara')).toBe(0);
  });

  it('tolerates typos inside reordered tokens', () => {
    expect(tokenSetSimilarity('nguyen van an', 'van an nguyn')).toBeGreaterThan(0.9);
  });
});

describe('partial dates', () => {
  it('reads the usual forms with their precision', () => {
    expect(parsePartialDate('19900512')).toEqual({ year: 1990, month: 5, day: 12, digits: 19900512 });
    expect(parsePartialDate('1990-05-12')).toMatchObject({ year: 1990, month: 5, day: 12 });
    expect(parsePartialDate('12/05/1990')).toMatchObject({ year: 1990, month: 5, day: 12 });
    expect(parsePartialDate('1990-05')).toMatchObject({ year: 1990, month: 5, day: 0, digits: -1 });
    expect(parsePartialDate('~1990')).toMatchObject({ year: 1990, month: 0, day: 0 });
    expect(parsePartialDate('១៩៩០')).toMatchObject({ year: 1990, month: 0 });
    expect(parsePartialDate('1990-05-12T00:00:00Z')).toMatchObject({ year: 1990, month: 5, day: 12 });
  });

  it('lowers precision for impossible parts and refuses absurd or unreadable input', () => {
    expect(parsePartialDate('19160017')).toEqual({ year: 1916, month: 0, day: 0, digits: 19160017 });
    expect(parsePartialDate('19900231')).toMatchObject({ year: 1990, month: 2, day: 0 });
    expect(parsePartialDate('30001212')).toBeNull();
    expect(parsePartialDate('0000')).toBeNull();
    expect(parsePartialDate('soon')).toBeNull();
    expect(parsePartialDate('')).toBeNull();
    expect(parsePartialDate(null)).toBeNull();
    expect(parsePartialDate('9'.repeat(500))).toBeNull();
  });
});

describe('date relations', () => {
  const date = (text: string) => parsePartialDate(text)!;
  it('separates same day, agreement at partial precision, typos, swaps and distances', () => {
    const a = date('19900305');
    expect(isSameDay(a.year, a.month, a.day, 1990, 3, 5)).toBe(true);
    expect(isSameDay(1990, 0, 0, 1990, 0, 0)).toBe(false);
    expect(agreesAtPrecision(1990, 0, 0, 1990, 3, 5)).toBe(true);
    expect(agreesAtPrecision(1990, 4, 0, 1990, 3, 5)).toBe(false);
    expect(agreesAtPrecision(1990, 3, 5, 1990, 3, 5)).toBe(false);
    expect(dateDigitDistance(19900305, 19900306)).toBe(1);
    expect(dateDigitDistance(19160017, 19161017)).toBe(1);
    expect(dateDigitDistance(19900305, -1)).toBe(99);
    expect(isDayMonthSwapped(19900305, 19900503)).toBe(true);
    expect(isDayMonthSwapped(19900303, 19900303)).toBe(false);
    expect(isDayMonthSwapped(19902503, 19900325)).toBe(true);
    expect(dayDistance(1990, 12, 31, 1991, 1, 1)).toBe(1);
    expect(dayDistance(1990, 12, 0, 1991, 1, 1)).toBe(Infinity);
    expect(yearDistance(1990, 1991)).toBe(1);
    expect(yearDistance(0, 1991)).toBe(Infinity);
  });
});

describe('numeric distance', () => {
  it('measures absolute and relative differences and never passes on missing values', () => {
    expect(numericDistance(3, 5)).toBe(2);
    expect(numericDistance(Number.NaN, 5)).toBe(Infinity);
    expect(relativeDifference(90, 100)).toBeCloseTo(0.1, 12);
    expect(relativeDifference(0, 0)).toBe(0);
  });
});

describe('jaroWinkler on long strings', () => {
  it('gives the same value through the bit-parallel and the textbook paths', () => {
    const random = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const next = random(7);
    const word = (length: number) => Array.from({ length }, () => 'abcdeh'[Math.floor(next() * 6)]).join('');
    for (let trial = 0; trial < 300; trial++) {
      const a = word(1 + Math.floor(next() * 40));
      const b = word(1 + Math.floor(next() * 40));
      // Reference: a plain implementation written out here.
      const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
      const usedA = new Array(a.length).fill(false);
      const usedB = new Array(b.length).fill(false);
      let matches = 0;
      for (let i = 0; i < a.length; i++) {
        for (let j = Math.max(0, i - window); j <= Math.min(b.length - 1, i + window); j++) {
          if (!usedB[j] && a[i] === b[j]) { usedA[i] = usedB[j] = true; matches++; break; }
        }
      }
      let half = 0;
      let k = 0;
      for (let i = 0; i < a.length; i++) {
        if (!usedA[i]) continue;
        while (!usedB[k]) k++;
        if (a[i] !== b[k]) half++;
        k++;
      }
      const expected = matches === 0 ? 0 : (matches / a.length + matches / b.length + (matches - half / 2) / matches) / 3;
      expect(jaro(a, b)).toBeCloseTo(expected, 12);
    }
  });
});

describe('packed date digits', () => {
  it('agree with the digit edit distance and the swap test', () => {
    const pairs: Array<[number, number]> = [
      [19900305, 19900305], [19900305, 19900306], [19900305, 19900350], [19900305, 19900503],
      [19160017, 19161017], [19900305, 19910306], [19900305, 20010101], [19901230, 19900312],
    ];
    for (const [a, b] of pairs) {
      expect(packedDateDistance(packDateDigits(a), packDateDigits(b))).toBe(Math.min(2, dateDigitDistance(a, b)));
      expect(isPackedDayMonthSwap(packDateDigits(a), packDateDigits(b))).toBe(isDayMonthSwapped(a, b));
    }
    expect(packDateDigits(19900512)).toBe(0x19900512);
    expect(packedDateDistance(-1, packDateDigits(19900512))).toBe(2);
  });
});
