import { Badge, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowsExchange, IconClipboardCheck, IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { CaseDetail } from '@ctip/contracts';
import { formatDate } from '../../../../lib/format';
import { useSession } from '../../../auth/session-store';
import { useColleagues } from '../../../users/hooks/use-colleagues';
import { useUpdateCase } from '../../hooks/use-case-queries';
import { useCaseTranslation } from '../../use-case-translation';
import { OwnerAndAccess } from '../organisation-label';
import { FactList } from '../section-card';
import { StageBadges } from '../stage-badges';

/** Props of {@link CaseHeader}. */
export interface CaseHeaderProps {
  detail: CaseDetail;
  onMoveStage(): void;
}

/**
 * The top of a case page: its number (the page's heading), the person's name when the user
 * sees identity, the stage in both vocabularies, flags (restricted, child, non-punishment,
 * demo), the owner and how the user has access, and the case's main actions.
 */
export function CaseHeader({ detail, onMoveStage }: CaseHeaderProps) {
  const { t, i18n } = useCaseTranslation('cases');
  const session = useSession();
  useDocumentTitle(`${detail.caseNumber} · ctip`);
  const canMove = detail.allowedActions.includes('case.move_stage');
  const canScreen = detail.allowedActions.includes('screening.create');
  // Only the owning organisation assigns, and only to its own case workers.
  const canAssign = detail.allowedActions.includes('case.update') && detail.access === 'owner' && session.user.roles.includes('case_worker');
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} mb="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={4}>
            <Group gap="sm" wrap="wrap">
              <Title order={1} size="h2" className="ctip-monospace">{detail.caseNumber}</Title>
              {detail.isDemo && <Badge color="yellow">{t('cases:demo')}</Badge>}
            </Group>
            {detail.displayName ? (
              <Text size="lg" fw={600} data-testid="case-person-name">{detail.displayName}</Text>
            ) : (
              <Text c="dimmed">{t('cases:identityHidden')}</Text>
            )}
          </Stack>
          <Group gap="xs">
            {canScreen && (
              <Button variant="default" component={Link} to={`/persons/${detail.personId}/screen`} leftSection={<IconClipboardCheck size={16} aria-hidden />}>
                {t(detail.screeningId === null ? 'cases:actions.screen' : 'cases:actions.screenAgain')}
              </Button>
            )}
            {canMove && (
              <Button onClick={onMoveStage} leftSection={<IconArrowsExchange size={16} aria-hidden />}>{t('cases:actions.moveStage')}</Button>
            )}
          </Group>
        </Group>
        <Group gap="xs" wrap="wrap">
          <StageBadges stage={detail.stage} mosvyStage={detail.mosvyStage} size="md" />
          {detail.restricted && <Badge color="dark" leftSection={<IconLock size={12} aria-hidden />}>{t('cases:restricted')}</Badge>}
          {detail.isChild && <Badge color="grape" variant="light">{t('cases:child')}</Badge>}
          {detail.nonPunishment && <Badge color="violet" variant="light">{t('cases:nonPunishmentFlag')}</Badge>}
        </Group>
        <FactList
          cols={4}
          facts={[
            { label: t('cases:fields.owner'), value: <OwnerAndAccess ownerOrganisation={detail.ownerOrganisation} access={detail.access} /> },
            { label: t('cases:fields.access'), value: t(`cases:access.${detail.access}Long`) },
            {
              label: t('cases:fields.assignedUser'),
              value: (
                <Group gap="xs" component="span">
                  {canAssign ? <AssigneeSelect detail={detail} /> : <span>{detail.assignedUser?.displayName ?? t('cases:unassigned')}</span>}
                </Group>
              ),
            },
            { label: t('cases:fields.openedOn'), value: formatDate(detail.openedOn, i18n.language) },
            {
              label: t('cases:fields.nextFollowUp'),
              value: detail.nextFollowUpDue ? (
                <Text span size="sm" c={detail.followUpOverdue ? 'red.8' : undefined} fw={detail.followUpOverdue ? 700 : undefined}>
                  {formatDate(detail.nextFollowUpDue, i18n.language)} {detail.followUpOverdue && `(${t('cases:overdue')})`}
                </Text>
              ) : '—',
            },
            ...(detail.closedOn ? [{ label: t('cases:fields.closedOn'), value: `${formatDate(detail.closedOn, i18n.language)}${detail.closureReason ? ` · ${t(`cases:vocab.closureReason.${detail.closureReason}`)}` : ''}` }] : []),
          ]}
        />
      </Stack>
    </Paper>
  );
}

/** Who the case is assigned to, chosen among the organisation's case workers. */
function AssigneeSelect({ detail }: { detail: CaseDetail }) {
  const { t } = useCaseTranslation('cases');
  const colleagues = useColleagues();
  const assign = useUpdateCase(detail.id);
  const options = (colleagues.data?.items ?? []).filter((person) => person.roles.includes('case_worker')).map((person) => ({ value: person.id, label: person.displayName }));
  if (detail.assignedUser && !options.some((option) => option.value === detail.assignedUser!.id)) options.unshift({ value: detail.assignedUser.id, label: detail.assignedUser.displayName });
  return (
    <Select
      aria-label={t('cases:fields.assignedUser')}
      size="xs"
      data={options}
      value={detail.assignedUser?.id ?? null}
      placeholder={t('cases:unassigned')}
      searchable
      allowDeselect={false}
      disabled={assign.isPending || colleagues.isPending}
      nothingFoundMessage={t('cases:assignNobody')}
      onChange={(userId) => {
        if (userId && userId !== detail.assignedUser?.id) assign.mutate({ assignedUserId: userId }, { onError: () => notifications.show({ color: 'red', message: t('cases:assignFailed') }) });
      }}
      miw={200}
    />
  );
}
