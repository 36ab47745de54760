import { Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OperationKind, SiteSourceKind } from '@ctip/contracts';
import { formatDate } from '../../../lib/format';

/** What a status entry rests on, as either the registry or the public list shows it. */
export interface SourceView {
  kind: SiteSourceKind;
  title: string | null;
  publisher: string | null;
  date: string | null;
  url: string | null;
  reference?: string | null;
  /** The report (its reference when the reader may see it), in the registry only. */
  report?: { id: string; reference: string | null } | null;
  operation?: { id: string; kind: OperationKind; occurredOn: string } | null;
  /** The operation's kind, in the public list (which links nowhere). */
  operationKind?: OperationKind | null;
}

/**
 * A status entry's source in one line: a document or press article with its publisher, date and
 * address; an operation by kind and date; a report by its reference (or only "a report" where
 * the reader may not see it, and always on the public list). Links only where `isLinked`.
 */
export function SourceText({ source, isLinked = true }: { source: SourceView; isLinked?: boolean }) {
  const { t, i18n } = useTranslation(['sites', 'operations']);
  const date = source.date ? formatDate(source.date, i18n.language) : null;
  let body: ReactNode;
  switch (source.kind) {
    case 'report':
      body =
        isLinked && source.report?.reference ? (
          <Anchor component={Link} to={`/intake/reports/${source.report.id}`} size="sm" className="ctip-monospace">{source.report.reference}</Anchor>
        ) : (
          t('sites:source.aReport')
        );
      break;
    case 'operation': {
      const kind = source.operation?.kind ?? source.operationKind ?? null;
      const label = kind ? `${t(`operations:vocab.kind.${kind}`)}${source.operation ? ` · ${formatDate(source.operation.occurredOn, i18n.language)}` : ''}` : t('sites:source.anOperation');
      body = isLinked && source.operation ? <Anchor component={Link} to={`/operations/${source.operation.id}`} size="sm">{label}</Anchor> : label;
      break;
    }
    default:
      body = (
        <>
          {source.url ? (
            <Anchor href={source.url} target="_blank" rel="noopener noreferrer nofollow" size="sm">{source.title}</Anchor>
          ) : (
            <Text span size="sm" fs="italic">{source.title}</Text>
          )}
          {[source.publisher, date, source.reference].filter(Boolean).map((part) => ` · ${part}`).join('')}
        </>
      );
  }
  return (
    <Text size="sm" component="span">
      <Text span size="sm" c="dimmed">{t(`sites:vocab.sourceKind.${source.kind}`)}: </Text>
      {body}
    </Text>
  );
}
