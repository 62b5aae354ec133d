// One source: how it is configured, what it holds, and its recent harvests with links to their
// reports.
import type { UiLang } from '../../core/langstring.js';
import { languageLabel } from '../../core/languages.js';
import { mayDo } from '../../core/permissions.js';
import { scheduleFromText } from '../../harvest/next-run.js';
import type { JobReport } from '../../harvest/report.js';
import { html, safeUrl, type SafeHtml } from '../html.js';
import { formatNumber } from '../i18n/messages.js';
import { layout } from '../layout.js';
import { formatDateTime } from '../render/datetime.js';
import type { PageContext } from '../server.js';
import { pagePath, sourceActionPath } from '../urls.js';
import { sessionText } from './session.messages.js';
import { csrfField } from './sign-in.js';
import { settingsForm } from './source-settings.js';
import { harvestText } from './harvest.messages.js';
import { kindName, MAIN_COUNTS, modeLabel, problemCount, scheduleText, statusBadge } from './harvest/labels.js';
import { isHarvesting, sourceJurisdiction, sourceNextRun } from './sources.js';

const RECENT_JOBS = 20;

function jobsTable(lang: UiLang, jobs: JobReport[]): SafeHtml {
  const t = harvestText(lang);
  if (jobs.length === 0) return html`<p>${t('noJobs')}</p>`;
  const n = (value: number) => html`<td class="num">${formatNumber(lang, value)}</td>`;
  return html`<div class="table-scroll" role="region" aria-labelledby="jobs-heading" tabindex="0"><table class="jobs">
<thead><tr><th scope="col">${t('started')}</th><th scope="col">${t('mode')}</th><th scope="col">${t('status')}</th>${MAIN_COUNTS.map(([, key]) => html`<th scope="col" class="num">${t(key)}</th>`)}<th scope="col" class="num">${t('countProblems')}</th></tr></thead>
<tbody>${jobs.map(
    (job) => html`<tr><th scope="row"><a href="${pagePath(lang, 'job', job.id)}">${formatDateTime(lang, job.startedAt)}</a></th><td>${modeLabel(lang, job.mode)}</td><td>${statusBadge(lang, job.status)}</td>${MAIN_COUNTS.map(([count]) => n(job.counts[count]))}${n(problemCount(job))}</tr>`,
  )}</tbody>
</table></div>`;
}

/** "Harvest now", for a signed-in editor or administrator only. */
function harvestForm(context: PageContext, id: string): SafeHtml | '' {
  const { lang, session } = context;
  if (!session || !context.deps.startHarvest || !mayDo(session.role, 'startHarvest')) return '';
  const t = sessionText(lang);
  return html`<h2 id="harvest-heading">${t('harvestHeading')}</h2>
<form class="action-form" method="post" action="${sourceActionPath(lang, id, 'harvest')}" aria-labelledby="harvest-heading">
${csrfField(session.csrf)}
<fieldset><legend>${t('modeLegend')}</legend>
<p><input type="radio" id="mode-incremental" name="mode" value="incremental" checked> <label for="mode-incremental">${t('modeIncremental')}</label></p>
<p><input type="radio" id="mode-full" name="mode" value="full"> <label for="mode-full">${t('modeFull')}</label></p>
</fieldset>
<button type="submit">${t('harvestButton')}</button>
</form>`;
}

export async function sourcePage(context: PageContext): Promise<SafeHtml | undefined> {
  const { lang, deps } = context;
  const id = context.params.id;
  const source = id ? await deps.store.getSource(id) : undefined;
  if (!source) return undefined;
  const t = harvestText(lang);
  const s = source.settings;
  const portal = safeUrl(s.url);
  const jobs = await deps.store.jobs(s.id, RECENT_JOBS);
  const primary = s.primaryLanguage === 'bilingual' ? t('bilingual') : languageLabel(s.primaryLanguage)[lang];
  return layout({
    lang,
    title: s.name[lang],
    alternate: context.alternate,
    current: 'sources',
    body: html`<p class="breadcrumb"><a href="${pagePath(lang, 'sources')}">${t('backToSources')}</a></p>
<h1>${s.name[lang]}</h1>
${isHarvesting(deps, source) ? html`<p><span class="status status-running">${t('harvestingNow')}</span></p>` : ''}
<dl class="facts">
<div class="fact"><dt>${t('kind')}</dt><dd>${kindName(s.type)}</dd></div>
<div class="fact"><dt>${t('portalAddress')}</dt><dd>${portal ? html`<a href="${portal}" rel="nofollow noopener noreferrer">${portal}</a>` : s.url}</dd></div>
<div class="fact"><dt>${t('jurisdiction')}</dt><dd>${sourceJurisdiction(lang, source)}</dd></div>
<div class="fact"><dt>${t('primaryLanguage')}</dt><dd>${primary}</dd></div>
<div class="fact"><dt>${t('datasets')}</dt><dd>${formatNumber(lang, source.activeCount)}</dd></div>
<div class="fact"><dt>${t('enabled')}</dt><dd>${source.enabled ? t('yes') : t('no')}</dd></div>
<div class="fact"><dt>${t('schedule')}</dt><dd>${scheduleText(lang, scheduleFromText(source.schedule))}</dd></div>
<div class="fact"><dt>${t('nextRun')}</dt><dd>${await sourceNextRun(lang, deps, source, new Date())}</dd></div>
</dl>
${harvestForm(context, s.id)}
${settingsForm(context, source)}
<h2 id="jobs-heading">${t('recentJobs')}</h2>
${jobsTable(lang, jobs)}`,
  });
}
