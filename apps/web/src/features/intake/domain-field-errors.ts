import type { UseFormReturnType } from '@mantine/form';
import type { FieldError } from '@ctip/contracts';
import { ApiError } from '../../lib/api-error';
import { translateFieldProblem, type Translate } from '../../lib/form-errors';

/**
 * Tells a field error in the reader's language. The rules of intake, sites and operations have
 * codes of their own (`counts_disagree`, `out_of_order`, …), translated under
 * `intake:fieldErrors.<code>`; in English the server's own message is shown, since it names the
 * figures ("3 people are listed individually, but the rescue count is 2"). Other codes are the
 * generic field problems.
 */
export function describeFieldError(fieldError: FieldError, t: Translate, language: string, exists: (key: string) => boolean): string {
  const own = `intake:fieldErrors.${fieldError.code}`;
  if (exists(own)) return language === 'en' && fieldError.message !== '' ? fieldError.message : t(own);
  return translateFieldProblem(t, fieldError);
}

function hasPath(values: unknown, path: string): boolean {
  let node: unknown = values;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in (node as object))) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

/**
 * Places field errors on the deepest field of the form's values their path names (after
 * `remap` turns a server path into a form path): `rescued.total` on the total,
 * `individuals.1.names.0.full` on that name. Errors naming nothing in the form are unplaced,
 * for the alert above the form.
 */
export function placeFieldErrors(
  fieldErrors: readonly FieldError[],
  values: unknown,
  describe: (fieldError: FieldError) => string,
  remap: (path: string) => string = (path) => path,
): { errors: Record<string, string>; unplaced: FieldError[] } {
  const errors: Record<string, string> = {};
  const unplaced: FieldError[] = [];
  for (const fieldError of fieldErrors) {
    const parts = remap(fieldError.path).split('.');
    let placedAt: string | null = null;
    for (let length = parts.length; length > 0; length -= 1) {
      const candidate = parts.slice(0, length).join('.');
      if (hasPath(values, candidate)) {
        placedAt = candidate;
        break;
      }
    }
    if (placedAt === null) unplaced.push(fieldError);
    else errors[placedAt] = errors[placedAt] ? `${errors[placedAt]} ${describe(fieldError)}` : describe(fieldError);
  }
  return { errors, unplaced };
}

/**
 * Puts an API error's field errors on a form's fields; answers the paths placed (to keep them
 * out of the alert above the form).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form's values
export function applyDomainErrors(form: UseFormReturnType<any>, error: unknown, describe: (fieldError: FieldError) => string, remap?: (path: string) => string): string[] {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return [];
  const { errors, unplaced } = placeFieldErrors(error.fieldErrors, form.getValues(), describe, remap);
  form.setErrors(errors);
  return error.fieldErrors.filter((fieldError) => !unplaced.includes(fieldError)).map((fieldError) => fieldError.path);
}
