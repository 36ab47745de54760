import { useSyncExternalStore } from 'react';
import type { SessionInfo } from '@ctip/contracts';

/** Why the user is signed out: never signed in, signed out by choice, or the session ended. */
export type SignedOutReason = 'none' | 'signed_out' | 'expired';

/** Where the browser stands with the server's session. */
export type SessionSnapshot =
  | { status: 'loading' }
  | { status: 'unreachable' }
  | { status: 'signed_out'; reason: SignedOutReason }
  | { status: 'signed_in'; session: SessionInfo };

// The session lives in memory only (never in browser storage) and outside TanStack Query, so
// that clearing every cached record on sign-out cannot lose track of the session itself.
let snapshot: SessionSnapshot = { status: 'loading' };
const listeners = new Set<() => void>();

/** Replaces the session snapshot and tells every subscriber. */
export function setSessionSnapshot(next: SessionSnapshot): void {
  snapshot = next;
  for (const listener of listeners) listener();
}

/** The current snapshot, outside React. */
export function getSessionSnapshot(): SessionSnapshot {
  return snapshot;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The session snapshot, re-rendering when it changes. */
export function useSessionSnapshot(): SessionSnapshot {
  return useSyncExternalStore(subscribe, getSessionSnapshot, getSessionSnapshot);
}

/**
 * The signed-in session, for components rendered only inside the application.
 * @throws Error when called while nobody is signed in (a programming error).
 */
export function useSession(): SessionInfo {
  const current = useSessionSnapshot();
  if (current.status !== 'signed_in') throw new Error('useSession() used outside a signed-in view');
  return current.session;
}
