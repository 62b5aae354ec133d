// API bearer tokens: random, shown once, kept only as a SHA-256 (enough for 256 random bits: no
// dictionary to try), compared in constant time so that response times tell nothing of a hash.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

export const TOKEN_PREFIX = 'fed_';

/** A new token and the id it is listed and revoked by. */
export function newToken(): { token: string; id: string } {
  return { token: `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`, id: randomUUID() };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The one of `candidates` whose hash is `hash`, comparing with every candidate in constant time. */
export function findByHash<T extends { hash: string }>(candidates: readonly T[], hash: string): T | undefined {
  const wanted = Buffer.from(hash, 'hex');
  let found: T | undefined;
  for (const candidate of candidates) {
    const stored = Buffer.from(candidate.hash, 'hex');
    if (stored.length === wanted.length && timingSafeEqual(stored, wanted) && !found) found = candidate;
  }
  return found;
}
