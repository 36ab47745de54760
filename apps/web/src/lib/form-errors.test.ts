import { describe, expect, it } from 'vitest';
import { changePasswordRequestSchema, confirmEnrolmentRequestSchema, createUserRequestSchema, signInRequestSchema } from '@ctip/contracts';
import { fieldProblemKey, placeFieldErrors, translateFieldProblem, validateWithSchema, type Translate } from './form-errors';

// A translation function that shows which key (and, for limits, which values) was asked for.
const t: Translate = (key, options) => {
  if (key === 'errors:field.unknown_code_xyz') return (options?.defaultValue as string) ?? '';
  const values = Object.entries(options ?? {}).filter(([name, value]) => name !== 'defaultValue' && value !== undefined).map(([name, value]) => `${name}=${String(value)}`);
  // Only the length rules show their limits, as the real messages do.
  return values.length > 0 && key.includes('.too_') ? `${key}(${values.join(',')})` : key;
};

describe('validateWithSchema', () => {
  it('names each invalid field with a translated message from the shared contracts', () => {
    expect(validateWithSchema(signInRequestSchema, { email: 'not-an-email', password: '' }, t)).toEqual({
      email: 'errors:field.invalid_email',
      password: 'errors:field.required',
    });
  });

  it('passes the limits into the message', () => {
    const errors = validateWithSchema(changePasswordRequestSchema, { currentPassword: 'x', newPassword: 'short' }, t);
    expect(errors).toEqual({ newPassword: 'errors:field.too_small_string(minimum=12)' });
  });

  it('recognises the six-digit code rule and array minimums', () => {
    expect(validateWithSchema(confirmEnrolmentRequestSchema, { code: '12a' }, t)).toEqual({ code: 'errors:field.six_digits' });
    const errors = validateWithSchema(createUserRequestSchema, { email: 'a@b.org', displayName: 'A', organisationId: 'o', roles: [], locale: 'en' }, t);
    expect(errors).toEqual({ roles: 'errors:field.too_small_array(minimum=1)' });
  });

  it('asks to fill in an empty field rather than quoting its length rule', () => {
    expect(validateWithSchema(signInRequestSchema, { email: '', password: 'x' }, t)).toEqual({ email: 'errors:field.required' });
    expect(validateWithSchema(changePasswordRequestSchema, { currentPassword: 'x', newPassword: '   ' }, t)).toEqual({ newPassword: 'errors:field.required' });
  });

  it('answers no errors for valid values', () => {
    expect(validateWithSchema(signInRequestSchema, { email: 'a@b.org', password: 'x' }, t)).toEqual({});
  });
});

describe('server field errors', () => {
  it('places errors on the fields of the form, and returns the rest', () => {
    const { errors, unplaced } = placeFieldErrors(
      [
        { path: 'email', message: 'An account with this email already exists.', code: 'taken' },
        { path: 'roles.0', message: 'Invalid option', code: 'invalid_value' },
        { path: 'querystring.page', message: 'Too big', code: 'too_big' },
      ],
      ['email', 'roles'],
      t,
    );
    expect(errors).toEqual({ email: 'errors:field.taken', roles: 'errors:field.invalid_value' });
    expect(unplaced.map((error) => error.path)).toEqual(['querystring.page']);
  });

  it('falls back to a generic message for a code it does not know', () => {
    expect(translateFieldProblem(t, { code: 'unknown_code_xyz', message: 'Some English' })).toBe('errors:field.invalid');
    expect(fieldProblemKey({ code: 'invalid_format', message: 'Invalid email address' })).toBe('invalid_email');
  });
});
