import { describe, expect, it } from 'vitest';
import type { FieldError } from '@ctip/contracts';
import { describeFieldError, placeFieldErrors } from './domain-field-errors';

const KHMER: Record<string, string> = { 'intake:fieldErrors.counts_disagree': 'ចំនួនមិនស្របគ្នា', 'errors:field.required': 'សូមបំពេញ' };
const t = (key: string) => KHMER[key] ?? '';
const exists = (key: string) => key in KHMER;
const countsError: FieldError = { path: 'rescued.total', code: 'counts_disagree', message: '3 people are listed individually, but the rescue count is 2.' };

describe('field errors of the domain rules', () => {
  it('shows the server’s own message in English and the translation in Khmer', () => {
    expect(describeFieldError(countsError, t, 'en', exists)).toBe(countsError.message);
    expect(describeFieldError(countsError, t, 'km', exists)).toBe('ចំនួនមិនស្របគ្នា');
  });

  it('tells generic problems by their code, never in the server’s English', () => {
    expect(describeFieldError({ path: 'name', code: 'too_small', message: 'Too small: expected string to have >=1 characters', origin: 'string', minimum: 1 } as FieldError, t, 'km', exists)).toBe('សូមបំពេញ');
  });

  it('places each error on the deepest field the form has, after remapping, and keeps the rest', () => {
    const values = { rescued: { total: 3, breakdown: [] }, individuals: [{ names: [{ full: '' }] }, { names: [{ full: '' }] }] };
    const describe = (fieldError: FieldError) => fieldError.code;
    const { errors, unplaced } = placeFieldErrors(
      [countsError, { path: 'individuals.1.names.0.full', code: 'required', message: '' }, { path: 'individuals', code: 'counts_disagree', message: '' }, { path: 'siteStatusCorrectionReason', code: 'x', message: '' }],
      values,
      describe,
    );
    expect(errors).toEqual({ 'rescued.total': 'counts_disagree', 'individuals.1.names.0.full': 'required', individuals: 'counts_disagree' });
    expect(unplaced.map((fieldError) => fieldError.path)).toEqual(['siteStatusCorrectionReason']);
  });
});
