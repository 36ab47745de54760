import type { FieldError } from '@ctip/contracts';
import type { z } from 'zod';

/** The translation function forms use (i18next's `t`, bound to any namespace). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One problem with one field, from the server or from validating the form with the same zod schema. */
export interface FieldProblem {
  code: string;
  message?: string;
  minimum?: unknown;
  maximum?: unknown;
  origin?: unknown;
  format?: unknown;
  /** The field was left empty: whatever the rule, the message is "fill in this field". */
  isEmpty?: boolean;
}

// Custom messages of the shared contracts that name a specific rule; their own code is generic.
const MESSAGE_KEYS: Record<string, string> = {
  'six digits': 'six_digits',
  'ISO 3166-1 alpha-2 code': 'country_code',
  'an action name such as user.created or user.*': 'action_name',
};

/** The `errors:field.*` key for a problem: specific when the problem says more than its code. */
export function fieldProblemKey(problem: FieldProblem): string {
  if (problem.isEmpty && (problem.code === 'too_small' || problem.code === 'invalid_format' || problem.code === 'invalid_type')) return 'required';
  const byMessage = problem.message ? MESSAGE_KEYS[problem.message] : undefined;
  if (byMessage) return byMessage;
  const { code } = problem;
  if (code === 'too_small') {
    if (problem.origin === 'string' && problem.minimum === 1) return 'required';
    if (problem.origin === 'string' && typeof problem.minimum === 'number') return 'too_small_string';
    if (problem.origin === 'array' && typeof problem.minimum === 'number') return 'too_small_array';
    return 'too_small';
  }
  if (code === 'too_big') {
    if (problem.origin === 'string' && typeof problem.maximum === 'number') return 'too_big_string';
    if (problem.origin === 'array' && typeof problem.maximum === 'number') return 'too_big_array';
    return 'too_big';
  }
  if (code === 'invalid_format' && problem.format === 'email') return 'invalid_email';
  if (code === 'invalid_format' && problem.message === 'Invalid email address') return 'invalid_email';
  return code;
}

/**
 * Translates a field problem by its code (falling back to a generic message, never to raw
 * server English in another language).
 */
export function translateFieldProblem(t: Translate, problem: FieldProblem): string {
  const key = fieldProblemKey(problem);
  const translated = t(`errors:field.${key}`, { minimum: problem.minimum, maximum: problem.maximum, defaultValue: '' });
  return translated !== '' ? translated : t('errors:field.invalid');
}

/**
 * Validates form values with a contracts schema (the same the server uses) and answers Mantine
 * form errors keyed by dotted path, translated; the first problem of each field wins.
 */
export function validateWithSchema(schema: z.ZodType, values: unknown, t: Translate): Record<string, string> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.') || 'form';
    if (errors[path] !== undefined) continue;
    const value = issue.path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined), values);
    const isEmpty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    errors[path] = translateFieldProblem(t, { ...(issue as unknown as FieldProblem), isEmpty });
  }
  return errors;
}

/**
 * Places the server's field errors on a form's fields. A path below a field (`roles.0`) goes
 * to that field; a path naming no field of the form is returned as unplaced, to be shown above it.
 */
export function placeFieldErrors(
  fieldErrors: FieldError[],
  formFields: readonly string[],
  t: Translate,
): { errors: Record<string, string>; unplaced: FieldError[] } {
  const errors: Record<string, string> = {};
  const unplaced: FieldError[] = [];
  for (const fieldError of fieldErrors) {
    const field = formFields.find((name) => fieldError.path === name || fieldError.path.startsWith(`${name}.`));
    if (!field) {
      unplaced.push(fieldError);
      continue;
    }
    errors[field] ??= translateFieldProblem(t, fieldError);
  }
  return { errors, unplaced };
}
