// Harvested descriptions as safe HTML. They are untrusted and come as HTML, Markdown or plain
// text: HTML goes through an allowlist sanitizer, Markdown through `marked` and then the same
// sanitizer, plain text is escaped into paragraphs.
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { html, safeUrl, trusted, type SafeHtml } from '../html.js';

const LINK_REL = 'nofollow noopener noreferrer';

// Elements whose content is not text for a reader: dropped whole, not unwrapped.
const DROPPED_WITH_CONTENT = ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'template', 'title', 'head', 'select', 'frameset', 'noembed', 'xmp'];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'a', 'code', 'pre', 'blockquote', 'h3', 'h4', 'h5', 'h6', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'ftp'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: DROPPED_WITH_CONTENT,
  // Paragraphs and items left empty by what was removed (an image, a script block).
  exclusiveFilter: (frame) => frame.tag === 'p' && frame.text.trim() === '',
  transformTags: {
    // The page's own headings are h1 and h2: a description's headings sit below them.
    h1: 'h3',
    h2: 'h3',
    // Only absolute http/https/ftp links survive (not relative ones, which would point into this
    // site); a link without one is unwrapped to its text (span is not allowed).
    a: (_tagName, attribs): sanitizeHtml.Tag => {
      const href = safeUrl(attribs.href);
      return href ? { tagName: 'a', attribs: { href, rel: LINK_REL } } : { tagName: 'span', attribs: {} };
    },
  },
};

/** HTML from a harvested record, reduced to the allowlist (text of other elements kept, scripts,
 * styles and embedded documents dropped with their content). */
export function sanitizeDescriptionHtml(markup: string): SafeHtml {
  return trusted(sanitizeHtml(markup, OPTIONS));
}

const markdown = new Marked({ gfm: true, breaks: true, async: false });

/** Markdown (with the inline HTML CommonMark allows) rendered, then sanitized. */
export function markdownToSafeHtml(text: string): SafeHtml {
  return sanitizeDescriptionHtml(markdown.parse(text, { async: false }));
}

/** Plain text: escaped, paragraphs at blank lines, line breaks kept. */
export function plainTextToHtml(text: string): SafeHtml {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return html`${paragraphs.map((p) => html`<p>${p.split('\n').map((line, i) => html`${i > 0 ? trusted('<br>') : ''}${line}`)}</p>`)}`;
}

// Tags of elements that a description written in HTML uses (a `<` followed by other words,
// "a<b and c>d", is text).
const HTML_TAG = /<\/?(?:p|br|div|span|a|ul|ol|li|dl|dt|dd|strong|em|b|i|u|s|h[1-6]|table|thead|tbody|tr|th|td|font|img|hr|pre|code|blockquote|sup|sub|script|style|iframe|object|embed|svg|math|form|input|button|textarea|select|link|meta|base|video|audio|source|details|summary|section|article|center|small|big|abbr|cite|q|mark|label|frame|frameset|body|html|head|title|template|noscript)\b[^<>]*>|<!--/i;
// Markdown constructs: links, emphasis, code, headings, lists, quotes, tables, rules.
const MARKDOWN_HINT = /\]\(|\]\[|\*\*|__|`|~~|(?:^|[\s(])[*_][^\s*_]|^\s{0,3}(?:#{1,6}\s|>|[-+*]\s|\d{1,9}[.)]\s|\|)|^\s{0,3}(?:[-*_]\s*){3,}$|^(?: {4}|\t)\S/m;

export type RichTextKind = 'html' | 'markdown' | 'text';

/** How a description is written: Markdown wins when both show (CommonMark carries inline HTML). */
export function richTextKind(text: string): RichTextKind {
  if (MARKDOWN_HINT.test(text)) return 'markdown';
  if (HTML_TAG.test(text)) return 'html';
  return 'text';
}

/** A harvested description as safe HTML, whatever it is written in. */
export function renderRichText(text: string): SafeHtml {
  switch (richTextKind(text)) {
    case 'markdown':
      return markdownToSafeHtml(text);
    case 'html':
      return sanitizeDescriptionHtml(text);
    case 'text':
      return plainTextToHtml(text);
  }
}
