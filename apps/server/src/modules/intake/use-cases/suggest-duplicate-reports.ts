import { DUPLICATE_PLACE_WINDOW_DAYS, type DuplicateReason, type ReportCandidate, type ReportDuplicateCheck } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import type { Actor } from '../../../policy/actor';
import { reportAccess } from '../../../policy/intake-scope';
import { audit, inTransaction, type Services } from '../../../services';
import { queryDigestGroups } from '../../persons/name-tokens';
import { contactIndexesOf, findReportIdsByName, findReportIdsByPlaceAndTime, findReportIdsBySite, findReportRows, findReportsByContactIndexes, loadReportAccessFacts, siteNames } from '../intake.repository';

/** How much each reason weighs: an exact contact says more than a name, a name more than a place. */
const WEIGHT: Record<DuplicateReason, number> = { same_reporter_contact: 4, same_contact: 4, same_people: 3, same_site: 2, same_place_and_time: 1 };
const PER_SOURCE = 50;
const SHOWN = 10;
const DAY = 86_400_000;

/**
 * Possible duplicates of a report while it is typed, each with its reasons: the same site, the
 * same reporter's contact or Telegram handle, a contact of the people concerned, the same
 * people by name (any script, through blind indexes), the same province within a few days.
 * Only reports the actor may see are shown; matches elsewhere are only counted (place and time
 * alone does not count, and a withheld reporter contact matches only for its own organisation).
 * The check itself is audited (counts only).
 */
export async function suggestDuplicateReports(services: Services, actor: Actor, input: ReportDuplicateCheck, context: AuditContext): Promise<{ candidates: ReportCandidate[]; elsewhere: number }> {
  const reasons = new Map<string, Set<DuplicateReason>>();
  // Reasons that rest on a reporter contact withheld from all but its recording organisation.
  const withheldReasons = new Map<string, Set<DuplicateReason>>();
  const add = (reportId: string, reason: DuplicateReason, withheld = false) => {
    if (reportId === input.excludeReportId) return;
    const into = withheld ? withheldReasons : reasons;
    const set = into.get(reportId) ?? new Set<DuplicateReason>();
    set.add(reason);
    into.set(reportId, set);
  };

  if (input.siteId) for (const id of await findReportIdsBySite(services.db, input.siteId, PER_SOURCE)) add(id, 'same_site');
  const typedContacts = [
    ...(input.reporterContact ? [{ ...input.reporterContact, isReporter: true }] : []),
    ...(input.people ?? []).flatMap((person) => person.contacts.map((contact) => ({ ...contact, isReporter: false }))),
  ];
  for (const contact of typedContacts) {
    for (const match of await findReportsByContactIndexes(services.db, contactIndexesOf(services.keyRing, contact.value, contact.kind), PER_SOURCE)) {
      add(match.report_id, contact.isReporter && match.source === 'reporter' ? 'same_reporter_contact' : 'same_contact', match.is_withheld === 1);
    }
  }
  for (const person of input.people ?? []) {
    for (const name of person.names) for (const id of await findReportIdsByName(services.db, queryDigestGroups(services.keyRing, name.full), PER_SOURCE)) add(id, 'same_people');
  }
  if (input.provinceCode) {
    const around = Date.parse(input.receivedAt ?? services.now().toISOString());
    const window = DUPLICATE_PLACE_WINDOW_DAYS * DAY;
    for (const id of await findReportIdsByPlaceAndTime(services.db, input.provinceCode, new Date(around - window).toISOString(), new Date(around + window).toISOString(), PER_SOURCE)) add(id, 'same_place_and_time');
  }

  const facts = await loadReportAccessFacts(services.db, [...new Set([...reasons.keys(), ...withheldReasons.keys()])]);
  const visible: string[] = [];
  const found = new Map<string, DuplicateReason[]>();
  let elsewhere = 0;
  for (const [id, fact] of facts) {
    const relation = reportAccess(actor, fact).relation;
    const all = [...(reasons.get(id) ?? []), ...(relation === 'owner' ? (withheldReasons.get(id) ?? []) : [])];
    if (all.length === 0) continue;
    found.set(id, [...new Set(all)].sort((left, right) => WEIGHT[right] - WEIGHT[left]));
    if (relation !== 'none') visible.push(id);
    // Another organisation's report is only counted, and place and time alone is too weak to mention.
    else if (all.some((reason) => reason !== 'same_place_and_time')) elsewhere += 1;
  }
  const rows = await findReportRows(services.db, visible);
  const sites = await siteNames(services.db, rows.map((row) => row.site_id));
  const candidates = rows
    .map((row): ReportCandidate => {
      const why = found.get(row.id)!;
      const site = row.site_id ? sites.get(row.site_id) : undefined;
      return {
        reportId: row.id,
        reference: row.reference,
        receivedAt: row.received_at,
        channel: row.channel as ReportCandidate['channel'],
        urgency: row.urgency as ReportCandidate['urgency'],
        status: row.status as ReportCandidate['status'],
        site: site ? { id: site.id, name: site.name, kind: site.kind as NonNullable<ReportCandidate['site']>['kind'] } : null,
        provinceCode: row.province_code,
        reasons: why,
        score: why.reduce((total, reason) => total + WEIGHT[reason], 0),
      };
    })
    .sort((left, right) => right.score - left.score || (left.receivedAt < right.receivedAt ? 1 : -1))
    .slice(0, SHOWN);
  await inTransaction(services, (trx) => audit(services, trx, context, { action: 'report.duplicates_checked', resourceType: 'report', details: { candidates: candidates.length, elsewhere } }));
  return { candidates, elsewhere };
}
