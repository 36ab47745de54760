import { authenticator } from 'otplib';

const STEP_SECONDS = 30;

/** A fresh base32 TOTP secret (160 bits, as RFC 4226 recommends). */
export function generateTotpSecret(): string {
  return authenticator.generateSecret(20);
}

/** The otpauth:// URI an authenticator app reads (as a QR code or typed in). */
export function totpUri(accountName: string, secret: string): string {
  return authenticator.keyuri(accountName, 'ctip', secret);
}

/**
 * Checks a code and returns the time step it belongs to, or null when it is wrong. One step
 * either side is accepted for clock drift. Callers refuse a step at or before the last one
 * accepted, so a code cannot be used twice (SECURITY.md 8).
 */
export function matchTotpStep(secret: string, code: string, now: Date): number | null {
  const checker = authenticator.clone({ epoch: now.getTime(), window: 1, step: STEP_SECONDS });
  const delta = checker.checkDelta(code, secret);
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / STEP_SECONDS) + delta;
}

/** The current code for a secret (tests and the demo use it; the server never needs to). */
export function currentTotpCode(secret: string, now: Date): string {
  return authenticator.clone({ epoch: now.getTime(), step: STEP_SECONDS }).generate(secret);
}
