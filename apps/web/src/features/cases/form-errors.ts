import type { UseFormReturnType } from '@mantine/form';
import { applyNestedServerErrors } from '../../lib/nested-field-errors';
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

/** Puts an API error's field errors on a form's (nested) fields, told by the case rules' messages first; the rest stay for the alert above the form. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form's values
export function applyCaseServerErrors(form: UseFormReturnType<any>, error: unknown, t: Translate, remap?: (path: string) => string): void {
  applyNestedServerErrors(form, error, (fieldError) => translateFieldProblem(t, fieldError), remap);
}
