import type { Role } from '@ctip/contracts';

/** The signed-in user on whose behalf a request acts. */
export interface Actor {
  userId: string;
  organisationId: string;
  roles: readonly Role[];
  /** Whether the user's organisation runs the platform (its administrators administer everyone). */
  isPlatformOperator: boolean;
}

/** Whether the actor holds a role. */
export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}
