import { z } from 'zod';
import {
  enrolmentStartSchema,
  recoveryCodesSchema,
  SESSION_STATES,
  sessionInfoSchema,
  type changePasswordRequestSchema,
  type Locale,
  type secondFactorRequestSchema,
  type SessionInfo,
  type signInRequestSchema,
} from '@ctip/contracts';
import { apiRequest } from '../../lib/api';
import { isApiError } from '../../lib/api-error';

const stepResultSchema = z.object({ state: z.enum(SESSION_STATES) });

/**
 * Reads the session; resolves to null when signed out (401).
 * @throws ApiError for anything but 401.
 */
export async function fetchSession(): Promise<SessionInfo | null> {
  try {
    return await apiRequest('GET', '/api/auth/session', { schema: sessionInfoSchema, isUnauthenticatedExpected: true });
  } catch (error) {
    if (isApiError(error, 'unauthenticated', 'second_factor_required')) return null;
    throw error;
  }
}

/** Signs in with email and password. @throws ApiError (401 for a wrong email or password). */
export function signIn(body: z.input<typeof signInRequestSchema>) {
  return apiRequest('POST', '/api/auth/sign-in', { body, schema: stepResultSchema, isUnauthenticatedExpected: true });
}

/** Proves the second factor. @throws ApiError validation_failed for a wrong code. */
export function proveSecondFactor(body: z.input<typeof secondFactorRequestSchema>) {
  return apiRequest('POST', '/api/auth/second-factor', { body, schema: stepResultSchema });
}

/** Starts setting up an authenticator app: the secret, shown once. @throws ApiError */
export function startEnrolment() {
  return apiRequest('POST', '/api/auth/second-factor/enrolment', { schema: enrolmentStartSchema });
}

/** Confirms the authenticator app with a code; answers the recovery codes once. @throws ApiError */
export function confirmEnrolment(code: string) {
  return apiRequest('POST', '/api/auth/second-factor/enrolment/confirm', { body: { code }, schema: recoveryCodesSchema });
}

/** Changes the user's own password. @throws ApiError validation_failed naming the field. */
export function changePassword(body: z.input<typeof changePasswordRequestSchema>) {
  return apiRequest('POST', '/api/auth/password', { body, schema: stepResultSchema });
}

/** Ends the session on the server. @throws ApiError */
export function signOut() {
  return apiRequest('POST', '/api/auth/sign-out', { isUnauthenticatedExpected: true });
}

/** Saves the interface language for the user; answers the refreshed session. @throws ApiError */
export function savePreferredLocale(locale: Locale) {
  return apiRequest('PATCH', '/api/me/preferences', { body: { locale }, schema: sessionInfoSchema });
}
