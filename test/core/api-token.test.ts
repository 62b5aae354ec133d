import { describe, expect, it } from 'vitest';
import { findByHash, hashToken, newToken, TOKEN_PREFIX } from '../../src/core/api-token.js';

describe('API tokens', () => {
  it('makes distinct random tokens of 256 bits, and ids apart from them', () => {
    const made = Array.from({ length: 50 }, () => newToken());
    expect(new Set(made.map((m) => m.token)).size).toBe(50);
    for (const { token, id } of made) {
      expect(token.startsWith(TOKEN_PREFIX)).toBe(true);
      expect(Buffer.from(token.slice(TOKEN_PREFIX.length), 'base64url')).toHaveLength(32);
      expect(token).not.toContain(id);
    }
  });

  it('finds the candidate with the hash, and none for another token or a malformed hash', () => {
    const tokens = Array.from({ length: 5 }, () => newToken());
    const candidates = tokens.map((t, i) => ({ id: `t${i}`, hash: hashToken(t.token) }));
    expect(findByHash(candidates, hashToken(tokens[3]!.token))?.id).toBe('t3');
    expect(findByHash(candidates, hashToken(newToken().token))).toBeUndefined();
    expect(findByHash(candidates, 'not hex')).toBeUndefined();
    expect(findByHash(candidates, hashToken(tokens[3]!.token).slice(0, 32))).toBeUndefined();
    expect(findByHash([], hashToken(tokens[0]!.token))).toBeUndefined();
  });
});
