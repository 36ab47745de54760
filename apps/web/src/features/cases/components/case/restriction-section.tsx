import { Badge, Button, Checkbox, Group, Modal, Skeleton, Stack, Switch, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { CaseDetail } from '@ctip/contracts';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useSession } from '../../../auth/session-store';
import { useColleagues } from '../../../users/hooks/use-colleagues';
import { useRestriction, useSetRestriction, useTimeline } from '../../hooks/use-case-queries';
import { useCaseTranslation } from '../../use-case-translation';
import { SectionCard } from '../section-card';

/**
 * People who may be named on a restriction: the user's colleagues, those of other organisations
 * who have worked on the case (assigned, moved its stage, recorded something in it) and those
 * already named. The server refuses anyone outside the organisations working on the case.
 */
function useKnownPeople(detail: CaseDetail, named: Array<{ id: string; displayName: string }>) {
  const session = useSession();
  const timeline = useTimeline(detail.id);
  const colleagues = useColleagues();
  const people = new Map<string, string>([[session.user.id, session.user.displayName]]);
  for (const colleague of colleagues.data?.items ?? []) people.set(colleague.id, colleague.displayName);
  if (detail.assignedUser) people.set(detail.assignedUser.id, detail.assignedUser.displayName);
  for (const move of detail.stageHistory) people.set(move.movedBy.id, move.movedBy.displayName);
  for (const item of timeline.data?.items ?? []) if (item.by) people.set(item.by.id, item.by.displayName);
  for (const person of named) people.set(person.id, person.displayName);
  return [...people.entries()].map(([id, displayName]) => ({ id, displayName, isSelf: id === session.user.id }));
}

/** Who may open a restricted case: the flag, the named users, and (for those allowed) changing them. */
export function RestrictionSection({ detail }: { detail: CaseDetail }) {
  const { t } = useCaseTranslation('cases');
  const restriction = useRestriction(detail.id, true);
  const [isEditing, editing] = useDisclosure(false);
  const canRestrict = detail.allowedActions.includes('case.restrict');
  return (
    <SectionCard
      title={t('cases:sections.restriction')}
      description={t('cases:restriction.description')}
      actions={canRestrict && <Button variant="light" leftSection={<IconLock size={16} aria-hidden />} onClick={editing.open}>{t('cases:restriction.change')}</Button>}
    >
      {restriction.isPending ? (
        <Skeleton height={60} />
      ) : restriction.error ? (
        <ProblemAlert error={restriction.error} onRetry={() => void restriction.refetch()} />
      ) : restriction.data.restricted ? (
        <Stack gap="xs">
          <Text size="sm">{t('cases:restriction.restrictedTo')}</Text>
          <Group gap={4}>{restriction.data.users.map((user) => <Badge key={user.id} variant="light" color="dark">{user.displayName}</Badge>)}</Group>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">{t('cases:restriction.notRestricted')}</Text>
      )}
      {restriction.data && <RestrictionModal detail={detail} current={restriction.data} opened={isEditing} onClose={editing.close} />}
    </SectionCard>
  );
}

function RestrictionModal({ detail, current, opened, onClose }: { detail: CaseDetail; current: { restricted: boolean; users: Array<{ id: string; displayName: string }> }; opened: boolean; onClose(): void }) {
  const { t } = useCaseTranslation('cases');
  const people = useKnownPeople(detail, current.users);
  const selfId = people.find((person) => person.isSelf)?.id ?? '';
  const save = useSetRestriction(detail.id);
  const [isRestricted, setIsRestricted] = useState(current.restricted);
  const [userIds, setUserIds] = useState<string[]>(current.users.map((user) => user.id));
  useEffect(() => {
    if (!opened) return;
    setIsRestricted(current.restricted);
    setUserIds(current.users.map((user) => user.id));
    save.reset();
    // Reset when the dialog opens.
  }, [opened]);
  const submit = () =>
    save.mutate(
      { restricted: isRestricted, userIds: isRestricted ? userIds : [] },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('cases:saved') });
          onClose();
        },
      },
    );
  return (
    <Modal opened={opened} onClose={onClose} title={t('cases:restriction.change')} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <Stack gap="md">
        {save.error != null && <ProblemAlert error={save.error} />}
        <Switch label={t('cases:restriction.restrict')} checked={isRestricted} onChange={(event) => setIsRestricted(event.currentTarget.checked)} />
        {isRestricted && (
          <Checkbox.Group label={t('cases:restriction.users')} description={t('cases:restriction.usersHint')} value={[...new Set([selfId, ...userIds])]} onChange={(ids) => setUserIds(ids.filter((id) => id !== selfId))}>
            <Stack gap="xs" mt="xs">
              {people.map((person) => (
                <Checkbox key={person.id} value={person.id} label={person.isSelf ? t('cases:restriction.you', { name: person.displayName }) : person.displayName} disabled={person.isSelf} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button onClick={submit} loading={save.isPending}>{t('common:actions.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
