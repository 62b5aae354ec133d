// Every source: its kind, jurisdiction, datasets held, last harvest with its counts, the next
// scheduled harvest, and whether one is running now.
import { JURISDICTION_LEVEL_LABELS, jurisdictionLabel } from '../../core/jurisdictions.js';
import type { UiLang } from '../../core/langstring.js';
import { nextRun, scheduleFromText } from '../../harvest/next-run.js';
import type { StoredSource } from '../../store/store.js';
import { html, type SafeHtml } from '../html.js';
import { formatNumber } from '../i18n/messages.js';
import { layout } from '../layout.js';
import { formatDateTime } from '../render/datetime.js';
import type { PageContext, WebDeps } from '../server.js';
import { pagePath } from '../urls.js';
import { harvestText } from './harvest.messages.js';
import { kindName, mainCounts, modeLabel, nextRunText, statusBadge } from './harvest/labels.js';

// Enough history for the last full run, which `nextRun` needs, in all but odd schedules.
const JOBS_FOR_NEXT_RUN = 20;

export function sourceJurisdiction(lang: UiLang, source: StoredSource): string {
  const j = source.settings.jurisdiction;
  return `${jurisdictionLabel(j)[lang]} (${JURISDICTION_LEVEL_LABELS[j.level]?.[lang] ?? j.level})`;
}

export function isHarvesting(deps: WebDeps, source: StoredSource): boolean {
  return (deps.activeSources?.() ?? []).includes(source.settings.id) || source.lastJob?.status === 'running';
}

/** The next harvest of a stored source, as text. */
export async function sourceNextRun(lang: UiLang, deps: WebDeps, source: StoredSource, now: Date): Promise<string> {
  const jobs = await deps.store.jobs(source.settings.id, JOBS_FOR_NEXT_RUN);
  return nextRunText(lang, nextRun({ enabled: source.enabled, schedule: scheduleFromText(source.schedule) }, jobs, now));
}

/** The last harvest: its status, when (a link to its report) and its mode. */
export function lastHarvest(lang: UiLang, source: StoredSource): SafeHtml {
  const t = harvestText(lang);
  const job = source.lastJob;
  if (!job) return html`${t('neverHarvested')}`;
  return html`${statusBadge(lang, job.status)} <a href="${pagePath(lang, 'job', job.id)}">${formatDateTime(lang, job.startedAt)}</a> (${modeLabel(lang, job.mode)})`;
}

async function card(lang: UiLang, deps: WebDeps, source: StoredSource, now: Date): Promise<SafeHtml> {
  const t = harvestText(lang);
  const s = source.settings;
  const headingId = `source-${s.id}`;
  return html`<li><article class="source-card" aria-labelledby="${headingId}">
<h2 id="${headingId}"><a href="${pagePath(lang, 'sources', s.id)}">${s.name[lang]}</a></h2>
${isHarvesting(deps, source) ? html`<p><span class="status status-running">${t('harvestingNow')}</span></p>` : ''}
<dl class="facts">
<div class="fact"><dt>${t('kind')}</dt><dd>${kindName(s.type)}</dd></div>
<div class="fact"><dt>${t('jurisdiction')}</dt><dd>${sourceJurisdiction(lang, source)}</dd></div>
<div class="fact"><dt>${t('datasets')}</dt><dd>${formatNumber(lang, source.activeCount)}</dd></div>
<div class="fact"><dt>${t('lastHarvest')}</dt><dd>${lastHarvest(lang, source)}</dd></div>
${source.lastJob ? html`<div class="fact"><dt>${t('lastCounts')}</dt><dd>${mainCounts(lang, source.lastJob)}</dd></div>` : ''}
<div class="fact"><dt>${t('nextRun')}</dt><dd>${await sourceNextRun(lang, deps, source, now)}</dd></div>
</dl>
</article></li>`;
}

export async function sourcesPage(context: PageContext): Promise<SafeHtml> {
  const { lang, deps } = context;
  const t = harvestText(lang);
  const now = new Date();
  const sources = (await deps.store.listSources()).sort((a, b) => a.settings.name[lang].localeCompare(b.settings.name[lang], lang));
  const cards: SafeHtml[] = [];
  for (const source of sources) cards.push(await card(lang, deps, source, now));
  return layout({
    lang,
    title: t('sourcesTitle'),
    alternate: context.alternate,
    current: 'sources',
    body: html`<h1>${t('sourcesTitle')}</h1>
<p>${t('sourcesIntro')}</p>
${sources.length ? html`<p>${t('sourceCount', { n: sources.length, count: formatNumber(lang, sources.length) })}</p><ul class="source-list">${cards}</ul>` : html`<p>${t('noSources')}</p>`}`,
  });
}
