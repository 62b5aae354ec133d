// Web sessions opened by pasting an API token: the cookie carries a random id, the store keeps only
// its SHA-256 with the token's id, role and expiry. The form token (CSRF) is derived from the id,
// so it needs no storage and changes with every session.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { findByHash, hashToken } from '../../core/api-token.js';
import type { TokenRole } from '../../core/permissions.js';
import type { Store } from '../../store/store.js';

export const SESSION_COOKIE = 'federa_session';
/** A random value given to the sign-in page, so that its form carries a token too. */
export const SIGN_IN_COOKIE = 'federa_sign_in';

export interface SessionPolicy {
  /** A session unused this long ends. */
  idleMs: number;
  /** A session ends this long after sign-in, however active. */
  absoluteMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 60 * 60_000, absoluteMs: 12 * 60 * 60_000 };

// Writing the last use at every page would make every signed-in view a write: once a minute is enough.
const TOUCH_EVERY_MS = 60_000;

export interface WebSession {
  role: TokenRole;
  tokenId: string;
  /** The hidden form field every state-changing form of this session carries. */
  csrf: string;
  /** The hash the store knows it by. */
  hash: string;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The form token of a session or sign-in cookie: an HMAC keyed by its secret random value. */
export function formToken(secret: string, purpose: 'session' | 'sign-in'): string {
  return createHmac('sha256', secret).update(`federa form ${purpose}`).digest('base64url');
}

/** Whether a submitted form token is the expected one, compared in constant time. */
export function sameFormToken(expected: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The live session a cookie value names, or undefined (unknown, expired, idle too long, token revoked). */
export async function findSession(store: Store, cookie: string | undefined, policy: SessionPolicy, now: Date): Promise<WebSession | undefined> {
  if (!cookie) return undefined;
  // A lookup by the hash of a 256-bit random value: timing reveals nothing an attacker can use.
  const hash = sha256(cookie);
  const stored = await store.findSession(hash);
  if (!stored) return undefined;
  const idleEnd = new Date(stored.lastSeenAt).getTime() + policy.idleMs;
  if (now.getTime() >= new Date(stored.expiresAt).getTime() || now.getTime() >= idleEnd) {
    await store.deleteSession(hash);
    return undefined;
  }
  if (now.getTime() - new Date(stored.lastSeenAt).getTime() >= TOUCH_EVERY_MS) await store.touchSession(hash, now.toISOString());
  return { role: stored.role, tokenId: stored.tokenId, csrf: formToken(cookie, 'session'), hash };
}

export type SignIn = { status: 'signed-in'; cookie: string; maxAgeSeconds: number } | { status: 'refused' };

/** Opens a session for a pasted API token (any live token: roles limit what the session may do). */
export async function signIn(store: Store, pasted: string, policy: SessionPolicy, now: Date): Promise<SignIn> {
  const text = pasted.trim();
  if (text === '' || text.length > 200) return { status: 'refused' };
  const token = findByHash(await store.listTokens(), hashToken(text));
  if (!token || token.revokedAt !== undefined) return { status: 'refused' };
  const idleBefore = new Date(now.getTime() - policy.idleMs).toISOString();
  await store.purgeSessions(now.toISOString(), idleBefore);
  const cookie = newSecret();
  await store.createSession({ hash: sha256(cookie), tokenId: token.id, role: token.role, createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + policy.absoluteMs).toISOString() });
  await store.touchToken(token.id, now.toISOString());
  return { status: 'signed-in', cookie, maxAgeSeconds: Math.floor(policy.absoluteMs / 1000) };
}

export async function signOut(store: Store, session: WebSession): Promise<void> {
  await store.deleteSession(session.hash);
}
