import { describe, expect, it } from 'vitest';
import { describeStatisticValue } from './statistic-value';

const format = (value: number) => new Intl.NumberFormat('en-GB').format(value);

describe('describeStatisticValue', () => {
  it('keeps the qualifier the source printed, with formatted numbers', () => {
    expect(describeStatisticValue({ value: 1011, upperValue: null, qualifier: 'exact' }, format)).toEqual({ key: 'exact', value: '1,011', upper: '' });
    expect(describeStatisticValue({ value: 500, upperValue: null, qualifier: 'approximate' }, format).key).toBe('approximate');
    expect(describeStatisticValue({ value: 200, upperValue: 300, qualifier: 'range' }, format)).toEqual({ key: 'range', value: '200', upper: '300' });
  });

  it('says "not available" rather than zero when there is no figure', () => {
    expect(describeStatisticValue({ value: null, upperValue: null, qualifier: 'exact' }, format).key).toBe('not_available');
    expect(describeStatisticValue({ value: 5, upperValue: null, qualifier: 'not_available' }, format).key).toBe('not_available');
  });

  it('treats a range without its upper end as the one figure it has', () => {
    expect(describeStatisticValue({ value: 7, upperValue: null, qualifier: 'range' }, format)).toEqual({ key: 'exact', value: '7', upper: '' });
  });
});
