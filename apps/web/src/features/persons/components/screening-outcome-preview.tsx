import { Alert, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ScreeningAssessment, ScreeningOutcome } from '@ctip/contracts';
import { useCaseTranslation } from '../../cases/use-case-translation';

/** The colour of each screening outcome. */
export const OUTCOME_COLOURS: Record<ScreeningOutcome, string> = { presumed_victim: 'red', further_assessment: 'orange', not_indicated: 'gray' };

/** Props of {@link ScreeningOutcomePreview}. */
export interface ScreeningOutcomePreviewProps {
  assessment: ScreeningAssessment;
  ageAtAct: number | null;
  /** The age came from the date of birth rather than from the form. */
  isAgeFromBirth: boolean;
  /** A recorded outcome rather than a live preview. */
  isRecorded?: boolean;
}

/**
 * The outcome of a screening and why, in words: which elements of the definition were found,
 * the child rule when the person was under 18 at the time of the act, the forced-labour
 * indicators. Shown live while the form is filled in, and for recorded screenings.
 */
export function ScreeningOutcomePreview({ assessment, ageAtAct, isAgeFromBirth, isRecorded = false }: ScreeningOutcomePreviewProps) {
  const { t } = useCaseTranslation('persons');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="screening-outcome-title">
      <Stack gap="sm" aria-live="polite">
        <Title order={3} size="h5" id="screening-outcome-title">{isRecorded ? t('persons:screening.recordedOutcome') : t('persons:screening.previewTitle')}</Title>
        <Group gap="xs">
          <Badge size="lg" color={OUTCOME_COLOURS[assessment.outcome]} data-testid="screening-outcome">{t(`cases:vocab.outcome.${assessment.outcome}`)}</Badge>
          {assessment.isChild && <Badge size="lg" variant="outline" color="grape">{t('persons:screening.child')}</Badge>}
        </Group>
        <Text size="sm" c="dimmed">
          {ageAtAct === null ? t('persons:screening.ageUnknown') : isAgeFromBirth ? t('persons:screening.ageFromBirth', { age: ageAtAct }) : t('persons:screening.ageGiven', { age: ageAtAct })}
        </Text>
        <List size="sm" spacing={4}>
          {assessment.reasons.map((reason) => <List.Item key={reason}>{t(`persons:screening.reasons.${reason}`)}</List.Item>)}
        </List>
        {assessment.isChild && (
          <Alert variant="light" color="grape" icon={<IconInfoCircle aria-hidden />} title={t('persons:screening.childRuleTitle')}>
            {t('persons:screening.childRuleBody')}
          </Alert>
        )}
        {!isRecorded && <Text size="xs" c="dimmed">{t('persons:screening.previewNote')}</Text>}
      </Stack>
    </Paper>
  );
}
