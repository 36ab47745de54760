import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_PREFIXES, AUDIT_ACTIONS, AUDIT_RESOURCE_TYPES, dayRangeToInstants, isValidActionFilter } from './audit-actions';

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

  it('lists exactly the actions the server writes, each labelled in both languages', () => {
    const source = fs.readFileSync(new URL('../../../../server/src/audit/audit-events.ts', import.meta.url), 'utf8');
    const declared = source.slice(source.indexOf('interface AuditDetailsByAction'), source.indexOf('export type AuditAction'));
    const serverActions = [...declared.matchAll(/'([a-z_.]+)':/g)].map((match) => match[1]!);
    expect(serverActions.length).toBeGreaterThan(20);
    expect([...AUDIT_ACTIONS].sort()).toEqual([...serverActions].sort());
    for (const language of ['en', 'km']) {
      const labels = JSON.parse(fs.readFileSync(new URL(`../../locales/${language}/audit.json`, import.meta.url), 'utf8')) as { actions: unknown; resourceTypes: Record<string, string> };
      // i18next reads `actions.auth.sign_in.failed` as a path through nested objects.
      const labelOf = (action: string) => action.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], labels.actions);
      const unlabelled = AUDIT_ACTIONS.filter((action) => typeof labelOf(action) !== 'string');
      expect(unlabelled, language).toEqual([]);
      expect(AUDIT_RESOURCE_TYPES.filter((type) => typeof labels.resourceTypes[type] !== 'string'), language).toEqual([]);
    }
  });

  it('names every resource type the server records', () => {
    const serverDirectory = new URL('../../../../server/src/', import.meta.url);
    const written = new Set<string>();
    for (const file of fs.readdirSync(serverDirectory, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      for (const match of fs.readFileSync(new URL(file, serverDirectory), 'utf8').matchAll(/resourceType: '([a-z_]+)'/g)) written.add(match[1]!);
    }
    expect(written.size).toBeGreaterThan(10);
    expect([...written].filter((type) => !(AUDIT_RESOURCE_TYPES as readonly string[]).includes(type))).toEqual([]);
  });

  it('turns a range of days into instants from the first day\'s start to the last day\'s end', () => {
    const { from, to } = dayRangeToInstants('2026-03-01', '2026-03-02');
    expect(new Date(from!).getTime()).toBe(new Date(2026, 2, 1, 0, 0, 0, 0).getTime());
    expect(new Date(to!).getTime()).toBe(new Date(2026, 2, 2, 23, 59, 59, 999).getTime());
    expect(dayRangeToInstants(null, null)).toEqual({ from: null, to: null });
    expect(dayRangeToInstants('nonsense', null).from).toBeNull();
  });
});
