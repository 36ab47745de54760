import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_PREFIXES, AUDIT_ACTIONS, dayRangeToInstants, FOUNDATION_ACTION_GROUPS, isValidActionFilter } from './audit-actions';

describe('audit action filters', () => {
  it('accepts names and prefix groups the server accepts, and refuses others', () => {
    expect(isValidActionFilter('')).toBe(true);
    expect(isValidActionFilter('user.created')).toBe(true);
    expect(isValidActionFilter('user.*')).toBe(true);
    expect(isValidActionFilter(' auth.sign_in.failed ')).toBe(true);
    expect(isValidActionFilter('User.Created')).toBe(false);
    expect(isValidActionFilter('user.*.x')).toBe(false);
    expect(isValidActionFilter('user;drop')).toBe(false);
    expect(isValidActionFilter(`${'a'.repeat(81)}`)).toBe(false);
    for (const prefix of AUDIT_ACTION_PREFIXES) expect(isValidActionFilter(prefix), prefix).toBe(true);
  });

  it('lists only actions the server writes, and every action of the foundation', () => {
    const source = fs.readFileSync(new URL('../../../../server/src/audit/audit-events.ts', import.meta.url), 'utf8');
    const declared = source.slice(source.indexOf('interface AuditDetailsByAction'), source.indexOf('export type AuditAction'));
    const serverActions = [...declared.matchAll(/'([a-z_.]+)':/g)].map((match) => match[1]!);
    expect(serverActions.length).toBeGreaterThan(20);
    expect(AUDIT_ACTIONS.filter((action) => !serverActions.includes(action))).toEqual([]);
    // Modules built later add their own actions (and translations) with their pages; the
    // foundation's must all be here.
    const isFoundation = (action: string) => (FOUNDATION_ACTION_GROUPS as readonly string[]).includes(action.split('.')[0]!);
    expect(serverActions.filter((action) => isFoundation(action) && !(AUDIT_ACTIONS as readonly string[]).includes(action))).toEqual([]);
  });

  it('turns a range of days into instants from the first day\'s start to the last day\'s end', () => {
    const { from, to } = dayRangeToInstants('2026-03-01', '2026-03-02');
    expect(new Date(from!).getTime()).toBe(new Date(2026, 2, 1, 0, 0, 0, 0).getTime());
    expect(new Date(to!).getTime()).toBe(new Date(2026, 2, 2, 23, 59, 59, 999).getTime());
    expect(dayRangeToInstants(null, null)).toEqual({ from: null, to: null });
    expect(dayRangeToInstants('nonsense', null).from).toBeNull();
  });
});
