import { Alert, Anchor, Badge, Box, Button, Container, Group, Paper, Select, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { IconInfoCircle, IconLogin, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SITE_STATUSES, type Locale, type PublicSite, type SiteStatus } from '@ctip/contracts';
import { EmptyState } from '../../../components/empty-state';
import { LanguageSwitch } from '../../../components/language-switch';
import { ProblemAlert } from '../../../components/problem-alert';
import { nameIn, otherNameIn } from '../../../lib/bilingual';
import { formatDate, formatDateTime } from '../../../lib/format';
import { changeInterfaceLanguage } from '../../auth/session-actions';
import { SiteStatusBadge } from '../../sites/components/site-badges';
import { StatusTimeline } from '../../sites/components/status-timeline';
import { listPublishedSites } from '../api';
import { allProvinces, provinceNamesOf } from '../province-names';

/** One published site: the place, its current status and its dated history with sources. */
function PublicSiteCard({ site }: { site: PublicSite }) {
  const { t, i18n } = useTranslation(['public-portal', 'sites']);
  const province = provinceNamesOf(site.provinceCode);
  const provinceText = province ? nameIn(i18n.language, province.nameEn, province.nameKm) : site.provinceCode;
  const otherProvince = province ? otherNameIn(i18n.language, province.nameEn, province.nameKm) : null;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`public-site-${site.id}`} data-testid="public-site">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Title order={2} size="h4" id={`public-site-${site.id}`}>{site.name}</Title>
            {site.aliases.length > 0 && <Text size="sm" c="dimmed">{t('public-portal:alsoKnownAs', { names: site.aliases.join(' · ') })}</Text>}
          </Stack>
          <Group gap="xs">
            <SiteStatusBadge status={site.currentStatus} size="md" />
            <Text size="sm" c="dimmed">{t('public-portal:since', { date: formatDate(site.currentStatusOn, i18n.language) })}</Text>
          </Group>
        </Group>
        <Group gap="xs">
          <Badge variant="outline" color="dark">{t(`sites:vocab.kind.${site.kind}`)}</Badge>
          <Text size="sm">{provinceText}</Text>
          {otherProvince && <Text size="sm" c="dimmed">({otherProvince})</Text>}
        </Group>
        <Text size="sm" fw={600}>{t('public-portal:history')}</Text>
        <StatusTimeline entries={site.statusHistory} isLinked={false} testId="public-site-history" />
        <Text size="xs" c="dimmed">{t('public-portal:publishedOn', { date: formatDateTime(site.publishedAt, i18n.language) })}</Text>
      </Stack>
    </Paper>
  );
}

/**
 * The public list, for anyone without signing in: the places of exploitation whose history an
 * administrator published — raided or closed sites, each dated entry with its source (a
 * document, a press article, an operation; a report only as "a report"). Nothing about people
 * is ever on it. In English and Khmer.
 */
export function PublicSitesPage() {
  const { t, i18n } = useTranslation(['public-portal', 'sites', 'common']);
  useDocumentTitle(`${t('public-portal:title')} · ctip`);
  const sites = useQuery({ queryKey: ['public', 'sites'], queryFn: ({ signal }) => listPublishedSites(signal), staleTime: 5 * 60_000 });
  const [searchText, setSearchText] = useState('');
  const [search] = useDebouncedValue(searchText.trim().toLocaleLowerCase(), 200);
  const [province, setProvince] = useState<string | null>(null);
  const [status, setStatus] = useState<SiteStatus | null>(null);
  const shown = (sites.data?.items ?? []).filter(
    (site) =>
      (search === '' || [site.name, ...site.aliases].some((name) => name.toLocaleLowerCase().includes(search))) &&
      (province === null || site.provinceCode === province) &&
      (status === null || site.currentStatus === status),
  );
  const provinceOptions = allProvinces()
    .map((item) => ({ value: item.code, label: nameIn(i18n.language, item.nameEn, item.nameKm) }))
    .sort((left, right) => left.label.localeCompare(right.label, i18n.language));
  return (
    <Box bg="gray.0" mih="100vh">
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="lg" py="sm">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Group gap="sm" wrap="nowrap">
              <Text fw={800} size="lg" c="ctip.8">ctip</Text>
              <Text size="sm" c="dimmed" visibleFrom="sm">{t('common:productName')}</Text>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <LanguageSwitch size="xs" value={i18n.language as Locale} onChange={(locale) => void changeInterfaceLanguage(locale).catch(() => undefined)} />
              <Button component={Link} to="/" variant="default" size="xs" leftSection={<IconLogin size={14} aria-hidden />}>{t('public-portal:signIn')}</Button>
            </Group>
          </Group>
        </Container>
      </Box>
      <Container size="lg" py="lg" component="main" id="main-content">
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={1} size="h2">{t('public-portal:title')}</Title>
            <Text c="dimmed" maw={760}>{t('public-portal:intro')}</Text>
          </Stack>
          <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} title={t('public-portal:aboutTitle')}>
            <Stack gap={4}>
              <Text size="sm">{t('public-portal:aboutSources')}</Text>
              <Text size="sm">{t('public-portal:aboutPeople')}</Text>
            </Stack>
          </Alert>
          <Paper withBorder p="sm" component="form" role="search" aria-label={t('public-portal:filters')} onSubmit={(event) => event.preventDefault()}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput type="search" label={t('public-portal:search')} leftSection={<IconSearch size={16} aria-hidden />} value={searchText} onChange={(event) => setSearchText(event.currentTarget.value)} maxLength={200} />
              <Select label={t('public-portal:province')} placeholder={t('public-portal:any')} clearable searchable data={provinceOptions} value={province} onChange={setProvince} />
              <Select label={t('public-portal:status')} placeholder={t('public-portal:any')} clearable data={SITE_STATUSES.map((value) => ({ value, label: t(`sites:vocab.status.${value}`) }))} value={status} onChange={(value) => setStatus(value as SiteStatus | null)} />
            </SimpleGrid>
          </Paper>
          {sites.isPending ? (
            <Stack gap="md" aria-hidden>
              <Skeleton height={180} />
              <Skeleton height={180} />
            </Stack>
          ) : sites.error ? (
            <ProblemAlert error={sites.error} onRetry={() => void sites.refetch()} />
          ) : shown.length === 0 ? (
            <Paper withBorder>
              <EmptyState
                title={sites.data.items.length === 0 ? t('public-portal:noneTitle') : t('public-portal:noMatchTitle')}
                description={sites.data.items.length === 0 ? t('public-portal:noneDescription') : t('public-portal:noMatchDescription')}
              />
            </Paper>
          ) : (
            <Stack gap="md">
              <Text size="sm" c="dimmed" aria-live="polite">{t('public-portal:count', { shown: shown.length, total: sites.data.items.length })}</Text>
              {shown.map((site) => <PublicSiteCard key={site.id} site={site} />)}
            </Stack>
          )}
          <Text size="xs" c="dimmed">
            {t('public-portal:footer')} <Anchor component={Link} to="/" size="xs">{t('public-portal:signInLink')}</Anchor>
          </Text>
        </Stack>
      </Container>
    </Box>
  );
}
