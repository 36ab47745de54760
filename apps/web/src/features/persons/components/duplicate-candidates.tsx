import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconUsers, IconUserSearch } from '@tabler/icons-react';
import type { z } from 'zod';
import { Link } from 'react-router';
import type { duplicateCheckInputSchema } from '@ctip/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { useCaseTranslation } from '../../cases/use-case-translation';
import { useDuplicateCandidates } from '../hooks/use-persons';

/** Props of {@link DuplicateCandidates}. */
export interface DuplicateCandidatesProps {
  /** What has been typed so far, as the duplicate check takes it; null while too little is typed. */
  body: z.input<typeof duplicateCheckInputSchema> | null;
  /** The user says a candidate is the person being entered: continue with that person instead. */
  onUseExisting?(personId: string): void;
}

/**
 * Possible existing persons while a new one is typed, each with how likely a match is and why,
 * field by field; and how many more exist in records of organisations the user may not see (a
 * number only). Announced politely to screen readers as it changes.
 */
export function DuplicateCandidates({ body, onUseExisting }: DuplicateCandidatesProps) {
  const { t, i18n } = useCaseTranslation('persons');
  const query = useDuplicateCandidates(body);
  const percent = new Intl.NumberFormat(i18n.language === 'km' ? 'km-KH' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 });
  const data = body ? query.data : undefined;
  return (
    <Paper withBorder p="md" bg="var(--mantine-color-gray-0)" component="section" aria-labelledby="duplicate-candidates-title">
      <Stack gap="sm" aria-live="polite" aria-busy={query.isFetching}>
        <Group gap="xs" justify="space-between">
          <Group gap="xs">
            <IconUserSearch size={18} aria-hidden />
            <Title order={3} size="h5" id="duplicate-candidates-title">{t('persons:duplicates.title')}</Title>
          </Group>
          {body && query.isFetching && <Loader size="xs" aria-label={t('persons:duplicates.checking')} />}
        </Group>
        {!body && <Text size="sm" c="dimmed">{t('persons:duplicates.typeToCheck')}</Text>}
        {body && query.error != null && !data && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
        {data && data.candidates.length === 0 && <Text size="sm" c="dimmed">{t('persons:duplicates.none')}</Text>}
        {data?.candidates.map((candidate) => (
          <Paper key={candidate.personId} withBorder p="sm" data-testid="duplicate-candidate">
            <Stack gap={6}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text fw={600}>{candidate.displayName}</Text>
                <Badge variant="light" color={candidate.score >= 0.8 ? 'red' : candidate.score >= 0.5 ? 'orange' : 'gray'}>
                  {t('persons:duplicates.likelihood', { value: percent.format(candidate.score) })}
                </Badge>
              </Group>
              <Group gap={4} aria-label={t('persons:duplicates.reasons')}>
                {candidate.reasons.map((reason) => (
                  <Badge key={reason.field} size="sm" variant="outline" color={reason.weight > 0 ? 'teal' : 'gray'}>
                    {t('persons:duplicates.reason', {
                      field: t(`persons:duplicates.fields.${reason.field}`, { defaultValue: reason.field }),
                      level: t(`persons:duplicates.levels.${reason.level}`, { defaultValue: reason.level }),
                    })}
                  </Badge>
                ))}
              </Group>
              <Group gap="sm" wrap="wrap">
                {candidate.caseIds.length === 0 && <Text size="xs" c="dimmed">{t('persons:duplicates.noCase')}</Text>}
                {candidate.caseIds.slice(0, 3).map((caseId, index) => (
                  <Anchor key={caseId} component={Link} to={`/cases/${caseId}`} size="sm">
                    {candidate.caseIds.length === 1 ? t('persons:duplicates.openTheirCase') : t('persons:duplicates.openCase', { number: index + 1 })}
                  </Anchor>
                ))}
                {onUseExisting && (
                  <Button size="xs" variant="light" onClick={() => onUseExisting(candidate.personId)}>
                    {t('persons:duplicates.useExisting')}
                  </Button>
                )}
              </Group>
            </Stack>
          </Paper>
        ))}
        {data && data.elsewhere > 0 && (
          <Alert color="yellow" variant="light" icon={<IconUsers aria-hidden />} title={t('persons:duplicates.elsewhereTitle', { count: data.elsewhere })}>
            {t('persons:duplicates.elsewhereBody')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
