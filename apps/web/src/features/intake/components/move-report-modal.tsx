import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { checkReportMove, REPORT_CLOSURE_REASONS, REPORT_STATUSES, type ReportClosureReason, type ReportDetail, type ReportStatus } from '@ctip/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { OrganisationSelect } from '../../organisations/components/organisation-select';
import { applyNestedServerErrors } from '../../../lib/nested-field-errors';
import { useColleagues } from '../../users/hooks/use-colleagues';
import { useMoveReportStatus } from '../hooks/use-reports';
import { useIntakeTranslation } from '../use-intake-translation';
import { ReportStatusBadge } from './report-badges';

interface FormValues {
  to: ReportStatus;
  reason: string;
  closureReason: ReportClosureReason | null;
  assignedUserId: string | null;
  assignedOrganisationId: string | null;
}

// Roles whose holders may be assigned a report (they read reports; server: report.read).
const ASSIGNABLE_ROLES = new Set(['hotline_operator', 'investigator', 'case_worker']);

/** Props of {@link MoveReportModal}. */
export interface MoveReportModalProps {
  report: ReportDetail;
  /** The status the dialog opens on (the action chosen on the page). */
  initialTo: ReportStatus;
  opened: boolean;
  onClose(): void;
}

/**
 * Moves a report through triage, saying why: triage, assign (to a colleague, or to another
 * organisation, which is then given the report), action, or close with a reason. The rules of the
 * contracts (`checkReportMove`, applied by the server too) are checked as the dialog is filled:
 * nothing returns to "new", closing as a duplicate needs a link, as referred a referral.
 */
export function MoveReportModal({ report, initialTo, opened, onClose }: MoveReportModalProps) {
  const { t, describe } = useIntakeTranslation('intake');
  const move = useMoveReportStatus(report.id);
  const colleagues = useColleagues(opened);
  const [assignee, setAssignee] = useState<'user' | 'organisation'>('user');
  const [placedPaths, setPlacedPaths] = useState<string[]>([]);
  const isReferred = report.sharedWith.some((share) => share.kind === 'referral');
  const isLinked = report.links.length + report.hiddenLinks > 0;

  const form = useForm<FormValues>({
    initialValues: { to: initialTo, reason: '', closureReason: null, assignedUserId: null, assignedOrganisationId: null },
    validate: (values) => {
      const errors: Record<string, string> = {};
      if (values.reason.trim().length < 3) errors.reason = t('intake:move.reasonRequired');
      const hasAssignee = values.to === 'assigned' && Boolean(assignee === 'user' ? values.assignedUserId : values.assignedOrganisationId);
      for (const problem of checkReportMove(report.status, values.to, { closureReason: values.to === 'closed' ? values.closureReason : null, hasAssignee, isReferred, isLinked })) {
        const field = problem.path === 'assignedUserId' ? (assignee === 'user' ? 'assignedUserId' : 'assignedOrganisationId') : problem.path;
        errors[field] ??= t(`intake:fieldErrors.${problem.code}`);
      }
      return errors;
    },
  });

  useEffect(() => {
    if (!opened) return;
    form.setValues({ to: initialTo, reason: '', closureReason: null, assignedUserId: null, assignedOrganisationId: null });
    form.clearErrors();
    setAssignee('user');
    setPlacedPaths([]);
    move.reset();
    // Reset when the dialog opens, not on every render.
  }, [opened, initialTo]);

  const submit = (values: FormValues) => {
    const isAssigning = values.to === 'assigned';
    move.mutate(
      {
        to: values.to,
        reason: values.reason.trim(),
        closureReason: values.to === 'closed' ? values.closureReason : null,
        assignedUserId: isAssigning && assignee === 'user' ? values.assignedUserId : null,
        assignedOrganisationId: isAssigning && assignee === 'organisation' ? values.assignedOrganisationId : null,
      },
      {
        onSuccess: (updated) => {
          notifications.show({ color: 'teal', message: t('intake:move.done', { status: t(`intake:vocab.status.${updated.status}`) }) });
          onClose();
        },
        onError: (error) => setPlacedPaths(applyNestedServerErrors(form, error, describe)),
      },
    );
  };

  const colleagueOptions = (colleagues.data?.items ?? []).filter((person) => person.roles.some((role) => ASSIGNABLE_ROLES.has(role))).map((person) => ({ value: person.id, label: person.displayName }));
  return (
    <Modal opened={opened} onClose={onClose} title={t('intake:move.title')} size="lg" closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Group gap="xs">
            <Text size="sm">{t('intake:move.current')}:</Text>
            <ReportStatusBadge status={report.status} closureReason={report.closureReason} />
          </Group>
          {move.error != null && <ProblemAlert error={move.error} placedFields={placedPaths} />}
          <Select
            label={t('intake:move.to')}
            description={t('intake:move.rulesHint')}
            allowDeselect={false}
            data={REPORT_STATUSES.filter((status) => status !== 'new').map((status) => ({ value: status, label: t(`intake:vocab.status.${status}`) }))}
            {...form.getInputProps('to')}
          />
          {form.values.to === 'assigned' && (
            <Stack gap="xs">
              <SegmentedControl
                aria-label={t('intake:move.assignTo')}
                value={assignee}
                onChange={(value) => setAssignee(value as 'user' | 'organisation')}
                data={[
                  { value: 'user', label: t('intake:move.aColleague') },
                  { value: 'organisation', label: t('intake:move.anOrganisation') },
                ]}
              />
              {assignee === 'user' ? (
                <Select label={t('intake:move.colleague')} searchable selectFirstOptionOnChange data={colleagueOptions} nothingFoundMessage={t('intake:move.noColleague')} {...form.getInputProps('assignedUserId')} />
              ) : (
                <>
                  <OrganisationSelect
                    label={t('intake:move.organisation')}
                    onlyActive
                    value={form.values.assignedOrganisationId}
                    onChange={(id) => form.setFieldValue('assignedOrganisationId', id)}
                    error={form.errors.assignedOrganisationId as string | undefined}
                  />
                  <Text size="xs" c="dimmed">{t('intake:move.organisationGetsAccess')}</Text>
                </>
              )}
            </Stack>
          )}
          {form.values.to === 'closed' && (
            <Select label={t('intake:move.closureReason')} required allowDeselect={false} data={REPORT_CLOSURE_REASONS.map((reason) => ({ value: reason, label: t(`intake:vocab.closureReason.${reason}`) }))} {...form.getInputProps('closureReason')} />
          )}
          <Textarea label={t('intake:move.reason')} description={t('intake:move.reasonHint')} required autosize minRows={2} maxLength={2000} data-autofocus {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={move.isPending}>{t('intake:move.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
