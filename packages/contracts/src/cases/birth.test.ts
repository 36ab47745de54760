import { describe, expect, it } from 'vitest';
import { actDayOf, ageOn } from './birth';

describe('ageOn', () => {
  it('counts whole years to the day, at every precision', () => {
    expect(ageOn({ precision: 'day', date: '2008-06-20', age: null, ageAt: null }, '2026-06-19')).toBe(17);
    expect(ageOn({ precision: 'day', date: '2008-06-20', age: null, ageAt: null }, '2026-06-20')).toBe(18);
    expect(ageOn({ precision: 'month', date: '2008-06', age: null, ageAt: null }, '2026-05-31')).toBe(17);
    expect(ageOn({ precision: 'year', date: '2008', age: null, ageAt: null }, '2026-06-30')).toBe(17);
    expect(ageOn({ precision: 'year', date: '2008', age: null, ageAt: null }, '2026-07-01')).toBe(18);
    expect(ageOn({ precision: 'age', date: null, age: 15, ageAt: '2024-03-01' }, '2026-01-01')).toBe(17);
    expect(ageOn(null, '2026-01-01')).toBeNull();
  });
});

describe('actDayOf', () => {
  it('takes the act’s day, the middle of its month, or the screening day', () => {
    expect(actDayOf('2026-03-02', '2026-11-01')).toBe('2026-03-02');
    expect(actDayOf('2026-03', '2026-11-01')).toBe('2026-03-15');
    expect(actDayOf(null, '2026-11-01')).toBe('2026-11-01');
  });
});
