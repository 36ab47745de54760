import dayjs from 'dayjs';
import i18next from 'i18next';
import type { Locale, SessionInfo } from '@ctip/contracts';
import { setCsrfToken } from '../../lib/api';
import { writeStoredLocale } from '../../lib/locale-storage';
import { queryClient } from '../../lib/query-client';
import { fetchSession, savePreferredLocale, signOut } from './api';
import { getSessionSnapshot, setSessionSnapshot, type SignedOutReason } from './session-store';

/** Shows the interface in a language and remembers the choice for the next visit (the code only). */
export function applyLocale(locale: Locale): void {
  if (i18next.language !== locale) void i18next.changeLanguage(locale);
  dayjs.locale(locale);
  writeStoredLocale(locale);
}

/** Takes a session the server answered: its CSRF token, its user's language, and the view it leads to. */
export function acceptSession(session: SessionInfo): void {
  setCsrfToken(session.csrfToken);
  applyLocale(session.user.locale);
  setSessionSnapshot({ status: 'signed_in', session });
}

/**
 * Forgets the session in the browser: the CSRF token and every cached record
 * (SECURITY.md 16), then shows sign-in. Does not call the server.
 */
export function forgetSession(reason: SignedOutReason): void {
  setCsrfToken(null);
  queryClient.clear();
  setSessionSnapshot({ status: 'signed_out', reason });
}

/**
 * Re-reads GET /api/auth/session, as after every sign-in step (each step issues a new session
 * and CSRF token). Resolves to the session, or null when signed out.
 * @throws ApiError when the server cannot be reached; the snapshot then says so.
 */
export async function refreshSession(): Promise<SessionInfo | null> {
  try {
    const session = await fetchSession();
    if (session) acceptSession(session);
    else if (getSessionSnapshot().status !== 'signed_out') forgetSession('none');
    return session;
  } catch (error) {
    if (getSessionSnapshot().status === 'loading') setSessionSnapshot({ status: 'unreachable' });
    throw error;
  }
}

/**
 * Signs out on the server, then forgets everything in the browser whatever the answer.
 * Resolves to false when the server could not be told (the session then ends at its timeout).
 */
export async function signOutEverywhere(): Promise<boolean> {
  try {
    await signOut();
    return true;
  } catch {
    return false;
  } finally {
    forgetSession('signed_out');
  }
}

/**
 * Changes the interface language at once and, when signed in, saves it for the user.
 * @throws ApiError when saving fails (the language stays changed for this visit).
 */
export async function changeInterfaceLanguage(locale: Locale): Promise<void> {
  applyLocale(locale);
  const current = getSessionSnapshot();
  if (current.status === 'signed_in' && current.session.state === 'active' && current.session.user.locale !== locale) {
    acceptSession(await savePreferredLocale(locale));
  }
}
