import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-error';

/**
 * The words of an import problem in the reader's language: the kind's own translation of its
 * code first (`<prefix>.<code>`, for the key prefixes given, e.g. `intake:embassyImport.problems`),
 * then the import's shared one (`case-exchange:problems.<code>`); failing both, the server's
 * English message for English readers, a generic sentence for others. Messages never quote the
 * sheet's cells.
 */
export function useImportProblemText(prefixes: readonly string[] = []) {
  const { t, i18n } = useTranslation('case-exchange');
  return (problem: { code: string; message?: string }, fallbackKey = 'case-exchange:report.genericProblem'): string => {
    for (const prefix of [...prefixes, 'case-exchange:problems']) {
      const key = `${prefix}.${problem.code}`;
      if (i18n.exists(key)) return t(key);
    }
    return i18n.language === 'en' && problem.message ? problem.message : t(fallbackKey);
  };
}

/** The problem a refused upload or request names, in the reader's language (the code of its first field error, else the API's code). */
export function useImportErrorText(prefixes: readonly string[] = []) {
  const { t, i18n } = useTranslation(['case-exchange', 'errors']);
  return (error: unknown): string => {
    const code = error instanceof ApiError ? (error.fieldErrors[0]?.code ?? error.code) : 'internal';
    for (const prefix of [...prefixes, 'case-exchange:problems']) {
      const key = `${prefix}.${code}`;
      if (i18n.exists(key)) return t(key);
    }
    return t(`errors:code.${code}`, { defaultValue: t('errors:code.internal') });
  };
}
