import type { UseFormReturnType } from '@mantine/form';
import type { FieldError } from '@ctip/contracts';
import { ApiError } from './api-error';

function hasPath(values: unknown, path: string): boolean {
  let node: unknown = values;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in (node as object))) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

/**
 * Places the server's field errors on the deepest field of a nested form's values that their
 * path names, after `remap` turns a server path into a form path where the two differ:
 * `individuals.1.names.0.full` on that name's input, `userIds.3` on the `userIds` field, a
 * birth's `date` on the month shown. Several errors on one field are told one after the other.
 * Errors whose path names nothing in the form are unplaced, for the alert above the form.
 */
export function placeNestedFieldErrors(
  fieldErrors: readonly FieldError[],
  values: unknown,
  describe: (fieldError: FieldError) => string,
  remap: (path: string) => string = (path) => path,
): { errors: Record<string, string>; unplaced: FieldError[] } {
  const messages = new Map<string, string[]>();
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
    else {
      const told = messages.get(placedAt) ?? [];
      const message = describe(fieldError);
      if (!told.includes(message)) messages.set(placedAt, [...told, message]);
    }
  }
  const errors = Object.fromEntries([...messages].map(([path, told]) => [path, told.join(' ')]));
  return { errors, unplaced };
}

/**
 * Puts an API error's field errors on a nested form's fields; answers the paths placed (to keep
 * them out of the alert above the form).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form's values
export function applyNestedServerErrors(form: UseFormReturnType<any>, error: unknown, describe: (fieldError: FieldError) => string, remap?: (path: string) => string): string[] {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return [];
  const { errors, unplaced } = placeNestedFieldErrors(error.fieldErrors, form.getValues(), describe, remap);
  form.setErrors(errors);
  return error.fieldErrors.filter((fieldError) => !unplaced.includes(fieldError)).map((fieldError) => fieldError.path);
}
