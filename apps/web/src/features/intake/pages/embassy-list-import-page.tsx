import { Alert, Anchor, Group, NativeSelect, Paper, Radio, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { CONTACT_KINDS, EMBASSY_LIST_FIELDS, REPORT_URGENCIES, type ContactKind, type EmbassyListImportJob, type EmbassyListMapping, type ReportUrgency } from '@ctip/contracts';
import { ConfirmModal } from '../../../components/confirm-modal';
import { ProblemAlert } from '../../../components/problem-alert';
import { ApiError } from '../../../lib/api-error';
import { formatNumber } from '../../../lib/format';
import { ImportCommitBar } from '../../case-exchange/components/import-commit-bar';
import { ImportJobStatus } from '../../case-exchange/components/import-job-status';
import { ImportMappingEditor } from '../../case-exchange/components/import-mapping-editor';
import { ImportPageFrame, type ImportSteps } from '../../case-exchange/components/import-page-frame';
import { useImportProblemText } from '../../case-exchange/components/import-problem-text';
import { ImportReport } from '../../case-exchange/components/import-report';
import { initialMapping, mappingProblems } from '../../case-exchange/import-mapping';
import { vocabularyOptions } from '../../cases/vocabulary';
import { SiteSelect } from '../../sites/components/site-select';
import { EMBASSY_LIST_MAPPING_RULES, embassyListImportClient, type EmbassyListRequestBody } from '../embassy-list-import';
import { useIntakeTranslation } from '../use-intake-translation';

/** The kind's own problem translations come first, then the import's shared ones. */
const PROBLEM_PREFIXES = ['intake:embassyImport.problems'];

type Steps = ImportSteps<EmbassyListImportJob, EmbassyListMapping, EmbassyListRequestBody>;

/** What the list says as a whole, as the form holds it. */
interface RequestValues {
  reporterName: string;
  contactKind: ContactKind;
  contactValue: string;
  urgency: ReportUrgency;
  siteId: string | null;
  narrative: string;
}

/** The request's body from the form (a contact only when one is typed). */
function requestBodyOf(values: RequestValues): EmbassyListRequestBody {
  const contact = values.contactValue.trim();
  return { reporterName: values.reporterName.trim(), reporterContact: contact ? { kind: values.contactKind, value: contact } : null, urgency: values.urgency, siteId: values.siteId, narrative: values.narrative.trim() };
}

/**
 * Bulk intake: an embassy's (or an organisation's) spreadsheet of its nationals believed held,
 * imported as ONE report with a person per row — with the same steps as the import of case
 * registers: upload, check the columns, a dry run that reports every problem by row and column,
 * then what the list says as a whole (who sent it, urgency, site, narrative) and the commit of
 * every row, or none. The job's id stays in the address, so a reload finds it again.
 */
export function EmbassyListImportPage() {
  const { t } = useIntakeTranslation('intake');
  return (
    <ImportPageFrame
      client={embassyListImportClient}
      titleKey="intake:embassyImport.title"
      descriptionKey="intake:embassyImport.description"
      uploadHint={t('intake:embassyImport.uploadHint')}
      renderJob={(job, steps, startOver) => <EmbassyListJobView job={job} steps={steps} onStartOver={startOver} />}
    />
  );
}

/** One list's import, at whatever step it is. */
function EmbassyListJobView({ job, steps, onStartOver }: { job: EmbassyListImportJob; steps: Steps; onStartOver(): void }) {
  const { t, i18n } = useIntakeTranslation('intake');
  const problemText = useImportProblemText(PROBLEM_PREFIXES);
  const [mapping, setMapping] = useState<EmbassyListMapping>(() => initialMapping(job));
  const [request, setRequest] = useState<RequestValues>({ reporterName: '', contactKind: 'phone', contactValue: '', urgency: 'high', siteId: null, narrative: '' });
  const [isConfirmingCommit, setIsConfirmingCommit] = useState(false);
  const fieldLabel = (field: string) => t(`intake:embassyImport.fields.${field}`);
  const rows = formatNumber(job.rowsTotal, i18n.language);
  const set = <K extends keyof RequestValues>(key: K, value: RequestValues[K]) => setRequest((current) => ({ ...current, [key]: value }));
  // The server checks the request when the commit is asked for; its refusals are placed on the fields.
  const fieldErrors = steps.commit.error instanceof ApiError ? steps.commit.error.fieldErrors : [];
  const errorAt = (...paths: string[]) => {
    const found = fieldErrors.find((error) => paths.some((path) => error.path === path || error.path.startsWith(`${path}.`)));
    return found ? problemText({ code: found.code, message: found.message }, 'errors:code.validation_failed') : undefined;
  };
  const commit = () => steps.commit.mutate({ id: job.id, body: requestBodyOf(request) }, { onSuccess: () => setIsConfirmingCommit(false), onError: () => setIsConfirmingCommit(false) });

  return (
    <Stack gap="lg">
      <ImportJobStatus job={job} problemPrefixes={PROBLEM_PREFIXES} isCancelling={steps.cancel.isPending} cancelError={steps.cancel.error} onCancel={() => steps.cancel.mutate(job.id)} onStartOver={onStartOver} />
      {job.status === 'committed' && job.result && (
        <Alert color="teal" icon={<IconCheck aria-hidden />} title={t('intake:embassyImport.committedTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('intake:embassyImport.committed', { reference: job.result.reference, people: formatNumber(job.result.people, i18n.language) })}</Text>
            <Anchor component={Link} to={`/intake/reports/${job.result.reportId}`} size="sm" data-testid="imported-report-link">{t('intake:embassyImport.openReport', { reference: job.result.reference })}</Anchor>
          </Stack>
        </Alert>
      )}
      {(job.status === 'mapping' || job.status === 'validated') && (
        <ImportMappingEditor<EmbassyListMapping>
          job={job}
          mapping={mapping}
          onChange={setMapping}
          fields={EMBASSY_LIST_FIELDS}
          fieldLabel={fieldLabel}
          problems={mappingProblems(mapping, EMBASSY_LIST_MAPPING_RULES)}
          problemPrefixes={PROBLEM_PREFIXES}
          isRunning={steps.dryRun.isPending}
          runError={steps.dryRun.error}
          onDryRun={() => steps.dryRun.mutate({ id: job.id, mapping })}
        />
      )}
      {job.report && <ImportReport job={{ ...job, report: job.report }} fieldLabel={fieldLabel} problemPrefixes={PROBLEM_PREFIXES} />}
      {job.status === 'validated' && job.report?.errorCount === 0 && (
        <Paper withBorder p="md">
          <Stack gap="md">
            <Title order={2} size="h4">{t('intake:embassyImport.requestTitle')}</Title>
            <Text size="sm" c="dimmed">{t('intake:embassyImport.requestHint')}</Text>
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <TextInput label={t('intake:embassyImport.reporterName')} description={t('intake:embassyImport.reporterNameHint')} required maxLength={200} value={request.reporterName} onChange={(event) => set('reporterName', event.currentTarget.value)} error={errorAt('reporterName')} />
              <NativeSelect label={t('intake:fields.contactKind')} data={vocabularyOptions(t, 'contactKind', CONTACT_KINDS)} value={request.contactKind} onChange={(event) => set('contactKind', event.currentTarget.value as ContactKind)} />
              <TextInput label={t('intake:embassyImport.reporterContact')} maxLength={200} value={request.contactValue} onChange={(event) => set('contactValue', event.currentTarget.value)} error={errorAt('reporterContact')} />
            </SimpleGrid>
            <Radio.Group label={t('intake:fields.urgency')} value={request.urgency} onChange={(value) => set('urgency', value as ReportUrgency)} error={errorAt('urgency')}>
              <Group mt="xs">{REPORT_URGENCIES.map((urgency) => <Radio key={urgency} value={urgency} label={t(`intake:vocab.urgency.${urgency}`)} />)}</Group>
            </Radio.Group>
            <SiteSelect label={t('intake:fields.site')} description={t('intake:embassyImport.siteHint')} value={request.siteId} onChange={(id) => set('siteId', id)} error={errorAt('siteId')} clearable />
            <Textarea label={t('intake:embassyImport.narrative')} description={t('intake:embassyImport.narrativeHint')} autosize minRows={3} maxLength={8000} value={request.narrative} onChange={(event) => set('narrative', event.currentTarget.value)} error={errorAt('narrative')} />
            {steps.commit.error != null && fieldErrors.length === 0 && <ProblemAlert error={steps.commit.error} />}
          </Stack>
        </Paper>
      )}
      {job.status === 'validated' && (
        <ImportCommitBar job={job} readyText={t('intake:embassyImport.readyToCommit', { rows })} isBlocked={request.reporterName.trim() === ''} isPending={steps.commit.isPending} onCommit={() => setIsConfirmingCommit(true)} />
      )}
      <ConfirmModal
        opened={isConfirmingCommit}
        title={t('intake:embassyImport.commitTitle')}
        message={t('intake:embassyImport.commitMessage', { rows })}
        confirmLabel={t('case-exchange:import.commit')}
        isPending={steps.commit.isPending}
        error={null}
        onConfirm={commit}
        onClose={() => setIsConfirmingCommit(false)}
      />
    </Stack>
  );
}
