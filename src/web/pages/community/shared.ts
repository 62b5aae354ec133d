// Pieces the community pages share: bilingual record text marked with its language, the page frame
// with its way back to the tracker, and GET filter forms whose values are checked against a list.
import type { Label, UiLang } from '../../../core/langstring.js';
import type { BiText } from '../../../core/community/types.js';
import { pickBiText } from '../../../community/export/bi-text.js';
import { html, type HtmlValue, type SafeHtml } from '../../html.js';
import { layout } from '../../layout.js';
import type { PageContext, PageResponse } from '../../server.js';
import { pagePath } from '../../urls.js';
import { communityText } from './community.messages.js';

/** A record's text in the page language, else in the other one marked with `lang`; '' when it has none. */
export function biText(lang: UiLang, text: BiText | undefined): SafeHtml | '' {
  const picked = pickBiText(text, lang);
  if (!picked) return '';
  return picked.lang === lang ? html`${picked.text}` : html`<span lang="${picked.lang}">${picked.text}</span>`;
}

/** ` lang="fr"` for an element holding a record's text that is only in the other language. */
export function biLangAttribute(lang: UiLang, text: BiText | undefined): SafeHtml | '' {
  const picked = pickBiText(text, lang);
  return picked && picked.lang !== lang ? html` lang="${picked.lang}"` : '';
}

/** The plain text (for titles and labels), in the page language when there is one. */
export function biPlain(lang: UiLang, text: BiText | undefined, fallback: string): string {
  return pickBiText(text, lang)?.text ?? fallback;
}

/** The first value of a query parameter, trimmed; undefined when absent or blank. */
export function param(query: PageContext['query'], name: string): string | undefined {
  const raw = query[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value ? value : undefined;
}

export interface CommunityFrame {
  title: string;
  body: HtmlValue;
  head?: HtmlValue;
  /** Lists are endless filter variations: kept out of search engines' indexes when filtered. */
  noindex?: boolean;
}

export function communityPage(context: Pick<PageContext, 'lang' | 'alternate'>, frame: CommunityFrame): SafeHtml {
  const { lang } = context;
  const t = communityText(lang);
  return layout({
    lang,
    title: frame.title,
    alternate: context.alternate,
    head: html`${frame.noindex ? html`<meta name="robots" content="noindex, follow">` : ''}${frame.head}`,
    body: html`<nav aria-label="${t('breadcrumb')}" class="breadcrumb"><a href="${pagePath(lang, 'openGovernment')}">${t('backToOpenGovernment')}</a></nav>
${frame.body}`,
  });
}

/** A 400 page that names each bad filter value. */
export function invalidFilters(context: PageContext, title: string, problems: string[], clearHref: string): PageResponse {
  const t = communityText(context.lang);
  return {
    status: 400,
    page: communityPage(context, {
      title,
      noindex: true,
      body: html`<h1>${title}</h1><div class="problem" role="alert"><h2>${t('invalidTitle')}</h2><ul>${problems.map((p) => html`<li>${p}</li>`)}</ul>
<p><a href="${clearHref}">${t('clearFilters')}</a></p></div>`,
    }),
  };
}

export interface Choice {
  value: string;
  label: string;
}

/** Choices from a table of bilingual labels, in the table's order. */
export function choicesOf(labels: Readonly<Record<string, Label>>, lang: UiLang): Choice[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label: label[lang] }));
}

/** The value of a choice parameter: `ok` with the value (or undefined), or the problem in words. */
export function choiceParam(lang: UiLang, query: PageContext['query'], name: string, choices: readonly Choice[]): { ok: string | undefined } | { problem: string } {
  const value = param(query, name);
  if (value === undefined || choices.some((c) => c.value === value)) return { ok: value };
  return { problem: communityText(lang)('badChoice', { field: name, value, allowed: choices.map((c) => c.value).join(', ') }) };
}

export type FilterField =
  | { kind: 'select'; name: string; label: string; choices: readonly Choice[]; value?: string }
  | { kind: 'text'; name: string; label: string; value?: string; hint?: string; pattern?: string; inputmode?: 'numeric' };

function field(lang: UiLang, f: FilterField): SafeHtml {
  const id = `filter-${f.name}`;
  if (f.kind === 'select') {
    return html`<p><label for="${id}">${f.label}</label><select id="${id}" name="${f.name}"><option value="">${communityText(lang)('anyValue')}</option>${f.choices.map(
      (c) => html`<option value="${c.value}"${c.value === f.value ? html` selected` : ''}>${c.label}</option>`,
    )}</select></p>`;
  }
  const hintId = `${id}-hint`;
  return html`<p><label for="${id}">${f.label}</label><input type="text" id="${id}" name="${f.name}" value="${f.value ?? ''}"${f.pattern ? html` pattern="${f.pattern}"` : ''}${
    f.inputmode ? html` inputmode="${f.inputmode}"` : ''
  }${f.hint ? html` aria-describedby="${hintId}"` : ''}>${f.hint ? html`<span class="hint" id="${hintId}">${f.hint}</span>` : ''}</p>`;
}

/** A GET form of filters on the page's own path. */
export function filterForm(lang: UiLang, action: string, fields: readonly FilterField[]): SafeHtml {
  const t = communityText(lang);
  return html`<form class="filter-form" method="get" action="${action}" role="search" aria-labelledby="filters-heading"><h2 id="filters-heading">${t('filtersHeading')}</h2>
${fields.map((f) => field(lang, f))}
<p><button type="submit">${t('applyFilters')}</button> <a href="${action}">${t('clearFilters')}</a></p></form>`;
}
