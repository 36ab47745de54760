import crypto from 'node:crypto';

/** A random, URL-safe token with 256 bits of entropy. */
export function randomToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/**
 * The key under which a secret token is stored: its HMAC under the session secret. The database
 * holds only this, so a copy of the database does not let anyone present a session cookie.
 */
export function keyedDigest(secret: Buffer, purpose: string, value: string): string {
  return crypto.createHmac('sha256', secret).update(`${purpose}\u0000${value}`, 'utf8').digest('hex');
}

/** Compares two strings in time independent of where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}
