// A harvest's report: status, times, counts, the datasets also held by other sources, and its
// problems (record, page and reason). Reasons and errors are written by the harvester in
// English, so they carry lang="en" on the French page.
import type { UiLang } from '../../core/langstring.js';
import type { JobReport } from '../../harvest/report.js';
import { html, safeUrl, type SafeHtml } from '../html.js';
import { formatNumber } from '../i18n/messages.js';
import { layout } from '../layout.js';
import { formatDateTime, formatDuration } from '../render/datetime.js';
import { langAttribute } from '../render/lang.js';
import type { PageContext } from '../server.js';
import { pagePath } from '../urls.js';
import { harvestText } from './harvest.messages.js';
import { ALL_COUNTS, capitalize, modeLabel, problemCount, statusBadge } from './harvest/labels.js';

function fact(term: string, value: SafeHtml | string | undefined): SafeHtml | '' {
  return value === undefined || value === '' ? '' : html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`;
}

function problemsTable(lang: UiLang, job: JobReport): SafeHtml {
  const t = harvestText(lang);
  const english = langAttribute(lang, 'en');
  const omitted = job.problemsOmitted > 0 ? html`<p>${t('problemsOmitted', { n: job.problemsOmitted, count: formatNumber(lang, job.problemsOmitted) })}</p>` : '';
  if (job.problems.length === 0) return html`${problemCount(job) === 0 ? html`<p>${t('noProblems')}</p>` : ''}${omitted}`;
  return html`<div class="table-scroll" role="region" aria-labelledby="problems-heading" tabindex="0"><table class="problems">
<thead><tr><th scope="col">${t('problemRecord')}</th><th scope="col">${t('problemPage')}</th><th scope="col">${t('problemReason')}</th></tr></thead>
<tbody>${job.problems.map((problem) => {
    const page = safeUrl(problem.url);
    return html`<tr><td>${problem.recordId !== undefined ? html`<code>${problem.recordId}</code>` : ''}</td><td>${page ? html`<a href="${page}" rel="nofollow noopener noreferrer" class="url">${page}</a>` : problem.url ? html`<code class="url">${problem.url}</code>` : ''}</td><td${english}>${problem.reason}</td></tr>`;
  })}</tbody>
</table></div>${omitted}`;
}

export async function jobPage(context: PageContext): Promise<SafeHtml | undefined> {
  const { lang, deps } = context;
  const id = context.params.id;
  const job = id ? await deps.store.getJob(id) : undefined;
  if (!job) return undefined;
  const t = harvestText(lang);
  const source = await deps.store.getSource(job.sourceId);
  const sourceName = source?.settings.name[lang] ?? job.sourceId;
  const english = langAttribute(lang, 'en');
  const finished = job.finishedAt ? new Date(job.finishedAt).getTime() - new Date(job.startedAt).getTime() : undefined;
  const title = t('jobTitle', { source: sourceName });
  return layout({
    lang,
    title,
    alternate: context.alternate,
    current: 'sources',
    body: html`<p class="breadcrumb"><a href="${pagePath(lang, 'sources', job.sourceId)}">${t('backToSource', { source: sourceName })}</a></p>
<h1>${title}</h1>
<dl class="facts">
${fact(t('status'), statusBadge(lang, job.status))}
${fact(t('mode'), capitalize(lang, modeLabel(lang, job.mode)))}
${fact(t('started'), formatDateTime(lang, job.startedAt))}
${fact(t('finished'), formatDateTime(lang, job.finishedAt))}
${fact(t('duration'), finished !== undefined ? formatDuration(lang, finished) : undefined)}
${fact(t('since'), formatDateTime(lang, job.since))}
${fact(t('completeListing'), job.complete ? t('yes') : t('no'))}
${job.error ? fact(t('error'), html`<span${english}>${job.error}</span>`) : ''}
${job.flagged ? fact(t('flagged'), html`<span${english}>${job.flagged}</span>`) : ''}
</dl>
<h2 id="counts-heading">${t('countsHeading')}</h2>
<table class="counts-table" aria-labelledby="counts-heading">
<tbody>${ALL_COUNTS.map(([count, key]) => html`<tr><th scope="row">${t(key)}</th><td class="num">${formatNumber(lang, job.counts[count])}</td></tr>`)}
<tr><th scope="row">${t('countProblems')}</th><td class="num">${formatNumber(lang, problemCount(job))}</td></tr></tbody>
</table>
${job.clusters ? html`<h2>${t('clustersHeading')}</h2><p>${job.clusters.total === 0 ? t('clustersNone') : t('clustersText', { total: formatNumber(lang, job.clusters.total), formed: formatNumber(lang, job.clusters.formed) })}</p>` : ''}
<h2 id="problems-heading">${t('problemsHeading')}</h2>
${problemsTable(lang, job)}`,
  });
}
