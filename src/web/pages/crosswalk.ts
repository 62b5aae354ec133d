// The published metadata crosswalk (/en/crosswalk, /fr/crosswalk): the core elements with their
// DCAT and GC counterparts, completeness per source and jurisdiction, and per portal kind and per
// configured source the table from source fields to core elements, derived from the mapping code.
import { coreElement, gcElement } from '../../core/common-core.js';
import type { UiLang } from '../../core/langstring.js';
import type { CompletenessGroup } from '../../standards/crosswalk/completeness.js';
import type { Crosswalk, CrosswalkRow, Evidence } from '../../standards/crosswalk/derive.js';
import { CrosswalkService, type CrosswalkReport, type ElementInfo, type SourceCrosswalk } from '../../standards/crosswalk/report.js';
import { html, type SafeHtml } from '../html.js';
import { formatNumber } from '../i18n/messages.js';
import { layout } from '../layout.js';
import type { PageContext } from '../server.js';
import { kindName } from './harvest/labels.js';
import { crosswalkText } from './crosswalk.messages.js';

type T = ReturnType<typeof crosswalkText>;

const PERCENT: Record<UiLang, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-CA', { style: 'percent', maximumFractionDigits: 1 }),
  fr: new Intl.NumberFormat('fr-CA', { style: 'percent', maximumFractionDigits: 1 }),
};

function percent(lang: UiLang, count: number, total: number): string {
  return total === 0 ? '–' : PERCENT[lang].format(count / total);
}

function elementName(lang: UiLang, id: string): SafeHtml {
  const element = coreElement(id);
  return html`${element?.label[lang] ?? id} <code>${id}</code>`;
}

function gcName(lang: UiLang, id: string): SafeHtml {
  const gc = gcElement(id);
  return html`${id} <code>${gc?.property ?? ''}</code> ${gc?.label[lang] ?? ''}`;
}

function scrollTable(label: string, table: SafeHtml): SafeHtml {
  return html`<div class="table-scroll" role="region" aria-label="${label}" tabindex="0">${table}</div>`;
}

function elementsTable(lang: UiLang, t: T, elements: ElementInfo[]): SafeHtml {
  const rows = elements.map(
    (e) => html`<tr><th scope="row">${e.label[lang]} <code>${e.id}</code></th><td><code>${e.dcat}</code></td>
<td>${e.gc.length ? html`<ul>${e.gc.map((g) => html`<li>${gcName(lang, g.id)}</li>`)}</ul>` : t('none')}</td>
<td>${e.level === 'dataset' ? t('levelDataset') : t('levelDistribution')}</td></tr>`,
  );
  return scrollTable(
    t('elementsTitle'),
    html`<table class="community-table"><caption>${t('elementsTitle')}</caption>
<thead><tr><th scope="col">${t('element')}</th><th scope="col">${t('dcat')}</th><th scope="col">${t('gc')}</th><th scope="col">${t('level')}</th></tr></thead>
<tbody>${rows}</tbody></table>`,
  );
}

function mostMissing(lang: UiLang, group: CompletenessGroup): SafeHtml | string {
  const worst = Object.entries(group.missing).sort((a, b) => b[1] - a[1])[0];
  if (!worst) return '–';
  return html`${gcName(lang, worst[0])} (${percent(lang, worst[1], group.records)})`;
}

function groupTable(lang: UiLang, t: T, caption: string, groups: CompletenessGroup[]): SafeHtml {
  if (groups.length === 0) return html`<p>${t('noRecords')}</p>`;
  const rows = groups.map(
    (g) => html`<tr><th scope="row">${g.label[lang]}</th><td>${formatNumber(lang, g.records)}</td><td>${percent(lang, g.compliant, g.records)}</td><td>${mostMissing(lang, g)}</td></tr>`,
  );
  return scrollTable(
    caption,
    html`<table class="community-table"><caption>${caption}</caption>
<thead><tr><th scope="col">${t('group')}</th><th scope="col">${t('records')}</th><th scope="col">${t('compliant')}</th><th scope="col">${t('mostMissing')}</th></tr></thead>
<tbody>${rows}</tbody></table>`,
  );
}

function sharesDetails(lang: UiLang, t: T, report: CrosswalkReport, group: CompletenessGroup): SafeHtml {
  const caption = t('elementShares', { name: group.label[lang] });
  const rows = report.elements.map(
    (e) => html`<tr><th scope="row">${elementName(lang, e.id)}</th><td>${percent(lang, group.elements[e.id] ?? 0, group.records)}</td></tr>`,
  );
  return html`<details><summary>${caption}</summary>${scrollTable(
    caption,
    html`<table class="community-table"><caption>${caption}</caption><thead><tr><th scope="col">${t('element')}</th><th scope="col">${t('share')}</th></tr></thead><tbody>${rows}</tbody></table>`,
  )}</details>`;
}

function evidenceText(t: T, evidence: Evidence): string {
  switch (evidence) {
    case 'removed':
      return t('evidenceRemoved');
    case 'perturbed':
      return t('evidencePerturbed');
    case 'probe':
      return t('evidenceProbe');
    case 'read':
      return t('evidenceRead');
  }
}

function crosswalkRow(lang: UiLang, t: T, row: CrosswalkRow, records: number): SafeHtml {
  return html`<tr><th scope="row"><code>${row.path}</code></th>
<td>${row.elements.length ? html`<ul>${row.elements.map((id) => html`<li>${elementName(lang, id)}</li>`)}</ul>` : '–'}</td>
<td>${evidenceText(t, row.evidence)}${row.required ? t('required') : ''}</td>
<td>${t('seenCount', { n: formatNumber(lang, row.seen), of: formatNumber(lang, records) })}</td></tr>`;
}

// Each table is folded: with every kind and every source, the page holds thousands of rows.
function crosswalkTable(lang: UiLang, t: T, name: string, crosswalk: Crosswalk): SafeHtml {
  const caption = t('tableCaption', { name });
  const fed = crosswalk.rows.filter((row) => row.elements.length > 0);
  const readOnly = crosswalk.rows.filter((row) => row.elements.length === 0);
  return html`${crosswalk.unmapped > 0 ? html`<p>${t('unmapped', { n: formatNumber(lang, crosswalk.unmapped) })}</p>` : ''}<details><summary>${t('tableSummary', { name, fields: formatNumber(lang, crosswalk.rows.length), fed: formatNumber(lang, fed.length) })}</summary>${scrollTable(
    caption,
    html`<table class="community-table"><caption>${caption}</caption>
<thead><tr><th scope="col">${t('field')}</th><th scope="col">${t('element')}</th><th scope="col">${t('evidence')}</th><th scope="col">${t('seen')}</th></tr></thead>
<tbody>${fed.map((row) => crosswalkRow(lang, t, row, crosswalk.records))}</tbody></table>`,
  )}${readOnly.length ? html`<p>${t('readOnly', { n: formatNumber(lang, readOnly.length) })} ${readOnly.map((row, i) => html`${i > 0 ? ', ' : ''}<code>${row.path}</code>${row.required ? t('requiredShort') : ''}`)}</p>` : ''}${crosswalk.unused.length ? html`<p>${t('unused', { n: formatNumber(lang, crosswalk.unused.length) })} ${crosswalk.unused.map((path, i) => html`${i > 0 ? ', ' : ''}<code>${path}</code>`)}</p>` : ''}</details>`;
}

function sourceSection(lang: UiLang, t: T, source: SourceCrosswalk): SafeHtml {
  const kind = kindName(source.kind);
  const heading = `${source.name[lang]} (${source.id})${source.enabled ? '' : `, ${t('disabled')}`}`;
  let body: SafeHtml;
  if (source.crosswalk) {
    body = html`<p>${t('sourceIntro', { kind, records: formatNumber(lang, source.records), sampled: formatNumber(lang, source.crosswalk.records) })} <a href="#kind-${source.kind}">${t('kindLink', { kind })}</a></p>${crosswalkTable(lang, t, source.name[lang], source.crosswalk)}`;
  } else if (source.problem !== undefined) {
    body = html`<p>${t('sourceProblem', { reason: source.problem })}</p>`;
  } else {
    body = html`<p>${t('sourceEmpty', { kind })} <a href="#kind-${source.kind}">${t('kindLink', { kind })}</a></p>`;
  }
  return html`<section aria-labelledby="source-${source.id}"><h3 id="source-${source.id}">${heading}</h3>${body}</section>`;
}

export function crosswalkBody(lang: UiLang, report: CrosswalkReport): SafeHtml {
  const t = crosswalkText(lang);
  const c = report.completeness;
  return html`<h1>${t('title')}</h1>
<p>${t('intro')}</p>
<p>${t('method')}</p>
<p>${t('honesty')}</p>
<p><a href="/api/v1/crosswalk.csv" download>${t('downloadCsv')}</a> · <a href="/api/v1/crosswalk">${t('downloadJson')}</a></p>
<nav aria-label="${t('contents')}"><ul>
<li><a href="#elements">${t('elementsTitle')}</a></li>
<li><a href="#completeness">${t('completenessTitle')}</a></li>
<li><a href="#kinds">${t('kindsTitle')}</a></li>
<li><a href="#sources">${t('sourcesTitle')}</a></li>
</ul></nav>
<section aria-labelledby="elements"><h2 id="elements">${t('elementsTitle')}</h2>
${elementsTable(lang, t, report.elements)}
<h3>${t('notCarriedTitle')}</h3>
<p>${t('notCarriedIntro')}</p>
<ul>${report.notCarried.map((g) => html`<li>${gcName(lang, g.id)}</li>`)}</ul>
</section>
<section aria-labelledby="completeness"><h2 id="completeness">${t('completenessTitle')}</h2>
<p>${t('completenessIntro', { records: formatNumber(lang, c.records), ids: c.gcCarried.join(', ') })}</p>
${groupTable(lang, t, t('bySource'), c.records > 0 ? [c.overall, ...c.bySource] : c.bySource)}
${[c.overall, ...c.bySource].filter((g) => g.records > 0).map((g) => sharesDetails(lang, t, report, g))}
${groupTable(lang, t, t('byJurisdiction'), c.byJurisdiction)}
${c.byJurisdiction.map((g) => sharesDetails(lang, t, report, g))}
</section>
<section aria-labelledby="kinds"><h2 id="kinds">${t('kindsTitle')}</h2>
${report.kinds.map(
  (k) => html`<section aria-labelledby="kind-${k.kind}"><h3 id="kind-${k.kind}">${kindName(k.kind)} <code>${k.kind}</code></h3>
<p>${t('kindIntro', { records: formatNumber(lang, k.crosswalk.records) })}</p>${crosswalkTable(lang, t, kindName(k.kind), k.crosswalk)}</section>`,
)}
</section>
<section aria-labelledby="sources"><h2 id="sources">${t('sourcesTitle')}</h2>
${report.sources.map((s) => sourceSection(lang, t, s))}
</section>`;
}

// Pages built without a shared crosswalk get one per store.
const ownServices = new WeakMap<object, CrosswalkService>();

function reportOf(deps: PageContext['deps']): Promise<CrosswalkReport> {
  if (deps.crosswalk) return deps.crosswalk();
  let service = ownServices.get(deps.store);
  if (!service) ownServices.set(deps.store, (service = new CrosswalkService(deps.store)));
  return service.report();
}

export async function crosswalkPage(context: PageContext): Promise<SafeHtml> {
  const { lang } = context;
  const report = await reportOf(context.deps);
  return layout({ lang, title: crosswalkText(lang)('title'), alternate: context.alternate, current: 'crosswalk', body: crosswalkBody(lang, report) });
}
