// The contact point: a vCard `{fn, hasEmail: "mailto:..."}` (1.1; Hub writes "mailto: x@y" with
// a space), or a name with `mbox` beside it (1.0).
import type { ContactPoint } from '../../core/dataset.js';
import { collapseWhitespace } from '../../core/text.js';
import type { DataJsonDataset } from './types.js';
import { httpUrl, text } from './values.js';

export function emailOf(value: unknown): string | undefined {
  const t = text(value)?.replace(/^mailto:\s*/i, '').trim();
  return t !== undefined && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t) ? t : undefined;
}

export function contactPoint(dataset: DataJsonDataset, tag: string): ContactPoint | undefined {
  const vcard = dataset.contactPoint;
  const fn = typeof vcard === 'string' ? text(vcard) : text(vcard?.fn);
  const email = (typeof vcard === 'object' && vcard !== null ? emailOf(vcard.hasEmail) : undefined) ?? emailOf(dataset.mbox);
  const url = typeof vcard === 'object' && vcard !== null ? httpUrl(vcard.hasURL) : undefined;
  if (fn === undefined && email === undefined && url === undefined) return undefined;
  return {
    ...(fn !== undefined ? { name: { [tag]: collapseWhitespace(fn) } } : {}),
    ...(email !== undefined ? { email } : {}),
    ...(url !== undefined ? { url } : {}),
  };
}
