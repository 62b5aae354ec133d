import type { UiLang } from '../../core/langstring.js';
import { FILTER_KEYS, SORTS, type FilterKey, type SearchHit, type SearchRequest, type SortOrder } from '../../search/types.js';
import { openDatabase, UsageError, type GlobalOptions } from '../context.js';
import { t } from '../messages.js';
import { stripControlsLine, terminalJson } from '../strip-controls.js';

export interface SearchCommandOptions extends GlobalOptions {
  filter?: string[];
  json?: boolean;
  sort?: string;
  page?: string;
  size?: string;
  modifiedFrom?: string;
  modifiedTo?: string;
}

export function parseFilters(values: string[] | undefined, lang: UiLang): SearchRequest['filters'] {
  const filters: Partial<Record<FilterKey, string[]>> = {};
  for (const value of values ?? []) {
    const eq = value.indexOf('=');
    const key = value.slice(0, eq) as FilterKey;
    if (eq <= 0 || !FILTER_KEYS.includes(key) || value.slice(eq + 1).trim() === '') {
      throw new UsageError(t(lang, 'invalidFilter', { value, keys: FILTER_KEYS.join(', ') }));
    }
    (filters[key] ??= []).push(value.slice(eq + 1).trim());
  }
  return filters;
}

function wholeNumber(text: string | undefined, name: string, min: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < min) throw new UsageError(`--${name} "${text}": expected a whole number ≥ ${min} / nombre entier ≥ ${min} attendu`);
  return Number(text);
}

/** Terminal text from a snippet: marks become bold (or «» when not a terminal), entities decoded. */
export function terminalText(html: string, tty: boolean): string {
  return html
    .replace(/<mark>/g, tty ? '\x1b[1m' : '«')
    .replace(/<\/mark>/g, tty ? '\x1b[22m' : '»')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

// Every harvested text is stripped of control characters before our own bold is added.
function hitLines(hit: SearchHit, lang: UiLang, tty: boolean): string[] {
  const mt = hit.machineTranslated ? ` [${t(lang, 'machineTranslated')}]` : '';
  const where = [hit.publisher?.label[lang], hit.jurisdiction.label[lang]].filter(Boolean).join(' · ');
  const meta = [hit.licence?.label[lang], hit.formats.join(', '), hit.modified?.slice(0, 10)].filter(Boolean).join(' · ');
  const others = hit.alsoAvailableFrom.map((copy) => `${copy.sourceLabel[lang]} (${copy.id})`).join(', ');
  return [
    `${tty ? '\x1b[1m' : ''}${stripControlsLine(hit.title.text)}${tty ? '\x1b[22m' : ''}${mt}`,
    `  ${stripControlsLine(hit.id)}`,
    `  ${stripControlsLine(where)}`,
    ...(meta ? [`  ${stripControlsLine(meta)}`] : []),
    ...(hit.snippet.text ? [`  ${terminalText(stripControlsLine(hit.snippet.text), tty)}`] : []),
    ...(others ? [`  ${t(lang, 'alsoAvailableFrom', { sources: stripControlsLine(others) })}`] : []),
    '',
  ];
}

export async function searchCommand(query: string | undefined, options: SearchCommandOptions, lang: UiLang, explicitLang: boolean): Promise<number> {
  if (options.sort !== undefined && !(SORTS as readonly string[]).includes(options.sort)) {
    throw new UsageError(`--sort "${options.sort}": ${SORTS.join(' | ')}`);
  }
  const request: SearchRequest = {
    ...(query ? { q: query } : {}),
    filters: parseFilters(options.filter, lang),
    // Without --lang the query is matched in both languages; texts are shown in the CLI's language.
    ...(explicitLang ? { lang } : {}),
    ...(options.sort ? { sort: options.sort as SortOrder } : {}),
    ...(options.modifiedFrom ? { modifiedFrom: options.modifiedFrom } : {}),
    ...(options.modifiedTo ? { modifiedTo: options.modifiedTo } : {}),
  };
  const page = wholeNumber(options.page, 'page', 1);
  const size = wholeNumber(options.size, 'size', 0); // 0: the total and facets only
  if (page !== undefined) request.page = page;
  if (size !== undefined) request.size = size;
  const catalogue = openDatabase(options);
  try {
    const response = await catalogue.search(request);
    if (options.json) {
      process.stdout.write(`${terminalJson(response)}\n`);
      return 0;
    }
    const tty = process.stdout.isTTY === true;
    if (response.total === 0) {
      process.stdout.write(`${t(lang, 'noResults')}\n`);
      return 0;
    }
    const lines = [t(lang, 'resultsHeader', { total: response.total, page: response.page }), ''];
    for (const hit of response.results) lines.push(...hitLines(hit, lang, tty));
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    await catalogue.close();
  }
}
