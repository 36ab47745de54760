import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** Props of {@link SectionCard}. */
export interface SectionCardProps {
  title: string;
  description?: string;
  actions?: ReactNode;
  children: ReactNode;
}

/** One part of the case page: a titled card with its actions. */
export function SectionCard({ title, description, actions, children }: SectionCardProps) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
          <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Title order={2} size="h4">{title}</Title>
            {description && <Text size="sm" c="dimmed" maw={720}>{description}</Text>}
          </Stack>
          {actions && <Group gap="xs" justify="flex-end">{actions}</Group>}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** Props of {@link FactList}. */
export interface FactListProps {
  facts: Array<{ label: string; value: ReactNode; key?: string }>;
  cols?: number;
}

/** Labelled facts in a grid (a definition list for screen readers). */
export function FactList({ facts, cols = 3 }: FactListProps) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: cols }} spacing="sm" verticalSpacing="xs" m={0}>
      {facts.map((fact) => (
        <div key={fact.key ?? fact.label}>
          <Text component="dt" size="xs" c="dimmed">{fact.label}</Text>
          <Text component="dd" size="sm" m={0}>{fact.value ?? '—'}</Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

/** What an empty part of the case page says: one quiet line, not a full empty state. */
export function SectionEmpty({ title, description }: { title: string; description?: string }) {
  return (
    <Text size="sm" c="dimmed" py="xs">
      {title}
      {description ? ` — ${description}` : ''}
    </Text>
  );
}
