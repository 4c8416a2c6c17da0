import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh per-run token for browser mode (24 random bytes, base64url). */
export function createToken(): string {
  return randomBytes(24).toString('base64url');
}

/** True when the Host header names this server on the loopback address (defeats DNS rebinding). */
export function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** True when the Origin header is absent or is this server's own origin (defeats cross-site requests). */
export function isOwnOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/** Compares a presented token with the run's token in constant time. */
export function tokenMatches(presented: string | string[] | undefined, token: string): boolean {
  if (typeof presented !== 'string') return false;
  const given = Buffer.from(presented);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
