import { Badge, Group, Tooltip, type MantineColor } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SitePattern, SiteStatus } from '@ctip/contracts';

const STATUS_COLOURS: Record<SiteStatus, MantineColor> = { reported: 'blue', under_investigation: 'cyan', raided: 'orange', closed: 'gray', reopened: 'red', licensed: 'grape' };

/** A site's status, coloured: reopened in red, licensed in purple. */
export function SiteStatusBadge({ status, size = 'sm' }: { status: SiteStatus; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation('sites');
  return (
    <Badge size={size} color={STATUS_COLOURS[status]} variant="light" data-testid="site-status-badge">
      {t(`sites:vocab.status.${status}`)}
    </Badge>
  );
}

/** The patterns a site shows, as warning flags with what each means. */
export function PatternBadges({ patterns }: { patterns: readonly SitePattern[] }) {
  const { t } = useTranslation('sites');
  if (patterns.length === 0) return null;
  return (
    <Group gap={4}>
      {patterns.map((pattern) => (
        <Tooltip key={pattern} label={t(`sites:patterns.explained.${pattern}`)} multiline w={260}>
          <Badge size="sm" color="red" variant="outline" leftSection={<IconAlertTriangle size={11} aria-hidden />} data-testid="pattern-badge" tabIndex={0}>
            {t(`sites:vocab.pattern.${pattern}`)}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
