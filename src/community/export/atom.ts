// One commitment's progress updates as an Atom 1.0 feed (RFC 4287), newest first, in one language.
import { Feed } from 'feed';
import type { Label, UiLang } from '../../core/langstring.js';
import type { BiText, Indicator, ProgressReport } from '../../core/community/types.js';
import { splitPlanQualified } from '../../core/community/ids.js';
import { PROGRESS_STATUS_LABELS } from '../../core/community/vocab.js';
import type { StoredCommunityRecord } from '../../store/community.js';
import { pickBiText } from './bi-text.js';

/** Turns Markdown into safe HTML. The faces pass the site's sanitizing renderer (src/web cannot be
 * imported from here); without one the text is escaped. */
export type MarkdownRenderer = (markdown: string) => string;

export interface AtomOptions {
  lang: UiLang;
  /** RFC 4151 tag authority: a domain Federa's operator held on that date (`2026` or `2026-11-27`). */
  tagAuthority: { domain: string; date: string };
  /** The commitment's page (absolute http(s) URL), linked from the feed and every entry. */
  commitmentPage: string;
  /** Where the feed itself is served (rel="self"). */
  selfUrl?: string;
  renderMarkdown?: MarkdownRenderer;
  author?: string;
}

const FEED_SUFFIX: Label = { en: 'progress updates', fr: 'mises à jour des progrès' };
const SECTIONS: { field: 'progress' | 'evidence' | 'challenges'; label: Label }[] = [
  { field: 'progress', label: { en: 'Progress', fr: 'Progrès' } },
  { field: 'evidence', label: { en: 'Evidence', fr: 'Preuves' } },
  { field: 'challenges', label: { en: 'Challenges', fr: 'Défis' } },
];

const DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;
const TAG_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
// Characters XML 1.0 forbids: they would make the whole feed unreadable.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

// xml-js writes text with "&amp;" turned back into "&" first: escaping "&" ourselves keeps a
// literal "&amp;" intact. It also splits only the first "]]>" of a CDATA section.
function plainElementText(text: string): string {
  return xmlText(text).replace(/&/g, '&amp;');
}

function cdataHtml(markup: string): string {
  return xmlText(markup).replace(/]]>/g, ']]&gt;');
}

function escapedParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function absoluteHttpUrl(url: string, what: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Atom feed: ${what} "${url}" is not an absolute URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`Atom feed: ${what} "${url}" is not an http(s) URL`);
  return parsed.href;
}

/** A stable `tag:` URI (RFC 4151) for a record of ours. */
export function tagUri(authority: AtomOptions['tagAuthority'], specific: string): string {
  if (!DOMAIN.test(authority.domain)) throw new Error(`Atom feed: tag authority domain "${authority.domain}" is not a domain name`);
  if (!TAG_DATE.test(authority.date)) throw new Error(`Atom feed: tag authority date "${authority.date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  return `tag:${authority.domain.toLowerCase()},${authority.date}:${specific}`;
}

function section(text: BiText, label: Label, options: AtomOptions, render: MarkdownRenderer): string {
  const picked = pickBiText(text, options.lang);
  if (!picked) return '';
  // Text that fell back to the other language says so, for screen readers and translators.
  const langAttr = picked.lang === options.lang ? '' : ` lang="${picked.lang}"`;
  return `<h3>${escapeHtml(label[options.lang])}</h3><div${langAttr}>${render(picked.text)}</div>`;
}

/** Newest first: by recordedAt, then by id (the store's `#n` counter) for reports of the same instant. */
function newestFirst(a: ProgressReport, b: ProgressReport): number {
  if (a.recordedAt !== b.recordedAt) return a.recordedAt < b.recordedAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** The commitment's progress reports as an Atom feed; `indicators` give the codes shown in titles. */
export function commitmentProgressAtom(
  commitment: StoredCommunityRecord<'commitment'>,
  indicators: readonly Indicator[],
  reports: readonly ProgressReport[],
  options: AtomOptions,
): string {
  const page = absoluteHttpUrl(options.commitmentPage, 'commitment page');
  const self = options.selfUrl === undefined ? undefined : absoluteHttpUrl(options.selfUrl, 'feed URL');
  const render = options.renderMarkdown ?? escapedParagraphs;
  const codes = new Map(indicators.map((i) => [i.id, i.code]));
  const sorted = [...reports].sort(newestFirst);
  const title = pickBiText(commitment.data.title, options.lang)?.text ?? commitment.id;
  const feed = new Feed({
    id: tagUri(options.tagAuthority, `commitment/${encodeURIComponent(commitment.id)}`),
    title: plainElementText(`${title}: ${FEED_SUFFIX[options.lang]}`),
    updated: new Date(sorted[0]?.recordedAt ?? commitment.updatedAt),
    link: page,
    ...(self ? { feedLinks: { atom: self } } : {}),
    author: { name: plainElementText(options.author ?? 'Federa') },
    generator: false,
  });
  for (const report of sorted) {
    const code = codes.get(report.indicator) ?? splitPlanQualified(report.indicator)?.code ?? report.indicator;
    const status = PROGRESS_STATUS_LABELS[report.status]?.[options.lang] ?? report.status;
    const content = SECTIONS.map((s) => section(report[s.field], s.label, options, render)).join('');
    feed.addItem({
      id: tagUri(options.tagAuthority, `progress/${encodeURIComponent(report.id)}`),
      // The feed package writes titles as type="html": the text is escaped into HTML.
      title: cdataHtml(escapeHtml(`${code}: ${status} (${report.period})`)),
      link: page,
      date: new Date(report.recordedAt),
      ...(content ? { content: cdataHtml(content) } : {}),
    });
  }
  // The feed package has no option for xml:lang on Atom; the root element is its own, fixed text.
  return feed.atom1().replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${options.lang}">`);
}
