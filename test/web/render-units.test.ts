// Sizes, instants, durations and script-safe JSON as the pages write them, in both languages.
import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDuration } from '../../src/web/render/datetime.js';
import { scriptSafeJson } from '../../src/web/render/json-ld.js';
import { formatBytes } from '../../src/web/render/size.js';

const nb = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');

describe('render units', () => {
  it('gives sizes in decimal units, bytes in English and octets in French', () => {
    expect([0, 1, 999, 1000, 1_566_860, 999_999, 5_151_914_000].map((b) => nb(formatBytes('en', b)!))).toEqual(['0 bytes', '1 byte', '999 bytes', '1 kB', '1.6 MB', '1 MB', '5.2 GB']);
    expect([0, 1, 2, 1_566_860, 123_456_789].map((b) => nb(formatBytes('fr', b)!))).toEqual(['0 octet', '1 octet', '2 octets', '1,6 Mo', '123 Mo']);
    expect(formatBytes('en', -1)).toBeUndefined();
    expect(formatBytes('en', Number.NaN)).toBeUndefined();
  });

  it('gives instants in UTC and durations by their two largest units', () => {
    expect(nb(formatDateTime('en', '2026-11-27T08:01:38Z')!)).toBe('November 27, 2026 at 8:01 a.m. UTC');
    expect(nb(formatDateTime('fr', '2026-11-27T18:01:38Z')!)).toBe('27 novembre 2026 à 18 h 01 UTC');
    expect(formatDateTime('en', 'not a date')).toBe('not a date');
    expect([50, 400, 72_000, 6 * 3_600_000, 90_061_000].map((ms) => nb(formatDuration('en', ms)))).toEqual(['less than a second', '0.4 seconds', '1 minute, 12 seconds', '6 hours', '1 day, 1 hour']);
    expect([50, 72_000, 7 * 86_400_000].map((ms) => nb(formatDuration('fr', ms)))).toEqual(['moins d’une seconde', '1 minute et 12 secondes', '7 jours']);
  });

  it('writes JSON that no text can close a script element with, and that parses back', () => {
    const value = { name: '</script><script>alert(1)</script>', note: 'a & b > c\u2028d' };
    const json = scriptSafeJson(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
