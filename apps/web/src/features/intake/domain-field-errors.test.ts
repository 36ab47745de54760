import { describe, expect, it } from 'vitest';
import type { FieldError } from '@ctip/contracts';
import { describeFieldError } from './domain-field-errors';

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
});
