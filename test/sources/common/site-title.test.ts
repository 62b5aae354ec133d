import { describe, expect, it } from 'vitest';
import { htmlTitle } from '../../../src/sources/common/site-title.js';

describe('a portal name from its home page', () => {
  it('prefers og:site_name, else the title, entities decoded and spaces collapsed', () => {
    expect(htmlTitle('<html><head><title>\n  Open Data &amp; Maps \n</title></head></html>')).toBe('Open Data & Maps');
    expect(htmlTitle('<head><title>Home</title><meta property="og:site_name" content="Saskatchewan GeoHub"></head>')).toBe('Saskatchewan GeoHub');
    expect(htmlTitle('<svg><title>icon</title></svg><title>Second</title>')).toBe('Second');
    expect(htmlTitle('<html><body>no title</body></html>')).toBeUndefined();
  });
});
