import { describe, expect, it } from 'vitest';
import { placeErrorsDeep, withCaseFieldMessages } from './form-errors';

const t = (key: string) => key;

describe('server field errors on nested forms', () => {
  const values = { names: [{ full: '' }, { full: 'x' }], birth: { precision: 'month', month: '' }, userIds: ['a'] };

  it('lands each error on the deepest field its path names', () => {
    const { errors, unplaced } = placeErrorsDeep(
      [
        { path: 'names.1.full', message: '', code: 'too_big' },
        { path: 'userIds.3', message: '', code: 'unknown_user' },
        { path: 'screeningId', message: '', code: 'unknown_screening' },
      ],
      values,
      t,
    );
    expect(errors).toEqual({ 'names.1.full': 'errors:field.too_big', userIds: 'errors:field.unknown_user' });
    expect(unplaced.map((error) => error.path)).toEqual(['screeningId']);
  });

  it('remaps server paths onto the form’s own fields', () => {
    const { errors } = placeErrorsDeep([{ path: 'birth.date', message: '', code: 'future_date' }], values, t, (path) => path.replace('birth.date', 'birth.month'));
    expect(Object.keys(errors)).toEqual(['birth.month']);
  });

  it('reads the case rules’ own messages first, else the generic ones', () => {
    const translate = withCaseFieldMessages((key) => `«${key}»`, (key) => key === 'cases:fieldErrors.future_date');
    expect(translate('errors:field.future_date')).toBe('«cases:fieldErrors.future_date»');
    expect(translate('errors:field.required')).toBe('«errors:field.required»');
  });
});
