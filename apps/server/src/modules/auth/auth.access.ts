import { anySignedIn, type AccessEntry } from '../../testing/access-matrix';

/** Access matrix rows of signing in and the user's own settings. */
export const authAccess: AccessEntry[] = [
  // Public: the declared outcome of wrong credentials is the same 401 for everyone.
  { method: 'POST', url: '/api/auth/sign-in', expected: () => 401, request: async () => ({ url: '/api/auth/sign-in', body: { email: `nobody-${Math.random().toString(36).slice(2)}@example.test`, password: 'wrong password' } }) },
  { method: 'GET', url: '/api/auth/session', expected: anySignedIn, request: async () => ({ url: '/api/auth/session' }) },
  // A full session is not waiting for a second factor.
  { method: 'POST', url: '/api/auth/second-factor', expected: (actor) => (actor === 'anonymous' ? 401 : 409), request: async () => ({ url: '/api/auth/second-factor', body: { code: '123456' } }) },
  { method: 'POST', url: '/api/auth/second-factor/enrolment', expected: anySignedIn, request: async () => ({ url: '/api/auth/second-factor/enrolment' }) },
  { method: 'POST', url: '/api/auth/second-factor/enrolment/confirm', expected: (actor) => (actor === 'anonymous' ? 401 : 400), request: async () => ({ url: '/api/auth/second-factor/enrolment/confirm', body: { code: '000000' } }) },
  { method: 'POST', url: '/api/auth/password', expected: (actor) => (actor === 'anonymous' ? 401 : 400), request: async () => ({ url: '/api/auth/password', body: { currentPassword: 'not it', newPassword: 'a brand new password' } }) },
  { method: 'POST', url: '/api/auth/sign-out', consumesSession: true, expected: anySignedIn, request: async () => ({ url: '/api/auth/sign-out' }) },
  { method: 'PATCH', url: '/api/me/preferences', expected: anySignedIn, request: async () => ({ url: '/api/me/preferences', body: { locale: 'km' } }) },
];
