import { ROLES_SEEING_IDENTIFYING_DATA, type Role, type SessionState } from '@ctip/contracts';

/** What decides the steps left before a session may use the application. */
export interface SignInProgress {
  roles: readonly Role[];
  hasSecondFactor: boolean;
  secondFactorVerified: boolean;
  mustChangePassword: boolean;
  demoMode: boolean;
}

/** Whether a user must have a second factor: everyone who can see identifying data, outside demo mode. */
export function isSecondFactorRequired(roles: readonly Role[], demoMode: boolean): boolean {
  return !demoMode && roles.some((role) => ROLES_SEEING_IDENTIFYING_DATA.includes(role));
}

/**
 * The next step of signing in, in a fixed order: prove the second factor (when the user has
 * one), change a temporary or published password, enrol a second factor (when required), and
 * only then an active session.
 */
export function nextSessionState(progress: SignInProgress): SessionState {
  if (progress.hasSecondFactor && !progress.secondFactorVerified) return 'second_factor';
  if (progress.mustChangePassword) return 'change_password';
  if (!progress.hasSecondFactor && isSecondFactorRequired(progress.roles, progress.demoMode)) return 'enrol_second_factor';
  return 'active';
}
