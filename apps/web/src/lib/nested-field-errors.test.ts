import { describe, expect, it } from 'vitest';
import type { FieldError } from '@ctip/contracts';
import { placeNestedFieldErrors } from './nested-field-errors';

const byCode = (fieldError: FieldError) => fieldError.code;

describe('server field errors on nested forms', () => {
  it('lands each error on the deepest field its path names, and keeps the rest for the alert', () => {
    const values = { names: [{ full: '' }, { full: 'x' }], userIds: ['a'], rescued: { total: 3 } };
    const { errors, unplaced } = placeNestedFieldErrors(
      [
        { path: 'names.1.full', message: '', code: 'too_big' },
        { path: 'userIds.3', message: '', code: 'unknown_user' },
        { path: 'rescued.total', message: '', code: 'counts_disagree' },
        { path: 'screeningId', message: '', code: 'unknown_screening' },
      ],
      values,
      byCode,
    );
    expect(errors).toEqual({ 'names.1.full': 'too_big', userIds: 'unknown_user', 'rescued.total': 'counts_disagree' });
    expect(unplaced.map((error) => error.path)).toEqual(['screeningId']);
  });

  it('remaps server paths onto the form’s own fields', () => {
    const values = { birth: { precision: 'month', month: '' } };
    const { errors } = placeNestedFieldErrors([{ path: 'birth.date', message: '', code: 'future_date' }], values, byCode, (path) => path.replace('birth.date', 'birth.month'));
    expect(errors).toEqual({ 'birth.month': 'future_date' });
  });

  it('tells every different problem of one field, once each', () => {
    const { errors } = placeNestedFieldErrors(
      [
        { path: 'total', message: '', code: 'counts_disagree' },
        { path: 'total', message: '', code: 'too_big' },
        { path: 'total', message: '', code: 'too_big' },
      ],
      { total: 1 },
      byCode,
    );
    expect(errors).toEqual({ total: 'counts_disagree too_big' });
  });
});
