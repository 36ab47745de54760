import { Alert, Button, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Person, Screening, ScreeningAssessment } from '@ctip/contracts';
import { useSession } from '../../auth/session-store';
import { PersonForm } from '../../persons/components/person-form';
import { ScreeningForm } from '../../persons/components/screening-form';
import { ScreeningOutcomePreview } from '../../persons/components/screening-outcome-preview';
import { useCreatePerson, useCreateScreening } from '../../persons/hooks/use-persons';
import { emptyPersonForm } from '../../persons/person-form-values';
import { canOnCases } from '../case-permissions';
import { todayUtc } from '../dates';
import { useCaseTranslation } from '../use-case-translation';
import { OpenCaseForm } from './open-case-form';

/** Props of {@link CaseIntakeFlow}. */
export interface CaseIntakeFlowProps {
  /** An existing person to screen (again); without one, the flow starts by recording a person. */
  person?: Person;
}

/**
 * From a person to a case in three steps: record the person (with possible existing persons
 * shown while typing), screen them against the legal definition (outcome previewed live), then
 * open a case when the screening found a presumed victim or calls for further assessment.
 */
export function CaseIntakeFlow({ person: existingPerson }: CaseIntakeFlowProps) {
  const { t } = useCaseTranslation('cases');
  const session = useSession();
  const navigate = useNavigate();
  const [person, setPerson] = useState<Person | null>(existingPerson ?? null);
  const [screening, setScreening] = useState<Screening | null>(null);
  const createPerson = useCreatePerson();
  const createScreening = useCreateScreening();
  const active = person === null ? 0 : screening === null ? 1 : 2;
  const canOpenCase = canOnCases(session, 'case.create');

  return (
    <Stepper active={active} allowNextStepsSelect={false} size="sm" iconSize={32}>
      <Stepper.Step label={t('cases:intake.personStep')} description={person ? person.displayName : t('cases:intake.personStepHint')}>
        <Paper withBorder p={{ base: 'sm', sm: 'lg' }} mt="md">
          <PersonForm
            initialValues={emptyPersonForm(todayUtc())}
            submitLabel={t('cases:intake.savePerson')}
            isDuplicateCheckOn
            onUseExisting={(personId) => navigate(`/persons/${personId}/screen`)}
            onSubmit={async (input) => setPerson(await createPerson.mutateAsync(input))}
          />
        </Paper>
      </Stepper.Step>
      <Stepper.Step label={t('cases:intake.screeningStep')} description={t('cases:intake.screeningStepHint')}>
        {person && (
          <Paper withBorder p={{ base: 'sm', sm: 'lg' }} mt="md">
            <Stack gap="md">
              <Title order={2} size="h4">{t('cases:intake.screeningTitle', { name: person.displayName })}</Title>
              <ScreeningForm
                birth={person.birth}
                submitLabel={t('cases:intake.saveScreening')}
                onSubmit={async (input) => setScreening(await createScreening.mutateAsync({ personId: person.id, body: input }))}
              />
            </Stack>
          </Paper>
        )}
      </Stepper.Step>
      <Stepper.Step label={t('cases:intake.caseStep')} description={t('cases:intake.caseStepHint')}>
        {person && screening && (
          <Stack gap="md" mt="md">
            <ScreeningOutcomePreview
              assessment={{ outcome: screening.outcome, isChild: screening.isChild, reasons: screening.reasons as ScreeningAssessment['reasons'] }}
              ageAtAct={screening.ageAtAct}
              isAgeFromBirth={false}
              isRecorded
            />
            {screening.forcedCriminality && (
              <Alert color="violet" variant="light" icon={<IconInfoCircle aria-hidden />}>{t('cases:intake.nonPunishment')}</Alert>
            )}
            {screening.outcome === 'not_indicated' ? (
              <Paper withBorder p="lg">
                <Stack gap="sm">
                  <Text>{t('cases:intake.notIndicated')}</Text>
                  <Group>
                    <Button variant="light" onClick={() => setScreening(null)}>{t('cases:intake.screenAgain')}</Button>
                    <Button variant="default" component={Link} to="/cases">{t('cases:intake.backToList')}</Button>
                  </Group>
                </Stack>
              </Paper>
            ) : canOpenCase ? (
              <Paper withBorder p={{ base: 'sm', sm: 'lg' }}>
                <Stack gap="md">
                  <Title order={2} size="h4">{t('cases:open.title')}</Title>
                  <OpenCaseForm screeningId={screening.id} initialTypes={screening.forcedCriminality ? ['forced_criminality'] : []} />
                </Stack>
              </Paper>
            ) : (
              <Alert color="blue" variant="light">{t('cases:intake.cannotOpen')}</Alert>
            )}
          </Stack>
        )}
      </Stepper.Step>
    </Stepper>
  );
}
