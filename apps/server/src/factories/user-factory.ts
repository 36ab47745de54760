import type { Role } from '@ctip/contracts';
import type { NewUser } from '../modules/users/use-cases/manage-users';

let counter = 0;

/** A valid new account in an organisation; overrides replace any field. */
export function buildUser(organisationId: string, overrides: Partial<NewUser> = {}): NewUser {
  counter += 1;
  const roles: Role[] = overrides.roles ?? ['case_worker'];
  return {
    email: `user${counter}.${roles[0]}@example.test`,
    displayName: `Test user ${counter}`,
    organisationId,
    roles,
    locale: 'en',
    ...overrides,
  };
}
