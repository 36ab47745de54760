import { useTranslation } from 'react-i18next';
import type { Translate } from '../../lib/form-errors';
import { withCaseFieldMessages } from './form-errors';

/**
 * `useTranslation` for the survivor-case pages, plus `tField`: the translator for field errors
 * that knows the case rules' own codes (see {@link withCaseFieldMessages}).
 */
export function useCaseTranslation(namespace: string) {
  const { t, i18n } = useTranslation([namespace, 'cases']);
  const translate = t as unknown as Translate;
  const tField = withCaseFieldMessages(translate, (key) => i18n.exists(key));
  return { t, i18n, tField };
}
