import { describe, expect, it } from 'vitest';
import { readLicence } from '../../../src/sources/common/licence-text.js';

describe('licences as DCAT-US feeds and Hub give them', () => {
  it('recognizes a URL, an id, a title, and the links inside an HTML paragraph', () => {
    expect(readLicence({ url: 'https://creativecommons.org/licenses/by/4.0/' }).licence?.id).toBe('CC-BY-4.0');
    expect(readLicence({ id: 'CC-BY-4.0' }).licence?.id).toBe('CC-BY-4.0');
    expect(readLicence({ text: 'Open Government Licence - Canada' }).licence?.id).toBe('OGL-Canada-2.0');
    const html = "<DIV><P><A href='https://manitoba.ca/legal/copyright.html'><SPAN>Terms</SPAN></A></P></DIV>";
    expect(readLicence({ text: html })).toEqual({ licence: { id: 'OpenMB', url: expect.stringMatching(/^https:\/\/manitoba\.ca\//) as unknown as string } });
    // A link the vocabulary does not know, whose text names a licence it knows.
    expect(readLicence({ text: '<a href="https://example.ca/terms">Open Government Licence – Canada</a>' }).licence).toEqual({ id: 'OGL-Canada-2.0', url: expect.any(String) as unknown as string });
  });

  it('recognizes a licence named by a link’s text inside a sentence, whatever the link', () => {
    const html = '<p>This data is provided under the <a href="https://data.guelph.ca/pages/open-government-licence" target="_blank">Open Government Licence &ndash; City of Guelph</a>.</p>';
    expect(readLicence({ text: html }).licence).toEqual({ id: 'OGL-Guelph', url: 'http://data.open.guelph.ca/pages/open-government-licence' });
    // A link whose text names nothing known leaves the paragraph as the source gave it.
    const terms = readLicence({ text: '<p>Use is subject to the <a href="https://example.ca/terms">Terms of Use</a>.</p>' });
    expect(terms.licence).toEqual({ original: 'Use is subject to the Terms of Use.', url: 'https://example.ca/terms' });
  });

  it('keeps what it does not recognize as plain text with its link, and says so in a note', () => {
    const disclaimer = `<p><b>DISCLAIMER:</b> provided as is &amp; without warranty.</p>${'<p>More conditions.</p>'.repeat(60)}`;
    const { licence, note } = readLicence({ text: disclaimer, url: 'https://example.ca/terms.pdf' });
    expect(licence?.id).toBeUndefined();
    expect(licence?.url).toBe('https://example.ca/terms.pdf');
    expect(licence?.original?.startsWith('DISCLAIMER: provided as is & without warranty. More conditions.')).toBe(true);
    expect(licence?.original?.length).toBeLessThanOrEqual(500);
    expect(licence?.original?.endsWith('…')).toBe(true);
    expect(note).toMatch(/^licence not recognized, kept as the source gives it: "DISCLAIMER: provided as is/);
  });

  it('says nothing when there is nothing', () => {
    expect(readLicence({})).toEqual({});
    expect(readLicence({ text: '   ', url: '' })).toEqual({});
  });
});
