// Who may change state through the API: a bearer token created with `federa tokens create`,
// checked against the roles policy of core/permissions.ts.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { findByHash, hashToken } from '../core/api-token.js';
import { mayDo, refusal, type Action } from '../core/permissions.js';
import type { Store, StoredToken } from '../store/store.js';
import { ApiError } from './errors.js';

export type { Action } from '../core/permissions.js';

// Tokens are base64url; anything much longer is no token of ours and is not hashed.
const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]{1,200})$/;

function unauthorized(en: string, fr: string): ApiError {
  return new ApiError(401, 'unauthorized', { en, fr }, undefined, { 'www-authenticate': 'Bearer realm="federa"' });
}

/** Resolves to the token a request carries, or throws 401/403. Never logs or echoes the token. */
export async function authorize(store: Store, request: FastifyRequest, action: Action, now: () => Date = () => new Date()): Promise<StoredToken> {
  const header = request.headers.authorization;
  if (header === undefined) {
    throw unauthorized('this request changes state: send "Authorization: Bearer <token>" (federa tokens create)', 'cette requête modifie des données : envoyez « Authorization: Bearer <jeton> » (federa tokens create)');
  }
  const match = BEARER.exec(header);
  const token = match ? findByHash(await store.listTokens(), hashToken(match[1]!)) : undefined;
  if (!token || token.revokedAt !== undefined) {
    throw unauthorized('invalid, unknown or revoked bearer token', 'jeton porteur invalide, inconnu ou révoqué');
  }
  if (!mayDo(token.role, action)) throw new ApiError(403, 'forbidden', refusal(token.role, action));
  await store.touchToken(token.id, now().toISOString());
  return token;
}

/** A Fastify preHandler requiring a token allowed to do `action`. */
export function requireAction(store: Store, action: Action) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    await authorize(store, request, action);
  };
}
