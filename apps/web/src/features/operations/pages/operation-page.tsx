import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconFolders, IconShieldQuestion } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import type { OperationDetail } from '@ctip/contracts';
import { EmptyState } from '../../../components/empty-state';
import { PageSkeleton } from '../../../components/page-skeleton';
import { ProblemAlert } from '../../../components/problem-alert';
import { isApiError } from '../../../lib/api-error';
import { formatDate, formatNumber } from '../../../lib/format';
import { useCountryName, useProvinceName } from '../../cases/components/place-selects';
import { FactList, SectionCard, SectionEmpty } from '../../cases/components/section-card';
import { useIntakeTranslation } from '../../intake/use-intake-translation';
import { organisationNameIn } from '../../organisations/organisation-name';
import { useOperation } from '../hooks/use-operations';

/** The survivor cases the operation opened: links for the organisation that owns them, a count for the others. */
function SurvivorCases({ operation }: { operation: OperationDetail }) {
  const { t, i18n } = useIntakeTranslation('operations');
  const receiving = operation.receivingOrganisation ? organisationNameIn(i18n.language, operation.receivingOrganisation) : null;
  if (operation.individualsRecorded === 0) return <SectionEmpty title={t('operations:page.noIndividuals')} />;
  if (operation.survivorCases === null) {
    return (
      <Alert color="blue" variant="light" icon={<IconFolders aria-hidden />} data-testid="survivor-cases">
        {t('operations:page.casesElsewhere', { value: formatNumber(operation.individualsRecorded, i18n.language), organisation: receiving ?? '—' })}
      </Alert>
    );
  }
  return (
    <Stack gap="xs" data-testid="survivor-cases">
      <Text size="sm">{t('operations:page.casesOpened', { value: formatNumber(operation.survivorCases.length, i18n.language), organisation: receiving ?? '—' })}</Text>
      <Group gap="xs">
        {operation.survivorCases.map((survivorCase) => (
          <Button key={survivorCase.caseId} component={Link} to={`/cases/${survivorCase.caseId}`} variant="light" size="xs" className="ctip-monospace">
            {survivorCase.caseNumber}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}

/**
 * An operation's page: kind, date and site; who led it, the agencies, who took the rescued
 * people in; the counts by nationality, sex and age group; arrests; evidence; the survivor cases
 * it opened (linked for their owner) and the reports it acted on.
 */
export function OperationPage() {
  const { t, i18n } = useIntakeTranslation('operations');
  const countryName = useCountryName();
  const provinceName = useProvinceName();
  const { operationId = '' } = useParams();
  const operation = useOperation(operationId);
  useDocumentTitle(operation.data ? `${t(`operations:vocab.kind.${operation.data.kind}`)} · ${operation.data.site.name} · ctip` : 'ctip');
  if (operation.isPending) return <PageSkeleton />;
  if (operation.error) {
    if (isApiError(operation.error, 'not_found')) {
      return (
        <EmptyState
          icon={<IconShieldQuestion size={26} />}
          title={t('operations:notFound.title')}
          description={t('operations:notFound.description')}
          action={<Button component={Link} to="/operations" variant="light">{t('operations:notFound.back')}</Button>}
        />
      );
    }
    return <ProblemAlert error={operation.error} onRetry={() => void operation.refetch()} />;
  }
  const detail = operation.data;
  const name = (organisation: { nameEn: string; nameKm: string | null }) => organisationNameIn(i18n.language, organisation);
  return (
    <>
      <Paper withBorder p={{ base: 'sm', sm: 'md' }} mb="md">
        <Stack gap="sm">
          <Title order={1} size="h2">
            {t('operations:page.title', { kind: t(`operations:vocab.kind.${detail.kind}`), date: formatDate(detail.occurredOn, i18n.language) })}
          </Title>
          <Group gap="xs">
            <Anchor component={Link} to={`/sites/${detail.site.id}`} fw={600}>{detail.site.name}</Anchor>
            <Badge variant="outline" color="dark">{t(`sites:vocab.kind.${detail.site.kind}`)}</Badge>
            <Text size="sm" c="dimmed">{provinceName(detail.site.provinceCode)}</Text>
          </Group>
          <FactList
            cols={4}
            facts={[
              { label: t('operations:fields.lead'), value: name(detail.leadOrganisation) },
              { label: t('operations:fields.agencies'), value: detail.agencies.length === 0 ? '—' : detail.agencies.map(name).join(', ') },
              { label: t('operations:fields.receiving'), value: detail.receivingOrganisation ? name(detail.receivingOrganisation) : '—' },
              { label: t('operations:fields.recordedBy'), value: `${detail.recordedBy.displayName} · ${name(detail.recordingOrganisation)}` },
              { label: t('operations:fields.rescuedTotal'), value: formatNumber(detail.rescued.total, i18n.language) },
              { label: t('operations:fields.individualsRecorded'), value: formatNumber(detail.individualsRecorded, i18n.language) },
              { label: t('operations:fields.arrestsTotal'), value: formatNumber(detail.arrests.total, i18n.language) },
              { label: t('operations:fields.exploitationTypes'), value: detail.exploitationTypes.length === 0 ? '—' : detail.exploitationTypes.map((type) => t(`cases:vocab.exploitationType.${type}`)).join(', ') },
            ]}
          />
        </Stack>
      </Paper>
      <Stack gap="md">
        <SectionCard title={t('operations:page.cases')}>
          <SurvivorCases operation={detail} />
        </SectionCard>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <SectionCard title={t('operations:page.counts')}>
            {detail.rescued.breakdown.length === 0 ? (
              <SectionEmpty title={t('operations:page.noBreakdown')} />
            ) : (
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('operations:fields.nationality')}</Table.Th>
                    <Table.Th scope="col">{t('operations:fields.sex')}</Table.Th>
                    <Table.Th scope="col">{t('operations:fields.ageGroup')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('operations:fields.count')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {detail.rescued.breakdown.map((cell) => (
                    <Table.Tr key={`${cell.nationality}-${cell.sex}-${cell.ageGroup}`}>
                      <Table.Td>{cell.nationality ? countryName(cell.nationality) : t('operations:form.unknownNationality')}</Table.Td>
                      <Table.Td>{t(`cases:vocab.sex.${cell.sex}`)}</Table.Td>
                      <Table.Td>{t(`cases:vocab.ageGroup.${cell.ageGroup}`)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(cell.count, i18n.language)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </SectionCard>
          <SectionCard title={t('operations:page.arrestsAndEvidence')}>
            {detail.arrests.byNationality.length > 0 && (
              <Text size="sm">{detail.arrests.byNationality.map((entry) => `${countryName(entry.nationality)}: ${formatNumber(entry.count, i18n.language)}`).join(' · ')}</Text>
            )}
            {detail.evidenceNotes ? <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{detail.evidenceNotes}</Text> : <SectionEmpty title={t('operations:page.noEvidence')} />}
          </SectionCard>
        </SimpleGrid>
        <SectionCard title={t('operations:page.reports')}>
          {detail.reports.length === 0 ? (
            <SectionEmpty title={t('operations:page.noReport')} />
          ) : (
            <Group gap="sm">
              {detail.reports.map((report) => (
                <Anchor key={report.id} component={Link} to={`/intake/reports/${report.id}`} className="ctip-monospace" fw={600} size="sm">{report.reference}</Anchor>
              ))}
            </Group>
          )}
        </SectionCard>
      </Stack>
    </>
  );
}
