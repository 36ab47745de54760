import type { UseFormReturnType } from '@mantine/form';
import { ApiError } from './api-error';
import { placeFieldErrors, type Translate } from './form-errors';

/**
 * Puts an API error's field errors on the form's fields (translated). Other problems are left
 * for a {@link ProblemAlert} above the form, given the same field names.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form's values
export function applyServerErrors(form: UseFormReturnType<any>, error: unknown, t: Translate): void {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return;
  const { errors } = placeFieldErrors(error.fieldErrors, Object.keys(form.getValues() as object), t);
  form.setErrors(errors);
}
