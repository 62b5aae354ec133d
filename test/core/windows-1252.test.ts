import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/community/import/progress-csv.js';
import { decodeWindows1252 } from '../../src/core/windows-1252.js';

describe('Windows-1252', () => {
  it('reads 0x80-0x9F as Windows-1252 does (€, ’, dashes), not as Latin-1 control characters', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x20, 0x92, 0x96, 0x97, 0x9c, 0xe9, 0x41]))).toBe('€ ’–—œéA');
    // Bytes Windows-1252 leaves undefined stay what Latin-1 makes of them.
    expect(decodeWindows1252(Uint8Array.from([0x81, 0x8d]))).toBe('\u0081\u008d');
  });

  it('is what the community importers use for a file that is not UTF-8', () => {
    expect(decodeText(Uint8Array.from(Buffer.from('l\x92école co\xfbte 5\x80', 'latin1')))).toBe('l’école coûte 5€');
  });
});
