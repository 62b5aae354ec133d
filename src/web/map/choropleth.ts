// The home page map: each province and territory a link to its search, shaded by its number of
// datasets, with a legend and the same figures as a table (for screen readers, and for regions the
// outlines file does not draw).
import { CANADIAN_REGIONS } from '../../core/jurisdictions.js';
import type { UiLang } from '../../core/langstring.js';
import { html, type SafeHtml } from '../html.js';
import { formatNumber } from '../i18n/messages.js';
import { canadaMap, type CanadaMap } from './canada-map.js';
import { classBreaks, classRanges, shadeOf } from './classes.js';
import { mapText } from './map.messages.js';

export interface ChoroplethOptions {
  lang: UiLang;
  /** Datasets per region code (`CA-QC`); absent codes count 0. */
  counts: Record<string, number>;
  /** The filtered search of a region. */
  hrefFor(code: string): string;
  /** The figure's caption (default: "Datasets by province and territory"). */
  caption?: string;
  /** The projected outlines; by default those of the fixtures file (null: no map, text only). */
  map?: CanadaMap | null;
  /** What is counted, when not datasets (the charter page counts adoptions). */
  words?: ChoroplethWords;
}

/** The texts that name what a choropleth counts. */
export interface ChoroplethWords {
  /** "Ontario: 3 adoptions". */
  regionCount(name: string, n: number, count: string): string;
  legendTitle: string;
  tableSummary: string;
  countHeader: string;
}

function datasetWords(lang: UiLang): ChoroplethWords {
  const t = mapText(lang);
  return {
    regionCount: (name, n, count) => t('regionCount', { name, n, count }),
    legendTitle: t('legendTitle'),
    tableSummary: t('tableSummary'),
    countHeader: t('countHeader'),
  };
}

interface RegionEntry {
  code: string;
  name: string;
  count: number;
  label: string;
  shade: number;
  href: string;
}

export function choroplethMap(options: ChoroplethOptions): SafeHtml {
  const { lang } = options;
  const t = mapText(lang);
  const words = options.words ?? datasetWords(lang);
  const map = options.map === undefined ? canadaMap('full') : options.map;
  const countOf = (code: string) => {
    const n = options.counts[code];
    return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0;
  };
  const upper = classBreaks(CANADIAN_REGIONS.map((r) => countOf(r.code)));
  const entries: RegionEntry[] = CANADIAN_REGIONS.map((r) => {
    const count = countOf(r.code);
    const name = r.label[lang];
    return { code: r.code, name, count, shade: shadeOf(count, upper), href: options.hrefFor(r.code), label: words.regionCount(name, count, formatNumber(lang, count)) };
  }).sort((a, b) => a.name.localeCompare(b.name, lang));
  const ranges = classRanges(upper);
  const legend = html`<div class="ca-map-legend"><p class="ca-map-legend-title">${words.legendTitle}</p><ul>
<li><span class="ca-map-swatch s0" aria-hidden="true"></span>${t('legendNone')}</li>
${ranges.map(([low, high]) => html`<li><span class="ca-map-swatch s${shadeOf(high, upper)}" aria-hidden="true"></span>${low === high ? formatNumber(lang, high) : `${formatNumber(lang, low)}–${formatNumber(lang, high)}`}</li>`)}
</ul></div>`;
  const table = html`<table><thead><tr><th scope="col">${t('regionHeader')}</th><th scope="col">${words.countHeader}</th></tr></thead><tbody>
${entries.map((e) => html`<tr><th scope="row"><a href="${e.href}">${e.name}</a></th><td>${formatNumber(lang, e.count)}</td></tr>`)}
</tbody></table>`;
  if (!map) {
    return html`<figure class="ca-map"><figcaption>${options.caption ?? t('choroplethCaption')}</figcaption><p class="muted">${t('mapUnavailable')}</p>${table}</figure>`;
  }
  // In the table's order (names in the page language), so that Tab goes through them predictably.
  const drawn = entries.flatMap((e) => {
    const d = map.paths.get(e.code);
    return d ? [html`<a href="${e.href}" class="s${e.shade}" aria-label="${e.label}"><title>${e.label}</title><path d="${d}"/></a>`] : [];
  });
  const missing = entries.filter((e) => map.missing.includes(e.code));
  return html`<figure class="ca-map"><figcaption>${options.caption ?? t('choroplethCaption')}</figcaption>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" fill-rule="evenodd">${drawn}</svg>
${legend}
${missing.length > 0 ? html`<p class="ca-map-missing">${t('notDrawn')} ${missing.map((e, i) => html`${i > 0 ? ', ' : ''}<a href="${e.href}" aria-label="${e.label}">${e.name}</a> (${formatNumber(lang, e.count)})`)}</p>` : ''}
<details class="ca-map-table"><summary>${words.tableSummary}</summary>${table}</details>
</figure>`;
}
