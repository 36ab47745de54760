import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '@ctip/contracts';
import { can, type Capability } from './permissions';

function sessionOf(roles: Role[], isPlatformOperator: boolean) {
  return { user: { roles, organisation: { isPlatformOperator } } } as unknown as Parameters<typeof can>[0];
}

const ADMINISTRATION: Capability[] = ['administration', 'user.manage', 'session.manage', 'audit.read'];

describe('can', () => {
  it('offers administration to administrators only', () => {
    for (const role of ROLES) {
      for (const capability of ADMINISTRATION) {
        expect(can(sessionOf([role], false), capability), `${role} ${capability}`).toBe(role === 'administrator');
      }
    }
  });

  it('keeps organisation changes and chain verification to administrators of the platform operator', () => {
    expect(can(sessionOf(['administrator'], true), 'organisation.manage')).toBe(true);
    expect(can(sessionOf(['administrator'], false), 'organisation.manage')).toBe(false);
    expect(can(sessionOf(['analyst'], true), 'organisation.manage')).toBe(false);
    expect(can(sessionOf(['administrator'], true), 'audit.verify')).toBe(true);
    expect(can(sessionOf(['administrator'], false), 'audit.verify')).toBe(false);
  });

  it('lets everyone read reference data, and nobody without a role do anything else', () => {
    for (const role of ROLES) expect(can(sessionOf([role], false), 'reference.read')).toBe(true);
    expect(can(sessionOf([], true), 'administration')).toBe(false);
  });
});
