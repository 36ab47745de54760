import type { UseFormReturnType } from '@mantine/form';
import type { FieldError } from '@ctip/contracts';
import { ApiError } from '../../lib/api-error';
import { translateFieldProblem, type Translate } from '../../lib/form-errors';

/**
 * A translator that reads the survivor-case rules' own field messages (`cases:fieldErrors.*`:
 * a date in the future, a shelter that is full, a consent that is missing) before the generic
 * `errors:field.*` ones, so the server's codes are told in the reader's language.
 */
export function withCaseFieldMessages(t: Translate, exists: (key: string) => boolean): Translate {
  return (key, options) => {
    if (key.startsWith('errors:field.')) {
      const own = `cases:fieldErrors.${key.slice('errors:field.'.length)}`;
      if (exists(own)) return t(own, options);
    }
    return t(key, options);
  };
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
 * Places field errors on the deepest field of a form's values that their path names:
 * `names.1.full` on that name's input, `userIds.3` on the `userIds` field. `remap` first turns
 * a server path into a form path where the two differ (the birth's `date` shown as a month).
 * Errors whose path names nothing in the form are returned as unplaced.
 */
export function placeErrorsDeep(
  fieldErrors: readonly FieldError[],
  values: unknown,
  t: Translate,
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
    else errors[placedAt] ??= translateFieldProblem(t, fieldError);
  }
  return { errors, unplaced };
}

/** Puts an API error's field errors on a form's (nested) fields; the rest stay for the alert above the form. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form's values
export function applyCaseServerErrors(form: UseFormReturnType<any>, error: unknown, t: Translate, remap?: (path: string) => string): void {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return;
  form.setErrors(placeErrorsDeep(error.fieldErrors, form.getValues(), t, remap).errors);
}
