// Text cleaning shared by every source: portals send titles with stray whitespace and
// descriptions in Markdown (CKAN) or HTML (DCAT, ArcGIS Hub); the core keeps plain text with
// paragraphs, which search indexes and snippets can use as is.
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import { Lexer, type Token, type Tokens } from 'marked';

/** `undefined` for null, undefined and blank text; otherwise the text unchanged. */
/** A copy of a string that refers to no larger one. Parsers hand over slices of their input: one
 * kept for a whole run (an id in a set of listed records) would keep its whole chunk alive, and
 * memory would grow with the catalogue. V8 copies strings shorter than 13 characters already. */
export function detached(text: string): string {
  return text.length < 13 ? text : (text + ' ').slice(0, -1);
}

export function nonBlank(text: string | null | undefined): string | undefined {
  return text === null || text === undefined || text.trim() === '' ? undefined : text;
}

/** One line: trimmed, every run of whitespace (newlines included) made a single space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Lines and paragraphs kept: spaces collapsed within lines, at most one blank line between
 * paragraphs, no blank lines at either end. */
export function cleanParagraphs(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let blank = false;
  for (const line of lines) {
    const cleaned = line.replace(/[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
    if (cleaned === '') {
      blank = out.length > 0;
      continue;
    }
    if (blank) out.push('');
    out.push(cleaned);
    blank = false;
  }
  return out.join('\n');
}

// Elements whose end starts a new line in the text a reader would see.
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'table', 'tr', 'ul',
]);
const PARAGRAPH_ELEMENTS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'blockquote', 'pre']);
// Their content is not text for a reader.
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'template', 'head', 'noscript']);

/** HTML to plain text: tags dropped, entities decoded, block elements and `<br>` made line
 * breaks, scripts and styles removed. Tolerates broken markup. */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN_ELEMENTS.has(name)) hidden += 1;
        else if (name === 'br') parts.push('\n');
        else if (name === 'li') parts.push('\n- ');
        else if (name === 'td' || name === 'th') parts.push(' ');
        else if (PARAGRAPH_ELEMENTS.has(name)) parts.push('\n\n');
        else if (BLOCK_ELEMENTS.has(name)) parts.push('\n');
      },
      onclosetag(name) {
        if (HIDDEN_ELEMENTS.has(name)) hidden = Math.max(0, hidden - 1);
        else if (PARAGRAPH_ELEMENTS.has(name)) parts.push('\n\n');
        // An item's line starts at the next item's opening tag.
        else if (BLOCK_ELEMENTS.has(name) && name !== 'li') parts.push('\n');
      },
      ontext(text) {
        if (hidden === 0) parts.push(text.replace(/\s+/g, ' '));
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return cleanParagraphs(parts.join(''));
}

// Constructs that give text a Markdown (or HTML) meaning: links and images, emphasis, code,
// headings, lists, quotes, rules, tables, tags, entities, escapes, indented code. Text with none
// of them reads the same plain, which spares most descriptions the lexer (it runs for every
// language of every record). Lone `*`, `_`, `&` or `|` between words do not count.
const MARKUP_HINT = new RegExp(
  [
    String.raw`\]\(|\]\[|^\s{0,3}\[[^\]\n]+\]:`,
    String.raw`\*\*|__|~~|\x60`,
    String.raw`(?:^|[\s(\[])[*_][^\s*_]`,
    String.raw`^\s{0,3}(?:#{1,6}\s|>|[-+*]\s|\d{1,9}[.)]\s|\|)`,
    String.raw`^\s{0,3}(?:[-*_=]\s*){3,}$`,
    String.raw`<[a-zA-Z/!]`,
    String.raw`&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});`,
    String.raw`\\[!-/:-@[-\x60{-~]`,
    String.raw`^(?: {4}|\t)\S`,
  ].join('|'),
  'm',
);

/** Markdown (CommonMark/GFM, with inline HTML) to plain text: link and image texts kept and
 * their URLs dropped, emphasis and headings unmarked, list items on their own lines
 * (`- item`), table cells separated by ` | `, entities decoded. */
export function markdownToText(markdown: string): string {
  if (!MARKUP_HINT.test(markdown)) return cleanParagraphs(markdown);
  const tokens = new Lexer({ gfm: true }).lex(markdown);
  return cleanParagraphs(blocksToText(tokens).join('\n\n'));
}

function blocksToText(tokens: Token[]): string[] {
  const paragraphs: string[] = [];
  for (const token of tokens) {
    const text = blockToText(token);
    if (text !== '') paragraphs.push(text);
  }
  return paragraphs;
}

function blockToText(token: Token): string {
  switch (token.type) {
    case 'space':
    case 'hr':
    case 'def':
      return '';
    case 'paragraph':
    case 'heading':
      return inlineToText((token as Tokens.Paragraph | Tokens.Heading).tokens);
    case 'text': {
      const t = token as Tokens.Text;
      return t.tokens ? inlineToText(t.tokens) : decodeHTML(t.text);
    }
    case 'code':
      return (token as Tokens.Code).text;
    case 'blockquote':
      return blocksToText((token as Tokens.Blockquote).tokens).join('\n\n');
    case 'list':
      return (token as Tokens.List).items
        .map((item) => `- ${blocksToText(item.tokens).join(' ')}`)
        .join('\n');
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]): string => cells.map((cell) => inlineToText(cell.tokens)).join(' | ');
      return [row(table.header), ...table.rows.map(row)].join('\n');
    }
    case 'html':
      return htmlToText((token as Tokens.HTML).text);
    default:
      return 'tokens' in token && Array.isArray(token.tokens) ? inlineToText(token.tokens as Token[]) : decodeHTML(token.raw);
  }
}

function inlineToText(tokens: Token[]): string {
  let out = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'text': {
        const t = token as Tokens.Text;
        out += t.tokens ? inlineToText(t.tokens) : decodeHTML(t.text);
        break;
      }
      case 'escape':
        out += (token as Tokens.Escape).text;
        break;
      case 'codespan':
        out += (token as Tokens.Codespan).text;
        break;
      case 'br':
        out += '\n';
        break;
      case 'image':
        out += (token as Tokens.Image).text;
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const text = inlineToText(link.tokens);
        out += text.trim() === '' ? link.href : text;
        break;
      }
      case 'html': {
        const tag = (token as Tokens.Tag).text;
        // A lone inline tag: only a line break matters to a reader.
        if (/^<br\b/i.test(tag)) out += '\n';
        else if (!/^<\/?[a-z][^>]*>$/i.test(tag)) out += htmlToText(tag);
        break;
      }
      default:
        out += 'tokens' in token && Array.isArray(token.tokens) ? inlineToText(token.tokens as Token[]) : decodeHTML(token.raw);
    }
  }
  return out;
}

const HTML_HINT = /<\/?(?:p|br|div|span|a|ul|ol|li|strong|em|b|i|h[1-6]|table|font)\b[^>]*>/i;

/** Plain text from a description whose markup is unknown: HTML when it looks like HTML,
 * otherwise Markdown (which plain text passes through unchanged). */
export function descriptionToText(text: string): string {
  return HTML_HINT.test(text) && !/\]\(/.test(text) ? htmlToText(text) : markdownToText(text);
}
