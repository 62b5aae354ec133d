import { createHash } from 'node:crypto';
import { stringify } from 'safe-stable-stringify';

/** Key-order-independent JSON, so that equal content hashes equal. */
export function canonicalJson(value: unknown): string {
  return stringify(value) ?? 'null';
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function contentHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
