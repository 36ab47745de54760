import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-error';
import { translateFieldProblem } from '../lib/form-errors';

/** Props of {@link ProblemAlert}. */
export interface ProblemAlertProps {
  error: unknown;
  onRetry?: () => void;
  /** Fields of the form the error came from: their errors are shown on the fields, not repeated here. */
  placedFields?: readonly string[];
}

/**
 * Shows an error in the interface language: the problem's translated title, its field errors
 * and, in English, the server's detail; a retry button when the caller can retry.
 */
export function ProblemAlert({ error, onRetry, placedFields = [] }: ProblemAlertProps) {
  const { t, i18n } = useTranslation('errors');
  const apiError = error instanceof ApiError ? error : null;
  const title = apiError ? t(`code.${apiError.code}`) : t('code.internal');
  const fieldErrors = (apiError?.fieldErrors ?? []).filter(
    (fieldError) => !placedFields.some((field) => fieldError.path === field || fieldError.path.startsWith(`${field}.`)),
  );
  // The server's detail is English prose; it is shown only to readers of English, and not
  // when it repeats a field's message (already shown, translated, on the field).
  const repeatsAField = (apiError?.fieldErrors ?? []).some((fieldError) => fieldError.message === apiError?.detail);
  const detail = apiError?.detail && i18n.language === 'en' && !repeatsAField ? apiError.detail : null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={title} role="alert">
      <Stack gap="xs">
        {detail && <Text size="sm">{detail}</Text>}
        {fieldErrors.length > 0 && (
          <List size="sm">
            {fieldErrors.map((fieldError) => (
              <List.Item key={`${fieldError.path}:${fieldError.code}`}>
                <Text span fw={600} size="sm">{fieldError.path}</Text>: {translateFieldProblem(t, fieldError)}
              </List.Item>
            ))}
          </List>
        )}
        {/* The request id helps whoever reads the server's log; it is noise for a refused field. */}
        {apiError?.requestId && apiError.status >= 500 && (
          <Text size="xs" c="dimmed">
            {t('reference', { id: apiError.requestId })}
          </Text>
        )}
        {onRetry && (
          <div>
            <Button size="xs" variant="white" color="red" onClick={onRetry}>
              {t('retry')}
            </Button>
          </div>
        )}
      </Stack>
    </Alert>
  );
}
