// The Open Data Charter adoption registry: a table of adoptions filtered by level (and by province
// or territory from the map), and a map of adoptions per province and territory with its table.
import { CANADIAN_REGIONS, JURISDICTION_LEVEL_LABELS } from '../../../core/jurisdictions.js';
import type { JurisdictionLevel } from '../../../core/dataset.js';
import type { CharterAdoption } from '../../../core/community/types.js';
import { html, safeUrl, type SafeHtml } from '../../html.js';
import { formatNumber } from '../../i18n/messages.js';
import { choroplethMap } from '../../map/choropleth.js';
import { formatPartialDate } from '../../render/partial-date.js';
import type { PageContext, PageResponse } from '../../server.js';
import { openGovernmentPath } from '../../urls.js';
import { charterText } from './charter.messages.js';
import { addForm } from './forms/editor.js';
import { biPlain, biText, choiceParam, choicesOf, communityPage, filterForm, invalidFilters, param } from './shared.js';

function levelName(context: PageContext, level: JurisdictionLevel): string {
  return JURISDICTION_LEVEL_LABELS[level]?.[context.lang] ?? level;
}

function row(context: PageContext, adoption: CharterAdoption): SafeHtml {
  const { lang } = context;
  const t = charterText(lang);
  const name = biPlain(lang, adoption.government, t('untitled'));
  const evidence = safeUrl(adoption.evidence);
  return html`<tr><th scope="row"><a href="${openGovernmentPath(lang, 'charter', adoption.id)}">${biText(lang, adoption.government) || t('untitled')}</a></th>
<td>${levelName(context, adoption.level)}</td>
<td><time datetime="${adoption.date}">${formatPartialDate(lang, adoption.date)}</time></td>
<td>${biText(lang, adoption.instrument)}</td>
<td>${evidence ? html`<a href="${evidence}">${new URL(evidence).hostname}<span class="visually-hidden"> (${t('evidenceLink', { name })})</span></a>` : adoption.evidence}</td></tr>`;
}

function table(context: PageContext, adoptions: CharterAdoption[]): SafeHtml {
  const t = charterText(context.lang);
  if (adoptions.length === 0) return html`<p>${t('none')}</p>`;
  return html`<div class="table-scroll" role="region" aria-label="${t('tableCaption', { count: formatNumber(context.lang, adoptions.length) })}" tabindex="0"><table class="community-table"><caption>${t('tableCaption', { count: formatNumber(context.lang, adoptions.length) })}</caption>
<thead><tr><th scope="col">${t('government')}</th><th scope="col">${t('level')}</th><th scope="col">${t('date')}</th><th scope="col">${t('instrument')}</th><th scope="col">${t('evidence')}</th></tr></thead>
<tbody>${adoptions.map((a) => row(context, a))}</tbody></table></div>`;
}

export async function charterPage(context: PageContext): Promise<SafeHtml | PageResponse | undefined> {
  const { lang, deps, query } = context;
  const tracker = deps.tracker;
  if (!tracker) return undefined;
  const t = charterText(lang);
  const listPath = openGovernmentPath(lang, 'charter');
  const level = choiceParam(lang, query, 'level', choicesOf(JURISDICTION_LEVEL_LABELS, lang));
  const region = param(query, 'region')?.toUpperCase();
  const problems = [
    ...('problem' in level ? [level.problem] : []),
    ...(region !== undefined && !CANADIAN_REGIONS.some((r) => r.code === region) ? [t('badRegion', { value: region })] : []),
  ];
  if (problems.length > 0 || 'problem' in level) return invalidFilters(context, t('title'), problems, listPath);
  const levelFilter = level.ok ? { level: level.ok as JurisdictionLevel } : {};
  const [adoptions, byRegion] = await Promise.all([tracker.charterAdoptions({ ...levelFilter, ...(region ? { region } : {}) }), tracker.charterAdoptionsByRegion(levelFilter)]);
  const map = choroplethMap({
    lang,
    counts: byRegion,
    hrefFor: (code) => openGovernmentPath(lang, 'charter', undefined, { ...(level.ok ? { level: level.ok } : {}), region: code }),
    caption: t('mapCaption'),
    words: {
      regionCount: (name, n, count) => t('regionCount', { name, n, count }),
      legendTitle: t('legendTitle'),
      tableSummary: t('tableSummary'),
      countHeader: t('countHeader'),
    },
  });
  const regionName = region ? (CANADIAN_REGIONS.find((r) => r.code === region)?.label[lang] ?? region) : undefined;
  return communityPage(context, {
    title: t('title'),
    noindex: level.ok !== undefined || region !== undefined,
    body: html`<h1>${t('title')}</h1>
<p>${t('intro')}</p>
${filterForm(lang, listPath, [
  { kind: 'select', name: 'level', label: t('level'), choices: choicesOf(JURISDICTION_LEVEL_LABELS, lang), ...(level.ok ? { value: level.ok } : {}) },
  { kind: 'select', name: 'region', label: t('region'), choices: CANADIAN_REGIONS.map((r) => ({ value: r.code, label: r.label[lang] })), ...(region ? { value: region } : {}) },
])}
${regionName ? html`<p>${t('region')}${lang === 'fr' ? '\u00a0: ' : ': '}${regionName}. <a href="${openGovernmentPath(lang, 'charter', undefined, level.ok ? { level: level.ok } : {})}">${t('allAdoptions')}</a></p>` : ''}
${table(context, adoptions)}
${map}
${addForm(context, 'charter-adoption')}`,
  });
}
