import { describe, expect, it } from 'vitest';
import { checkStatusEntry, currentSiteStatus, detectSitePatterns, isInsideCambodia, type SiteStatusFact } from './site-rules';

const entry = (status: SiteStatusFact['status'], occurredOn: string, sequence: number): SiteStatusFact => ({ status, occurredOn, sequence });
const codes = (history: SiteStatusFact[], next: Parameters<typeof checkStatusEntry>[1]) => checkStatusEntry(history, next, '2026-11-21').map((problem) => problem.code).sort();

describe('site status history', () => {
  const history = [entry('reported', '2022-08-18', 1), entry('raided', '2022-09-20', 2)];

  it('takes the latest entry by date as the current status, a correction inserted later notwithstanding', () => {
    expect(currentSiteStatus([...history, entry('under_investigation', '2022-09-01', 3)])?.status).toBe('raided');
  });

  it('refuses future dates and entries dated before the latest unless inserted as a correction with a reason', () => {
    expect(codes(history, { status: 'closed', occurredOn: '2027-01-01' })).toEqual(['future_date']);
    expect(codes(history, { status: 'under_investigation', occurredOn: '2022-09-01' })).toEqual(['out_of_order']);
    expect(codes(history, { status: 'under_investigation', occurredOn: '2022-09-01', correctionReason: 'Found the police letter of 1 September' })).toEqual([]);
    expect(codes(history, { status: 'closed', occurredOn: '2022-09-20' })).toEqual([]);
  });

  it('reopens only a site that was closed or raided before', () => {
    expect(codes([entry('reported', '2022-08-18', 1)], { status: 'reopened', occurredOn: '2022-10-01' })).toEqual(['nothing_to_reopen']);
    expect(codes(history, { status: 'reopened', occurredOn: '2022-10-01' })).toEqual([]);
  });
});

describe('detectSitePatterns', () => {
  it('finds a licence days after a raid (the seed’s casino), and a reopening', () => {
    const findings = detectSitePatterns({ history: [entry('reported', '2022-08-18', 1), entry('raided', '2022-09-05', 2), entry('licensed', '2022-09-09', 3), entry('reopened', '2022-12-01', 4)], reportDates: [], operationCount: 1 }, 5);
    expect(findings).toEqual([
      { pattern: 'licensed_after_raid', since: '2022-09-05', seenOn: '2022-09-09', days: 4, reports: null },
      { pattern: 'reopened_after_raid', since: '2022-09-05', seenOn: '2022-12-01', days: 87, reports: null },
    ]);
  });

  it('ignores a licence that came before the raid', () => {
    expect(detectSitePatterns({ history: [entry('licensed', '2020-01-01', 1), entry('raided', '2022-09-05', 2)], reportDates: [], operationCount: 1 }, 5)).toEqual([]);
  });

  it('flags many reports and no operation, at the threshold and not below', () => {
    const facts = { history: [entry('reported', '2022-08-18', 1)], reportDates: ['2022-08-18', '2022-08-19', '2022-08-20'], operationCount: 0 };
    expect(detectSitePatterns(facts, 3).map((finding) => finding.pattern)).toEqual(['many_reports_no_operation']);
    expect(detectSitePatterns(facts, 4)).toEqual([]);
    expect(detectSitePatterns({ ...facts, operationCount: 1 }, 3)).toEqual([]);
    expect(detectSitePatterns({ ...facts, reportDates: [], reportCount: 7 }, 5)).toEqual([{ pattern: 'many_reports_no_operation', since: null, seenOn: null, days: null, reports: 7 }]);
  });

  it('flags reports arriving after a closure, until a later entry changes the status', () => {
    const history = [entry('reported', '2022-01-01', 1), entry('closed', '2022-06-01', 2), entry('reopened', '2022-09-01', 3)];
    const findings = detectSitePatterns({ history, reportDates: ['2022-05-01', '2022-06-01', '2022-07-15', '2022-08-01', '2022-10-01'], operationCount: 1 }, 50);
    expect(findings).toEqual([{ pattern: 'reports_after_closure', since: '2022-06-01', seenOn: '2022-08-01', days: 61, reports: 2 }]);
    expect(detectSitePatterns({ history: history.slice(0, 2), reportDates: ['2022-05-01'], operationCount: 1 }, 50)).toEqual([]);
  });
});

describe('isInsideCambodia', () => {
  it('accepts Sihanoukville and Koh Kong, refuses Bangkok and swapped coordinates', () => {
    expect(isInsideCambodia(10.627, 103.522)).toBe(true);
    expect(isInsideCambodia(11.615, 102.984)).toBe(true);
    expect(isInsideCambodia(13.756, 100.502)).toBe(false);
    expect(isInsideCambodia(103.522, 10.627)).toBe(false);
  });
});
