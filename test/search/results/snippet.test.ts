import { describe, expect, it } from 'vitest';
import { termOf } from '../../../src/search/analysis/analyze.js';
import { snippet } from '../../../src/search/results/snippet.js';

const terms = (lang: 'en' | 'fr', ...words: string[]): Set<string> => new Set(words.map((w) => termOf(w, lang)!));

describe('snippets', () => {
  it('wraps matched words, whatever their form, in <mark>', () => {
    expect(snippet('Hôpitaux et hopital du Québec', 'fr', terms('fr', 'hôpital'))).toBe('<mark>Hôpitaux</mark> et <mark>hopital</mark> du Québec');
  });

  it('escapes everything that is not a mark', () => {
    expect(snippet('Roads <script>alert(1)</script> & "quotes" roads', 'en', terms('en', 'road'))).not.toMatch(/<script>/);
    expect(snippet('a < b & "c" roads', 'en', terms('en', 'road'))).toBe('a &lt; b &amp; &quot;c&quot; <mark>roads</mark>');
  });

  it('reduces Markdown and HTML to plain text', () => {
    expect(snippet('**Road** data, see [the map](https://example.ca/map).', 'en', terms('en', 'road'))).toBe('<mark>Road</mark> data, see the map.');
    expect(snippet('<p>Road <b>safety</b></p><p>Second &amp; last</p>', 'en', terms('en', 'safety'))).toBe('Road <mark>safety</mark> Second &amp; last');
  });

  it('shows the passage with the matches of a long text, cut on words with ellipses', () => {
    const filler = 'Lorem ipsum dolor sit amet consectetur. '.repeat(20);
    const text = `${filler}The winter roads are closed. ${filler}`;
    const out = snippet(text, 'en', terms('en', 'winter'));
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('<mark>winter</mark> roads are closed');
    expect(out.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(242);
  });

  it('starts at the beginning when nothing matches', () => {
    const out = snippet(`Start here. ${'word '.repeat(100)}`, 'en', terms('en', 'absent'));
    expect(out.startsWith('Start here.')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
  });
});
