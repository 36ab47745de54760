import type { SiteSourceInput } from '@ctip/contracts';
import type { SiteStatusHistoryTable } from '../../../db/schema';
import type { Actor } from '../../../policy/actor';
import { decide } from '../../../policy/policy';
import type { Services } from '../../../services';
import type { FieldProblems } from '../../../validation/field-problems';
import { accessToReport } from '../../intake/use-cases/report-access-of';
import { findOperationsBrief, isOperationParty } from '../sites.repository';

/** The source columns of a status entry. */
export type SourceColumns = Pick<SiteStatusHistoryTable, 'source_kind' | 'source_report_id' | 'source_operation_id' | 'source_title' | 'source_publisher' | 'source_date' | 'source_url' | 'source_reference'>;

const NO_SOURCE = { source_report_id: null, source_operation_id: null, source_title: null, source_publisher: null, source_date: null, source_url: null, source_reference: null };

/**
 * Checks a status entry's source (a typed reference) and resolves it to columns: a report must
 * be one the actor may see, about this site or no site; an operation must be one the actor's
 * organisation took part in, at this site; a document or a press article carries its own
 * citation. A dated source cannot be in the future.
 */
export async function checkSiteSource(services: Services, actor: Actor, problems: FieldProblems, path: string, source: SiteSourceInput, siteId: string | null, today: string): Promise<SourceColumns> {
  switch (source.kind) {
    case 'report': {
      const found = await accessToReport(services, actor, source.reportId);
      if (!found || !decide(actor, 'site.record_status', { type: 'report', access: found.access }).allowed) problems.add(`${path}.reportId`, 'No such report.', 'unknown_report');
      else if (found.row.site_id !== null && found.row.site_id !== siteId) problems.add(`${path}.reportId`, `Report ${found.row.reference} is about another site.`, 'report_about_other_site');
      return { ...NO_SOURCE, source_kind: 'report', source_report_id: source.reportId };
    }
    case 'operation': {
      const operation = (await findOperationsBrief(services.db, [source.operationId])).get(source.operationId);
      if (!operation || !(await isOperationParty(services.db, operation.id, actor.organisationId))) problems.add(`${path}.operationId`, 'No such operation.', 'unknown_operation');
      else if (operation.siteId !== siteId) problems.add(`${path}.operationId`, 'This operation took place at another site.', 'operation_at_other_site');
      return { ...NO_SOURCE, source_kind: 'operation', source_operation_id: source.operationId };
    }
    case 'document':
      if (source.date && source.date > today) problems.add(`${path}.date`, 'This date is in the future.', 'future_date');
      return { ...NO_SOURCE, source_kind: 'document', source_title: source.title, source_publisher: source.publisher, source_date: source.date, source_reference: source.reference };
    case 'press_article':
      if (source.date && source.date > today) problems.add(`${path}.date`, 'This date is in the future.', 'future_date');
      return { ...NO_SOURCE, source_kind: 'press_article', source_title: source.title, source_publisher: source.publisher, source_date: source.date, source_url: source.url };
  }
}
