// The site's script: valid ES2020 that the CSP can serve as a file, enhancing only search fields.
// (Its behaviour in a browser is tested in test/browser.)
import { describe, expect, it } from 'vitest';
import { APP_SCRIPT } from '../../src/web/assets/app-script.js';

describe('app script', () => {
  it('parses, builds no markup from strings and asks the suggest API in the page language', () => {
    expect(() => new Function(APP_SCRIPT)).not.toThrow();
    // Suggestions are harvested text: set as text, never parsed as HTML.
    expect(APP_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
    expect(APP_SCRIPT).toContain("'/api/v1/suggest?q=' + encodeURIComponent(q) + '&lang=' + lang");
    for (const attribute of ["'role', 'combobox'", "'role', 'listbox'", "'role', 'option'", "'aria-expanded'", "'aria-activedescendant'", "'aria-live', 'polite'"]) {
      expect(APP_SCRIPT).toContain(attribute);
    }
  });
});
