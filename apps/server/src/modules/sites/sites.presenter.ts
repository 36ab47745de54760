import type { PublicSite, SiteDetail, SitePatternFinding, SiteSummary } from '@ctip/contracts';
import type { SitesTable, SiteStatusHistoryTable } from '../../db/schema';

/** What a summary adds to the row: aliases, counts and patterns. */
export interface SiteSummaryFacts {
  aliases: string[];
  reportCount: number;
  operationCount: number;
  findings: SitePatternFinding[];
}

/** A site in lists: the place, its current status, counts (numbers only) and pattern flags. */
export function presentSiteSummary(row: SitesTable, facts: SiteSummaryFacts): SiteSummary {
  return {
    id: row.id,
    kind: row.kind as SiteSummary['kind'],
    name: row.name,
    aliases: facts.aliases,
    provinceCode: row.province_code,
    latitude: row.latitude,
    longitude: row.longitude,
    currentStatus: row.current_status as SiteSummary['currentStatus'],
    currentStatusOn: row.current_status_on,
    firstRecordedOn: row.first_recorded_on,
    reportCount: facts.reportCount,
    operationCount: facts.operationCount,
    patterns: [...new Set(facts.findings.map((finding) => finding.pattern))],
    isPublished: row.is_published === 1,
    updatedAt: row.updated_at,
  };
}

/** How a page resolves the ids of its sources. */
export interface SourceReferences {
  /** References of the reports the caller may see (others show only their id). */
  reportReferences: Map<string, string>;
  operations: Map<string, { id: string; kind: string; occurredOn: string }>;
  users: Map<string, { id: string; displayName: string }>;
}

/** History in date order (entries of one day in the order recorded). */
function inDateOrder(history: readonly SiteStatusHistoryTable[]): SiteStatusHistoryTable[] {
  return [...history].sort((left, right) => (left.occurred_on === right.occurred_on ? left.sequence - right.sequence : left.occurred_on < right.occurred_on ? -1 : 1));
}

/** A site's page. */
export function presentSiteDetail(row: SitesTable, facts: SiteSummaryFacts & { operators: Array<{ name: string; registration: string | null }>; history: SiteStatusHistoryTable[]; operations: Array<{ id: string; kind: string; occurred_on: string }>; createdByOrganisation: { id: string; nameEn: string; nameKm: string | null } }, references: SourceReferences): SiteDetail {
  return {
    ...presentSiteSummary(row, facts),
    operators: facts.operators,
    address: row.address,
    description: row.description,
    statusHistory: inDateOrder(facts.history).map((entry) => {
      const operation = entry.source_operation_id ? references.operations.get(entry.source_operation_id) : undefined;
      return {
        id: entry.id,
        status: entry.status as SiteDetail['statusHistory'][number]['status'],
        occurredOn: entry.occurred_on,
        source: {
          kind: entry.source_kind as SiteDetail['statusHistory'][number]['source']['kind'],
          report: entry.source_report_id ? { id: entry.source_report_id, reference: references.reportReferences.get(entry.source_report_id) ?? null } : null,
          operation: operation ? { id: operation.id, kind: operation.kind as 'raid', occurredOn: operation.occurredOn } : null,
          title: entry.source_title,
          publisher: entry.source_publisher,
          date: entry.source_date,
          url: entry.source_url,
          reference: entry.source_reference,
        },
        isCorrection: entry.is_correction === 1,
        correctionReason: entry.correction_reason,
        recordedBy: entry.recorded_by ? (references.users.get(entry.recorded_by) ?? { id: entry.recorded_by, displayName: '' }) : null,
        recordedAt: entry.recorded_at,
      };
    }),
    patternFindings: facts.findings,
    operations: facts.operations.map((operation) => ({ id: operation.id, kind: operation.kind as 'raid', occurredOn: operation.occurred_on })),
    publishedAt: row.published_at,
    createdAt: row.created_at,
    createdByOrganisation: facts.createdByOrganisation,
  };
}

/**
 * A published site as the public sees it: the place and its dated history with sources — a
 * document or press article in full, an operation by its kind and date, a report only as "a
 * report". Nothing about people: no reports' content, no persons, no operators, no counts.
 */
export function presentPublicSite(row: SitesTable, aliases: string[], history: SiteStatusHistoryTable[], operations: Map<string, { kind: string; occurredOn: string }>): PublicSite {
  return {
    id: row.id,
    kind: row.kind as PublicSite['kind'],
    name: row.name,
    aliases,
    provinceCode: row.province_code,
    latitude: row.latitude,
    longitude: row.longitude,
    currentStatus: row.current_status as PublicSite['currentStatus'],
    currentStatusOn: row.current_status_on,
    statusHistory: inDateOrder(history).map((entry) => {
      const operation = entry.source_operation_id ? operations.get(entry.source_operation_id) : undefined;
      return {
        status: entry.status as PublicSite['currentStatus'],
        occurredOn: entry.occurred_on,
        source: {
          kind: entry.source_kind as PublicSite['statusHistory'][number]['source']['kind'],
          title: entry.source_title,
          publisher: entry.source_publisher,
          date: operation ? operation.occurredOn : entry.source_date,
          url: entry.source_url,
          operationKind: operation ? (operation.kind as 'raid') : null,
        },
      };
    }),
    publishedAt: row.published_at ?? row.updated_at,
  };
}
