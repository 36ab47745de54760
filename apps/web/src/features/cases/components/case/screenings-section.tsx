import { Accordion, Badge, Button, Group, List, Skeleton, Stack, Text } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { CaseDetail, ScreeningAssessment } from '@ctip/contracts';
import { ProblemAlert } from '../../../../components/problem-alert';
import { formatDate } from '../../../../lib/format';
import { OUTCOME_COLOURS } from '../../../persons/components/screening-outcome-preview';
import { useScreenings } from '../../../persons/hooks/use-persons';
import { SCREENING_CHECKLISTS, type ChecklistName } from '../../../persons/screening-form-values';
import { useCaseTranslation } from '../../use-case-translation';
import { FactList, SectionCard, SectionEmpty } from '../section-card';

/** Every screening of the case's person, newest first: outcome, reasons, and each element found with its evidence. */
export function ScreeningsSection({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useCaseTranslation('cases');
  const screenings = useScreenings(detail.personId);
  const canScreen = detail.allowedActions.includes('screening.create');
  return (
    <SectionCard
      title={t('cases:sections.screening')}
      description={t('cases:screenings.description')}
      actions={canScreen && <Button variant="light" component={Link} to={`/persons/${detail.personId}/screen`} leftSection={<IconClipboardCheck size={16} aria-hidden />}>{t('cases:actions.screenAgain')}</Button>}
    >
      {screenings.isPending ? (
        <Skeleton height={160} />
      ) : screenings.error ? (
        <ProblemAlert error={screenings.error} onRetry={() => void screenings.refetch()} />
      ) : screenings.data.items.length === 0 ? (
        <SectionEmpty title={t('cases:screenings.none')} />
      ) : (
        <Accordion variant="separated" multiple defaultValue={[screenings.data.items[0]!.id]}>
          {screenings.data.items.map((screening) => (
            <Accordion.Item key={screening.id} value={screening.id}>
              <Accordion.Control>
                <Group gap="xs">
                  <Text size="sm" fw={600}>{formatDate(screening.screenedOn, i18n.language)}</Text>
                  <Badge color={OUTCOME_COLOURS[screening.outcome]}>{t(`cases:vocab.outcome.${screening.outcome}`)}</Badge>
                  {screening.isChild && <Badge variant="outline" color="grape">{t('cases:child')}</Badge>}
                  {screening.id === detail.screeningId && <Badge variant="light" color="gray">{t('cases:screenings.openedFrom')}</Badge>}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  <FactList
                    facts={[
                      { label: t('persons:screening.actDate'), value: screening.actDate ? formatDate(screening.actDate, i18n.language) : '—' },
                      { label: t('persons:screening.ageAtAct'), value: screening.ageAtAct ?? '—' },
                      { label: t('persons:screening.forcedCriminality'), value: screening.forcedCriminality ? t('cases:yes') : t('cases:no') },
                    ]}
                  />
                  <List size="sm">
                    {(screening.reasons as ScreeningAssessment['reasons']).map((reason) => <List.Item key={reason}>{t(`persons:screening.reasons.${reason}`, { defaultValue: reason })}</List.Item>)}
                  </List>
                  {(Object.keys(SCREENING_CHECKLISTS) as ChecklistName[]).map((name) => (
                    <Stack key={name} gap={4}>
                      <Text size="sm" fw={600}>{t(`persons:screening.checklists.${name}`)}</Text>
                      {screening[name].length === 0 ? (
                        <Text size="sm" c="dimmed">{t('cases:screenings.noneFound')}</Text>
                      ) : (
                        <List size="sm">
                          {screening[name].map((element) => (
                            <List.Item key={element.code}>
                              {t(`cases:vocab.${SCREENING_CHECKLISTS[name].group}.${element.code}`, { defaultValue: element.code })}
                              {element.evidence && <Text span c="dimmed"> — {element.evidence}</Text>}
                            </List.Item>
                          ))}
                        </List>
                      )}
                    </Stack>
                  ))}
                  {screening.summary && <Text size="sm">{screening.summary}</Text>}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </SectionCard>
  );
}
