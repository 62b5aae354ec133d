// HTML built by a tagged template that escapes every interpolated value unless it is already
// SafeHtml: harvested text is untrusted, so escaping is the default and raw HTML the exception.

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Values a template accepts: nothing, text, numbers, safe HTML, or lists of them. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Markup the caller vouches for (our own constants, sanitizer output). Never harvested text. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Only http, https and ftp links are followed; anything else (javascript:, data:, relative) gives undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'ftp:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
