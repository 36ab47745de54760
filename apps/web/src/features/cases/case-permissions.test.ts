import { describe, expect, it } from 'vitest';
import type { Role } from '@ctip/contracts';
import { canOnCases, canStartCase } from './case-permissions';

const as = (roles: Role[]) => ({ user: { roles } }) as never;

describe('what the case pages offer each role', () => {
  it('let case workers do everything, and analysts only export', () => {
    expect(canOnCases(as(['case_worker']), 'case.create')).toBe(true);
    expect(canStartCase(as(['case_worker']))).toBe(true);
    expect(canOnCases(as(['analyst']), 'case.list')).toBe(false);
    expect(canOnCases(as(['analyst']), 'case.export_deidentified')).toBe(true);
  });

  it('let hotline operators record persons but not screen them, so not start a case', () => {
    expect(canOnCases(as(['hotline_operator']), 'person.create')).toBe(true);
    expect(canStartCase(as(['hotline_operator']))).toBe(false);
    expect(canOnCases(as(['administrator']), 'case.list')).toBe(false);
  });
});
