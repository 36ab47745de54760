import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDecimal, formatNumber, formatPercent } from './format';

describe('formatting for the interface language', () => {
  it('names months in Khmer when reading Khmer, in English otherwise', () => {
    expect(formatDate('2026-11-21T10:43:00', 'km')).toBe('21 វិច្ឆិកា 2026');
    expect(formatDate('2026-11-21T10:43:00', 'en')).toBe('21 Nov 2026');
    expect(formatDateTime('2026-03-02T08:05:00', 'en')).toBe('2 Mar 2026, 08:05');
  });

  it('shows a dash for no date and the raw text for a date it cannot read', () => {
    expect(formatDateTime(null, 'en')).toBe('—');
    expect(formatDate('not a date', 'km')).toBe('not a date');
  });

  it('groups thousands', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
  });

  it('writes decimals, signed weights and percentages', () => {
    expect(formatDecimal(3.14159, 'en')).toBe('3.14');
    expect(formatDecimal(-0.5, 'km', { signDisplay: 'exceptZero', minimumFractionDigits: 2 })).toBe('-0.50');
    expect(formatDecimal(2, 'en', { signDisplay: 'exceptZero' })).toBe('+2');
    expect(formatPercent(0.9876, 'en')).toBe('98.8%');
  });
});
