import { Badge, Button, Group, Modal, Radio, Select, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { checkStageMove, CLOSURE_REASONS, MOSVY_STAGE_OF, moveStageInputSchema, type CaseDetail, type CaseStage, type ClosureReason } from '@ctip/contracts';
import { ProblemAlert } from '../../../../components/problem-alert';
import { validateWithSchema } from '../../../../lib/form-errors';
import { applyCaseServerErrors } from '../../form-errors';
import { useEntries } from '../../hooks/use-care-queries';
import { useConsents, useMoveStage } from '../../hooks/use-case-queries';
import { caseFactsOf, stageOptionsOf } from '../../stage-moves';
import { useCaseTranslation } from '../../use-case-translation';
import { vocabularyOptions } from '../../vocabulary';

interface FormValues {
  to: CaseStage | '';
  reason: string;
  closureReason: ClosureReason | null;
}

/** Where the rules' problems show in the dialog: anything about the case itself shows on the choice of stage. */
const FIELD_OF_PROBLEM: Record<string, keyof FormValues> = { reason: 'reason', closureReason: 'closureReason' };

/** Props of {@link StageMoveModal}. */
export interface StageMoveModalProps {
  detail: CaseDetail;
  opened: boolean;
  onClose(): void;
}

/**
 * Moves a case to another stage. Offers every stage, with those the rules block disabled and the
 * reason shown beneath (a missing repatriation record, consent, guardian or best-interest
 * determination), exactly as the contracts' `checkStageMove` — which the server applies too —
 * decides. Every move needs a reason; closing also needs why.
 */
export function StageMoveModal({ detail, opened, onClose }: StageMoveModalProps) {
  const { t, tField } = useCaseTranslation('cases');
  const sees = (section: string) => detail.visibleSections.includes(section as never);
  const repatriation = useEntries(detail.id, 'repatriation', opened && sees('repatriation'));
  const consents = useConsents(detail.id, opened && sees('consents'));
  const move = useMoveStage(detail.id);
  const isLoadingFacts = (sees('repatriation') && repatriation.isPending) || (sees('consents') && consents.isPending);
  const facts = caseFactsOf(detail, repatriation.data?.items ?? [], consents.data?.items ?? []);
  const options = stageOptionsOf(facts);

  const form = useForm<FormValues>({
    initialValues: { to: '', reason: '', closureReason: null },
    validate: (values) => {
      const body = { to: values.to || undefined, reason: values.reason, closureReason: values.to === 'closed' ? values.closureReason : null };
      const errors = validateWithSchema(moveStageInputSchema, body, tField);
      if (values.to) {
        for (const problem of checkStageMove(facts, { to: values.to, reason: values.reason, closureReason: body.closureReason })) {
          const field = FIELD_OF_PROBLEM[problem.field] ?? 'to';
          errors[field] ??= t(`cases:fieldErrors.${problem.code}`);
        }
      }
      return errors;
    },
  });

  useEffect(() => {
    if (!opened) return;
    form.reset();
    move.reset();
    // Reset when the dialog opens, not on every render.
  }, [opened]);

  const submit = (values: FormValues) => {
    if (!values.to) return;
    move.mutate(
      { to: values.to, reason: values.reason.trim(), closureReason: values.to === 'closed' ? values.closureReason : null },
      {
        onSuccess: (updated) => {
          notifications.show({ color: 'teal', message: t('cases:stageMove.done', { stage: t(`cases:vocab.stage.${updated.stage}`) }) });
          onClose();
        },
        onError: (error) => applyCaseServerErrors(form, error, tField),
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('cases:stageMove.title')} size="lg" closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t('cases:stageMove.current')}: <Text span fw={700}>{t(`cases:vocab.stage.${detail.stage}`)}</Text>
          </Text>
          {move.error != null && <ProblemAlert error={move.error} placedFields={['to', 'reason', 'closureReason']} />}
          {isLoadingFacts ? (
            <Skeleton height={200} />
          ) : (
            <Radio.Group label={t('cases:stageMove.to')} description={t('cases:stageMove.rulesHint')} required {...form.getInputProps('to')}>
              <Stack gap="sm" mt="xs">
                {options.map((option) => {
                  const isBlocked = option.blockers.length > 0;
                  return (
                    <Radio
                      key={option.stage}
                      value={option.stage}
                      disabled={isBlocked}
                      label={
                        <Group gap={6}>
                          <span>{t(`cases:vocab.stage.${option.stage}`)}</span>
                          <Text span size="xs" c="dimmed">({t('cases:stage.mosvy', { stage: t(`cases:vocab.mosvyStage.${MOSVY_STAGE_OF[option.stage]}`) })})</Text>
                          {option.isBackward && <Badge size="xs" variant="outline" color="gray">{t('cases:stageMove.back')}</Badge>}
                          {isBlocked && <Badge size="xs" color="red" variant="light">{t('cases:stageMove.blocked')}</Badge>}
                        </Group>
                      }
                      description={
                        isBlocked ? (
                          <Stack gap={0} component="span">
                            {option.blockers.map((problem) => <Text key={problem.code} span size="xs" c="red.8">• {t(`cases:fieldErrors.${problem.code}`)}</Text>)}
                          </Stack>
                        ) : undefined
                      }
                      data-testid={`stage-option-${option.stage}`}
                    />
                  );
                })}
              </Stack>
            </Radio.Group>
          )}
          <Textarea label={t('cases:stageMove.reason')} description={t('cases:stageMove.reasonHint')} required autosize minRows={2} maxLength={2000} {...form.getInputProps('reason')} />
          {form.values.to === 'closed' && (
            <Select label={t('cases:stageMove.closureReason')} required data={vocabularyOptions(t, 'closureReason', CLOSURE_REASONS)} {...form.getInputProps('closureReason')} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={move.isPending} disabled={isLoadingFacts}>{t('cases:stageMove.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
