import { Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { canCommit, type AnyImportJob } from '../import-mapping';

/** Props of {@link ImportCommitBar}. */
export interface ImportCommitBarProps {
  job: AnyImportJob;
  /** What the commit will do, once every row passed (the kind's words). */
  readyText: string;
  /** Something else the commit needs is missing (the kind's request fields). */
  isBlocked?: boolean;
  isPending: boolean;
  onCommit(): void;
}

/** After a dry run: whether every row passed, and the button that imports them (all, or none). */
export function ImportCommitBar({ job, readyText, isBlocked = false, isPending, onCommit }: ImportCommitBarProps) {
  const { t } = useTranslation('case-exchange');
  const isReady = canCommit(job);
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm">{isReady ? readyText : t('case-exchange:import.fixFirst')}</Text>
        <Button disabled={!isReady || isBlocked} loading={isPending} onClick={onCommit}>{t('case-exchange:import.commit')}</Button>
      </Group>
    </Paper>
  );
}
