import { z } from 'zod';
import {
  pageOf,
  ROLES,
  sessionSummarySchema,
  temporaryPasswordSchema,
  userSchema,
  type createUserRequestSchema,
  type Role,
  type updateUserRequestSchema,
} from '@ctip/contracts';
import { apiRequest } from '../../lib/api';

const userPageSchema = pageOf(userSchema);
const sessionPageSchema = pageOf(sessionSummarySchema);

/** Filters of the user list. */
export interface UserListQuery {
  page: number;
  pageSize: number;
  search?: string;
  organisationId?: string | null;
  role?: Role | null;
  status?: 'active' | 'disabled' | null;
}

const userPath = (id: string) => `/api/users/${encodeURIComponent(id)}`;

/** One page of users (own organisation, or all for the platform operator). @throws ApiError */
export function listUsers(query: UserListQuery, signal?: AbortSignal) {
  return apiRequest('GET', '/api/users', { query: { ...query }, schema: userPageSchema, signal });
}

/** One user. @throws ApiError not_found (also for users out of reach) */
export function getUser(id: string, signal?: AbortSignal) {
  return apiRequest('GET', userPath(id), { schema: userSchema, signal });
}

/** Creates a user; answers the temporary password, once. @throws ApiError */
export function createUser(body: z.input<typeof createUserRequestSchema>) {
  return apiRequest('POST', '/api/users', { body, schema: temporaryPasswordSchema });
}

/** Changes a user's name, roles or language. @throws ApiError */
export function updateUser(id: string, body: z.input<typeof updateUserRequestSchema>) {
  return apiRequest('PATCH', userPath(id), { body, schema: userSchema });
}

/** Disables a user (their sessions end) or enables them again. @throws ApiError */
export function setUserEnabled(id: string, isEnabled: boolean) {
  return apiRequest('POST', `${userPath(id)}/${isEnabled ? 'enable' : 'disable'}`, { schema: userSchema });
}

/** Issues a temporary password; answers it once. @throws ApiError */
export function resetUserPassword(id: string) {
  return apiRequest('POST', `${userPath(id)}/reset-password`, { schema: temporaryPasswordSchema });
}

/** Removes a user's lost second factor. @throws ApiError */
export function resetUserSecondFactor(id: string) {
  return apiRequest('POST', `${userPath(id)}/reset-second-factor`, { schema: userSchema });
}

/** One page of active sessions. @throws ApiError */
export function listSessions(query: { page: number; pageSize: number }, signal?: AbortSignal) {
  return apiRequest('GET', '/api/sessions', { query: { ...query }, schema: sessionPageSchema, signal });
}

/** Ends a session; its cookie is refused from then on. @throws ApiError */
export function endSession(id: string) {
  return apiRequest('DELETE', `/api/sessions/${encodeURIComponent(id)}`);
}

const colleaguesSchema = z.object({ items: z.array(z.object({ id: z.string(), displayName: z.string(), roles: z.array(z.enum(ROLES)) })) });

/** A colleague: an active member of the user's own organisation. */
export type Colleague = z.infer<typeof colleaguesSchema>['items'][number];

/** Active people of the user's own organisation (to assign work to or name on a restriction). @throws ApiError */
export function listColleagues(signal?: AbortSignal) {
  return apiRequest('GET', '/api/colleagues', { schema: colleaguesSchema, signal });
}
