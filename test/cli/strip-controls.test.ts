// Harvested text printed on a terminal loses the control characters that would drive it.
import { describe, expect, it } from 'vitest';
import { stripControls, stripControlsLine, terminalJson } from '../../src/cli/strip-controls.js';

describe('stripControls', () => {
  it('removes escape sequences’ introducers, C1 controls, DEL and bells, keeping the text around them', () => {
    expect(stripControls('a\x1b[2J\x1b]0;title\x07b')).toBe('a[2J]0;titleb');
    expect(stripControls('red\x9b31m \x9d0;t\x9c end')).toBe('red31m 0;t end');
    expect(stripControls('back\x08\x08 del\x7f nul\x00 cr\r')).toBe('back del nul cr');
  });

  it('keeps tabs, newlines and every printable character, accents and symbols included', () => {
    const text = 'Données\tQuébec\n« été » — 50 % ≤ 100 € 漢字 \u00a0 \u00ff';
    expect(stripControls(text)).toBe(text);
  });

  it('makes one line of a text with tabs and line breaks', () => {
    expect(stripControlsLine('one\ntwo\tthree\r\nfour\x1b[0m')).toBe('one two three four[0m');
  });
});

describe('terminalJson', () => {
  it('escapes the controls JSON.stringify leaves raw, and parses back to the same data', () => {
    const value = { title: 'a\x1b[31m b\x9b31m c\x7f d\u2028e', n: 1, list: ['été'] };
    const json = terminalJson(value);
    expect(json).toContain('\\u001b');
    expect(json).toContain('\\u009b');
    expect(json).toContain('\\u007f');
    expect(json).toContain('\\u2028');
    expect(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/.test(json)).toBe(false);
    expect(JSON.parse(json)).toEqual(value);
  });
});
