import { Skeleton, Stack } from '@mantine/core';

/** What a page shows while its code or data loads: the outline of a heading and a table. */
export function PageSkeleton() {
  return (
    <Stack gap="md" aria-hidden>
      <Skeleton height={32} width="40%" />
      <Skeleton height={16} width="60%" />
      <Skeleton height={220} />
    </Stack>
  );
}
