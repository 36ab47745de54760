import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';

/**
 * The session cookie. Over HTTPS it is `__Host-` prefixed and Secure (browsers then refuse it
 * from any other origin or path); it is always HttpOnly and SameSite=Strict.
 */
export const SECURE_COOKIE_NAME = '__Host-ctip_session';
/** The cookie's name on plain-HTTP development servers, where Secure cookies cannot be set. */
export const PLAIN_COOKIE_NAME = 'ctip_session';

/** Whether this request's cookie must be Secure. */
export function isSecureRequest(config: Config, request: FastifyRequest): boolean {
  if (config.cookieSecure === 'always') return true;
  if (config.cookieSecure === 'never') return false;
  return request.protocol === 'https';
}

/** The session token the request carries, if any. */
export function readSessionToken(request: FastifyRequest): string | null {
  return request.cookies[SECURE_COOKIE_NAME] ?? request.cookies[PLAIN_COOKIE_NAME] ?? null;
}

/** Sets the session cookie; its lifetime is the session's absolute timeout. */
export function setSessionCookie(config: Config, request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: string): void {
  const secure = isSecureRequest(config, request);
  reply.setCookie(secure ? SECURE_COOKIE_NAME : PLAIN_COOKIE_NAME, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure,
    expires: new Date(expiresAt),
  });
}

/** Removes the session cookie (both names, whichever was set). */
export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SECURE_COOKIE_NAME, { path: '/', secure: true, httpOnly: true, sameSite: 'strict' });
  reply.clearCookie(PLAIN_COOKIE_NAME, { path: '/', httpOnly: true, sameSite: 'strict' });
}
