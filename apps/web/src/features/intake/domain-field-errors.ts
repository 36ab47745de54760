import type { FieldError } from '@ctip/contracts';
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
