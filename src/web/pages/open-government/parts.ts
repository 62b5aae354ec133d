// Pieces the tracker's pages share: bilingual text with its `lang`, status badges whose words carry
// the meaning, status counts as a table with a decorative bar, deadlines with the overdue flag in
// words, and the timeline of progress reports (their Markdown sanitized).
import type { Deadline } from '../../../core/community/deadline.js';
import type { BiText, ProgressReport, ProgressStatus } from '../../../core/community/types.js';
import { DEADLINE_PRECISION_LABELS, PROGRESS_STATUS_LABELS } from '../../../core/community/vocab.js';
import type { LangString, UiLang } from '../../../core/langstring.js';
import type { StatusCounts } from '../../../community/status/latest.js';
import { html, SafeHtml } from '../../html.js';
import { formatDate, formatNumber } from '../../i18n/messages.js';
import { formatDateTime } from '../../render/datetime.js';
import { shownText } from '../../render/lang.js';
import { markdownToSafeHtml } from '../../render/rich-text.js';
import type { WebDeps } from '../../server.js';
import { openGovText } from '../open-government.messages.js';

/** Most advanced first, as the counts are read. */
export const STATUS_ORDER: readonly ProgressStatus[] = ['C', 'SP', 'LP', 'NS'];

/** The page's clock (tests set `deps.now`). */
export function clock(deps: WebDeps): Date {
  return deps.now ? deps.now() : new Date();
}

/** The shape `shownText` reads (a BiText has no index signature). */
function langString(text: BiText | undefined): LangString | undefined {
  if (!text) return undefined;
  const out: LangString = {};
  if (text.en !== undefined) out.en = text.en;
  if (text.fr !== undefined) out.fr = text.fr;
  return out;
}

/** Text in the page language, else the other one marked with `lang`; `fallback` when neither. */
export function biText(lang: UiLang, text: BiText | undefined, fallback: string | SafeHtml = ''): SafeHtml {
  const shown = shownText(langString(text), lang);
  return shown ? html`<span${shown.attr}>${shown.text}</span>` : html`${fallback}`;
}

/** The plain text of a BiText in the page language or the other (for titles and attributes). */
export function plainBiText(lang: UiLang, text: BiText | undefined, fallback = ''): string {
  return shownText(langString(text), lang)?.text ?? fallback;
}

/** Markdown from a report or a commitment, sanitized, in a block marked with its language. */
export function markdownBlock(lang: UiLang, text: BiText | undefined): SafeHtml | '' {
  const shown = shownText(langString(text), lang);
  return shown ? html`<div class="rich-text"${shown.attr}>${markdownToSafeHtml(shown.text)}</div>` : '';
}

export function statusBadge(lang: UiLang, status: ProgressStatus | undefined): SafeHtml {
  if (!status) return html`<span class="status status-none">${openGovText(lang)('noReport')}</span>`;
  return html`<span class="status status-${status.toLowerCase()}">${PROGRESS_STATUS_LABELS[status][lang]}</span>`;
}

/** `2020-06` as "June 2020" / « juin 2020 ». */
export function monthLabel(lang: UiLang, month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 15)));
}

const BAR_WIDTH = 100;

/** The counts drawn as one stacked bar; decorative (aria-hidden): the numbers beside it say it all. */
export function statusBar(counts: StatusCounts): SafeHtml | '' {
  if (counts.total === 0) return '';
  let x = 0;
  const parts = [...STATUS_ORDER, 'none' as const].map((key) => {
    const width = (counts[key] / counts.total) * BAR_WIDTH;
    const rect = width > 0 ? html`<rect class="bar-${key.toLowerCase()}" x="${x.toFixed(2)}" y="0" width="${width.toFixed(2)}" height="10"></rect>` : '';
    x += width;
    return rect;
  });
  return html`<svg class="status-bar" viewBox="0 0 ${BAR_WIDTH} 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">${parts}</svg>`;
}

/** Column headers of the status counts, most advanced first, then "no report". */
export function statusHeaders(lang: UiLang): SafeHtml {
  const t = openGovText(lang);
  return html`${STATUS_ORDER.map((s) => html`<th scope="col" class="num">${PROGRESS_STATUS_LABELS[s][lang]}</th>`)}<th scope="col" class="num">${t('noReport')}</th>`;
}

/** The count cells matching `statusHeaders`. */
export function statusCells(lang: UiLang, counts: StatusCounts): SafeHtml {
  return html`${[...STATUS_ORDER, 'none' as const].map((key) => html`<td class="num">${formatNumber(lang, counts[key])}</td>`)}`;
}

/** A one-row table of counts with its bar, for a whole plan or commitment. */
export function statusSummary(lang: UiLang, counts: StatusCounts, captionId: string): SafeHtml {
  const t = openGovText(lang);
  return html`<div class="table-scroll"><table class="status-counts" aria-describedby="${captionId}">
<thead><tr>${statusHeaders(lang)}<th scope="col" class="num">${t('total')}</th></tr></thead>
<tbody><tr>${statusCells(lang, counts)}<td class="num">${formatNumber(lang, counts.total)}</td></tr></tbody>
</table></div>${statusBar(counts)}`;
}

/** "June 2020 (precision: month, due by June 30, 2020)" and, when overdue, the flag in words. */
export function deadlineText(lang: UiLang, deadline: Deadline, overdue: boolean): SafeHtml {
  const t = openGovText(lang);
  const due = deadline.due ? `, ${t('dueBy', { date: formatDate(lang, deadline.due) ?? deadline.due })}` : '';
  const precision = `${t('precision')}${lang === 'fr' ? ' : ' : ': '}${DEADLINE_PRECISION_LABELS[deadline.precision][lang].toLowerCase()}`;
  return html`${biText(lang, deadline.text, deadline.due ?? DEADLINE_PRECISION_LABELS[deadline.precision][lang])} <span class="muted">(${precision}${due})</span>${
    overdue ? html` <strong class="overdue" title="${t('overdueHint')}">${t('overdue')}</strong>` : ''
  }`;
}

/** Who recorded a report, as stored (`web:<token id>`, `import:<file>`). */
function recorder(report: ProgressReport): string {
  return report.recordedBy;
}

/** Every report, newest first, each with its period, status, texts and when it was recorded. */
export function reportTimeline(lang: UiLang, reports: readonly ProgressReport[], indicatorLink?: (id: string) => SafeHtml): SafeHtml {
  const t = openGovText(lang);
  if (reports.length === 0) return html`<p>${t('noHistory')}</p>`;
  const section = (label: string, text: BiText) => {
    const block = markdownBlock(lang, text);
    return block ? html`<h4>${label}</h4>${block}` : '';
  };
  return html`<ol class="timeline" reversed>${[...reports].reverse().map(
    (report) => html`<li class="timeline-entry">
<h3>${t('periodEnding', { month: monthLabel(lang, report.period) })} ${statusBadge(lang, report.status)}</h3>
${indicatorLink ? html`<p>${indicatorLink(report.indicator)}</p>` : ''}
<p class="muted">${t('recorded', { when: formatDateTime(lang, report.recordedAt) ?? report.recordedAt, by: recorder(report) })}</p>
${section(t('progress'), report.progress)}${section(t('evidence'), report.evidence)}${section(t('challenges'), report.challenges)}
</li>`,
  )}</ol>`;
}

/** A `<dl class="facts">` row, left out when it has nothing to say. */
export function fact(label: string, value: SafeHtml | string | undefined | ''): SafeHtml | '' {
  if (value === undefined || value === '' || (value instanceof SafeHtml && value.value === '')) return '';
  return html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;
}

export function list(items: readonly string[]): SafeHtml | '' {
  if (items.length === 0) return '';
  return items.length === 1 ? html`${items[0]}` : html`<ul class="plain-list">${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}
