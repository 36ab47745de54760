import { CAMBODIA_BOUNDS, type SitePattern, type SiteStatus } from './vocabulary';

/** One entry of a site's status history, as the rules see it. */
export interface SiteStatusFact {
  status: SiteStatus;
  /** YYYY-MM-DD. */
  occurredOn: string;
  /** Order of recording; breaks ties between entries of the same day. */
  sequence: number;
}

/** A problem with a status entry: the field, a code and a message. */
export interface SiteRuleProblem {
  path: string;
  code: string;
  message: string;
}

/** A site's history in date order (entries of the same day in the order they were recorded). */
export function sortStatusHistory<T extends SiteStatusFact>(history: readonly T[]): T[] {
  return [...history].sort((left, right) => (left.occurredOn === right.occurredOn ? left.sequence - right.sequence : left.occurredOn < right.occurredOn ? -1 : 1));
}

/** The status a site has now: its latest entry by date. */
export function currentSiteStatus<T extends SiteStatusFact>(history: readonly T[]): T | undefined {
  return sortStatusHistory(history).at(-1);
}

/**
 * Checks a new status entry against the history it joins: never dated in the future, never
 * before the latest entry (unless it is recorded as a historical correction, with a reason),
 * and "reopened" only after the site was closed or raided.
 */
export function checkStatusEntry(history: readonly SiteStatusFact[], entry: { status: SiteStatus; occurredOn: string; correctionReason?: string | null | undefined }, today: string, path = ''): SiteRuleProblem[] {
  const problems: SiteRuleProblem[] = [];
  if (entry.occurredOn > today) problems.push({ path: `${path}occurredOn`, code: 'future_date', message: 'A status cannot be dated in the future.' });
  const latest = currentSiteStatus(history);
  if (latest && entry.occurredOn < latest.occurredOn && !entry.correctionReason) {
    problems.push({
      path: `${path}occurredOn`,
      code: 'out_of_order',
      message: `The site's latest status (${latest.status}) is dated ${latest.occurredOn}; a status dated before it can only be inserted as a historical correction, with a reason.`,
    });
  }
  if (entry.status === 'reopened' && !history.some((earlier) => (earlier.status === 'closed' || earlier.status === 'raided') && earlier.occurredOn <= entry.occurredOn)) {
    problems.push({ path: `${path}status`, code: 'nothing_to_reopen', message: 'A site can only reopen after it was closed or raided.' });
  }
  return problems;
}

/** A pattern found on a site, with the facts behind it. */
export interface SitePatternFinding {
  pattern: SitePattern;
  /** The entry or date the pattern starts from (the raid, the closure), when there is one. */
  since: string | null;
  /** The date it was seen again (licence, reopening), when there is one. */
  seenOn: string | null;
  /** Days between the two, when both are known. */
  days: number | null;
  /** Reports that make the pattern (many reports; reports after closure). */
  reports: number | null;
}

/** What pattern detection needs to know about a site. */
export interface SitePatternFacts {
  history: readonly SiteStatusFact[];
  /** Dates (YYYY-MM-DD) the reports about the site were received (at least those after its first closure). */
  reportDates: readonly string[];
  /** How many reports there are about the site (default: as many as the dates given). */
  reportCount?: number;
  operationCount: number;
}

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

/**
 * The patterns the registry surfaces (DOMAIN.md): raided and then licensed or reopened (the
 * nearest licence or reopening after a raid); many reports (≥ threshold) and no operation; and
 * reports still arriving after a "closed" status, before any later entry changed it.
 */
export function detectSitePatterns(facts: SitePatternFacts, manyReportsThreshold: number): SitePatternFinding[] {
  const findings: SitePatternFinding[] = [];
  const history = sortStatusHistory(facts.history);
  for (const [after, pattern] of [['licensed', 'licensed_after_raid'], ['reopened', 'reopened_after_raid']] as const) {
    let best: SitePatternFinding | null = null;
    for (const [index, raid] of history.entries()) {
      if (raid.status !== 'raided') continue;
      const next = history.slice(index + 1).find((entry) => entry.status === after);
      if (!next) continue;
      const days = daysBetween(raid.occurredOn, next.occurredOn);
      if (best === null || days < (best.days ?? Infinity)) best = { pattern, since: raid.occurredOn, seenOn: next.occurredOn, days, reports: null };
    }
    if (best) findings.push(best);
  }
  const reportCount = facts.reportCount ?? facts.reportDates.length;
  if (reportCount >= manyReportsThreshold && facts.operationCount === 0) {
    findings.push({ pattern: 'many_reports_no_operation', since: null, seenOn: null, days: null, reports: reportCount });
  }
  let since: string | null = null;
  let arrivingTotal = 0;
  let lastArrival: string | null = null;
  for (const [index, entry] of history.entries()) {
    if (entry.status !== 'closed') continue;
    // Reports count until a later entry changed the status (a reopening makes new reports expected).
    const until = history.slice(index + 1).find((later) => later.status !== 'closed' && later.occurredOn > entry.occurredOn)?.occurredOn ?? null;
    const arriving = facts.reportDates.filter((date) => date > entry.occurredOn && (until === null || date < until));
    if (arriving.length === 0) continue;
    since ??= entry.occurredOn;
    arrivingTotal += arriving.length;
    lastArrival = arriving.reduce((latest, date) => (date > latest ? date : latest), lastArrival ?? arriving[0]!);
  }
  if (since !== null && lastArrival !== null) findings.push({ pattern: 'reports_after_closure', since, seenOn: lastArrival, days: daysBetween(since, lastArrival), reports: arrivingTotal });
  return findings;
}

/** Whether a point lies within Cambodia's bounding box. */
export function isInsideCambodia(latitude: number, longitude: number): boolean {
  return latitude >= CAMBODIA_BOUNDS.south && latitude <= CAMBODIA_BOUNDS.north && longitude >= CAMBODIA_BOUNDS.west && longitude <= CAMBODIA_BOUNDS.east;
}
