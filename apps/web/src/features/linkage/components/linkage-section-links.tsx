import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

/** The four pages of record linkage, in the order a reviewer uses them. */
export const LINKAGE_SECTIONS = [
  { path: '/admin/linkage', labelKey: 'sections.runs' },
  { path: '/admin/linkage/model', labelKey: 'sections.model' },
  { path: '/admin/linkage/review', labelKey: 'sections.review' },
  { path: '/admin/linkage/matches', labelKey: 'sections.matches' },
] as const;

/** Links between the pages of record linkage (runs, model, review queue, matches); the current one is marked. */
export function LinkageSectionLinks() {
  const { t } = useTranslation('linkage');
  const { pathname } = useLocation();
  return (
    <Group component="nav" aria-label={t('sections.label')} gap="xs" mb="lg" wrap="wrap">
      {LINKAGE_SECTIONS.map((section) => {
        const isCurrent = pathname === section.path;
        return (
          <Button
            key={section.path}
            component={Link}
            to={section.path}
            size="compact-sm"
            variant={isCurrent ? 'filled' : 'light'}
            aria-current={isCurrent ? 'page' : undefined}
          >
            {t(section.labelKey)}
          </Button>
        );
      })}
    </Group>
  );
}
