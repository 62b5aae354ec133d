// Which jurisdictions publish each standard's kind of data, their files, and whether they conform.
import type { UiLang } from '../../../core/langstring.js';
import { pickText } from '../../../core/langstring.js';
import type { FileCoverage, StandardCoverage } from '../../../standards/coverage/report.js';
import { html, type SafeHtml } from '../../html.js';
import { formatDate, formatNumber } from '../../i18n/messages.js';
import { layout } from '../../layout.js';
import type { PageContext } from '../../server.js';
import { pagePath, standardsPath } from '../../urls.js';
import { standardsText } from './standards.messages.js';

const STATUS_CLASS = { conforms: 'status-succeeded', partly: 'status-partial', 'does-not-conform': 'status-failed', unchecked: 'status-none', 'no-files': 'status-none' } as const;

function fileItem(lang: UiLang, entry: FileCoverage): SafeHtml {
  const t = standardsText(lang);
  const check = entry.check;
  const name = pickText(entry.file.title, lang)?.text ?? entry.file.url;
  let state: string;
  if (!check) state = t('check-unchecked');
  else if (check.status === 'invalid') state = t('check-invalid', { errors: formatNumber(lang, check.errors ?? 0), n: check.errors ?? 0 });
  else state = t(`check-${check.status}`);
  const when = check ? ` · ${t('checkedOn', { date: formatDate(lang, check.checkedAt) ?? check.checkedAt })}` : '';
  const reason = check?.message ? ` (${check.message[lang]})` : '';
  return html`<li><a href="${entry.file.url}" rel="nofollow noopener">${name}</a>: ${state}${reason}${when}</li>`;
}

function section(lang: UiLang, coverage: StandardCoverage): SafeHtml {
  const t = standardsText(lang);
  const id = `coverage-${coverage.name}`;
  const c = coverage.counts;
  const n = (v: number) => formatNumber(lang, v);
  return html`<section aria-labelledby="${id}">
<h2 id="${id}"><a href="${standardsPath(lang, { standard: coverage.name })}">${coverage.title[lang]}</a></h2>
${coverage.jurisdictions.length === 0
    ? html`<p>${t('coverageNone')}</p>`
    : html`<p><span class="status ${STATUS_CLASS[coverage.status]}">${t(`status-${coverage.status}`)}</span> ${t('coverageCounts', { jurisdictions: n(c.jurisdictions), datasets: n(c.datasets), files: n(c.files), valid: n(c.valid), invalid: n(c.invalid), unchecked: n(c.unchecked) })}</p>
<div class="table-scroll" role="region" aria-labelledby="${id}" tabindex="0"><table>
<thead><tr><th scope="col">${t('jurisdiction')}</th><th scope="col">${t('status')}</th><th scope="col">${t('datasets')}</th></tr></thead>
<tbody>${coverage.jurisdictions.map(
        (j) => html`<tr><th scope="row">${j.label[lang]}</th><td><span class="status ${STATUS_CLASS[j.status]}">${t(`status-${j.status}`)}</span></td><td><ul class="plain-list">${j.datasets.map(
          (d) => html`<li><a href="${pagePath(lang, 'dataset', d.candidate.datasetId)}">${pickText(d.candidate.title, lang)?.text ?? d.candidate.datasetId}</a> <small>(${t('foundBy')}${lang === 'fr' ? '\u00a0' : ''}: ${d.candidate.evidence.map((e) => t(`evidence-${e}`)).join(', ')})</small>
${d.files.length ? html`<ul class="plain-list">${d.files.map((f) => fileItem(lang, f))}</ul>` : html` · ${t('noCsv')}`}</li>`,
        )}</ul></td></tr>`,
      )}</tbody></table></div>`}
</section>`;
}

export async function coveragePage(context: PageContext): Promise<SafeHtml | undefined> {
  const { lang, deps } = context;
  const service = deps.standards?.coverage;
  if (!service) return undefined;
  const t = standardsText(lang);
  const standards = await service.report();
  return layout({
    lang,
    title: t('coverageTitle'),
    alternate: context.alternate,
    current: 'standards',
    body: html`<h1>${t('coverageTitle')}</h1>
<p>${t('coverageIntro')}</p>
${standards.map((s) => section(lang, s))}`,
  });
}
