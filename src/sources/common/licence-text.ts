// Licences as DCAT-US feeds and ArcGIS Hub give them: a URL, an id, or an HTML paragraph written
// in the portal's editor (a link to the licence, or a whole disclaimer). What the vocabulary
// recognizes becomes its id; the rest is kept as the source said it, with a note (not a failure:
// the record is fine, the licence is just not one Federa knows).
import type { LicenceRef } from '../../core/dataset.js';
import { recognizeLicence } from '../../core/licences.js';
import { htmlToText } from '../../core/text.js';
import { hrefs } from '../../core/vocab-key.js';

export interface LicenceReading {
  licence?: LicenceRef;
  /** Why the licence is kept as text only. */
  note?: string;
}

// Long enough for a licence's name with its conditions, short enough not to store disclaimers whole.
const MAX_ORIGINAL = 500;
const looksLikeUrl = (text: string): boolean => /^https?:\/\/\S+$/i.test(text);
const hasMarkup = (text: string): boolean => /<[a-z!/]|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(text);

function clip(text: string): string {
  return text.length <= MAX_ORIGINAL ? text : `${text.slice(0, MAX_ORIGINAL - 1).trimEnd()}…`;
}

function nonEmpty(value: string | undefined): string | undefined {
  const t = value?.trim();
  return t === undefined || t === '' ? undefined : t;
}

/** The texts of an HTML fragment's links: "provided under the <a href=…>Open Government Licence –
 * Guelph</a>" names the licence in its link alone. */
function linkTexts(html: string): string[] {
  const out: string[] = [];
  for (const match of html.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a\s*>/gi)) {
    const text = htmlToText(match[1] ?? '').replace(/\s+/g, ' ').trim();
    if (text !== '' && !looksLikeUrl(text)) out.push(text);
  }
  return out;
}

/** A licence from what a record says: an id (`CC-BY-4.0`, Hub's `custom`), a URL, and a text that
 * may be HTML. `undefined` licence when the record says nothing. */
export function readLicence(input: { id?: string; url?: string; text?: string }): LicenceReading {
  const id = nonEmpty(input.id);
  const url = nonEmpty(input.url);
  const raw = nonEmpty(input.text);
  const links = raw !== undefined && raw.includes('<') ? hrefs(raw).filter(looksLikeUrl) : [];
  const plain = raw === undefined ? undefined : nonEmpty(hasMarkup(raw) ? htmlToText(raw).replace(/\s+/g, ' ') : raw.replace(/\s+/g, ' '));
  const textUrl = plain !== undefined && looksLikeUrl(plain) ? plain : undefined;

  // Each link of an HTML paragraph is tried first: "see <a href=licence-url>the licence</a>".
  for (const candidate of [url, textUrl, ...links]) {
    if (candidate === undefined) continue;
    const known = recognizeLicence({ url: candidate });
    if (known) return { licence: { id: known.id, url: known.url ?? candidate } };
  }
  const linkUrl = url ?? textUrl ?? links[0];
  const known =
    recognizeLicence({ ...(id !== undefined ? { id } : {}), ...(plain !== undefined && !textUrl ? { title: plain } : {}) }) ??
    (raw !== undefined && raw.includes('<') ? linkTexts(raw).map((title) => recognizeLicence({ title })).find((l) => l !== undefined) : undefined);
  if (known) {
    const knownUrl = known.url ?? linkUrl;
    return { licence: { id: known.id, ...(knownUrl !== undefined ? { url: knownUrl } : {}) } };
  }

  const original = plain !== undefined && plain !== textUrl ? clip(plain) : id ?? linkUrl;
  if (original === undefined) return {};
  const licence: LicenceRef = { original, ...(linkUrl !== undefined ? { url: linkUrl } : {}) };
  const said = original.length > 80 ? `${original.slice(0, 79)}…` : original;
  return { licence, note: `licence not recognized, kept as the source gives it: "${said}"` };
}
