import type { FieldError } from '@ctip/contracts';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../../lib/form-errors';
import { describeFieldError } from './domain-field-errors';

/**
 * `useTranslation` for the intake, site, operation and map pages, with `describe`: a field
 * error in the reader's language, knowing the domain rules' own codes.
 */
export function useIntakeTranslation(namespace: string) {
  const { t, i18n } = useTranslation([namespace, 'intake', 'sites', 'cases']);
  const translate = t as unknown as Translate;
  const describe = (fieldError: FieldError) => describeFieldError(fieldError, translate, i18n.language, (key) => i18n.exists(key));
  return { t, i18n, translate, describe };
}
