// Pieces shared by the sources, source and job pages: statuses, modes, counts, the next run and
// the kind of portal, in the page language.
import type { UiLang } from '../../../core/langstring.js';
import type { SourceSchedule } from '../../../harvest/config.js';
import type { NextRun } from '../../../harvest/next-run.js';
import type { JobCounts, JobMode, JobReport, JobStatus } from '../../../harvest/report.js';
import { html, type SafeHtml } from '../../html.js';
import { formatNumber } from '../../i18n/messages.js';
import { formatDateTime, formatDuration } from '../../render/datetime.js';
import { harvestText } from '../harvest.messages.js';

type Key = Parameters<ReturnType<typeof harvestText>>[0];

const STATUS_KEYS: Record<JobStatus, Key> = { running: 'statusRunning', succeeded: 'statusSucceeded', partial: 'statusPartial', failed: 'statusFailed' };

/** The job's status as a badge (its class gives it a colour; the word says it). */
export function statusBadge(lang: UiLang, status: JobStatus): SafeHtml {
  return html`<span class="status status-${status}">${harvestText(lang)(STATUS_KEYS[status])}</span>`;
}

export function capitalize(lang: UiLang, text: string): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

export function modeLabel(lang: UiLang, mode: JobMode): string {
  return harvestText(lang)(mode === 'full' ? 'modeFull' : 'modeIncremental');
}

// Portal software names are proper nouns, the same in both languages.
const KIND_NAMES: Record<string, string> = {
  ckan: 'CKAN',
  dcat: 'DCAT',
  datajson: 'data.json (DCAT-US)',
  'arcgis-hub': 'ArcGIS Hub',
  socrata: 'Socrata',
  opendatasoft: 'Opendatasoft',
  csw: 'CSW (ISO 19139)',
};

export function kindName(kind: string): string {
  return KIND_NAMES[kind] ?? kind;
}

export function problemCount(job: JobReport): number {
  return job.problems.length + job.problemsOmitted;
}

/** The counts a reader compares between sources (the job page lists every count). */
export const MAIN_COUNTS: ReadonlyArray<[keyof JobCounts, Key]> = [
  ['added', 'countAdded'],
  ['updated', 'countUpdated'],
  ['unchanged', 'countUnchanged'],
  ['withdrawn', 'countWithdrawn'],
];

export const ALL_COUNTS: ReadonlyArray<[keyof JobCounts, Key]> = [
  ['seen', 'countSeen'],
  ...MAIN_COUNTS,
  ['skippedByLicence', 'countSkippedByLicence'],
  ['skippedByFilter', 'countSkippedByFilter'],
  ['failed', 'countFailed'],
];

/** Added, updated, unchanged, withdrawn and problems of a job, as a small description list. */
export function mainCounts(lang: UiLang, job: JobReport): SafeHtml {
  const t = harvestText(lang);
  return html`<dl class="counts">${MAIN_COUNTS.map(([count, key]) => html`<div><dt>${t(key)}</dt><dd>${formatNumber(lang, job.counts[count])}</dd></div>`)}<div><dt>${t('countProblems')}</dt><dd>${formatNumber(lang, problemCount(job))}</dd></div></dl>`;
}

export function nextRunText(lang: UiLang, next: NextRun): string {
  const t = harvestText(lang);
  switch (next.kind) {
    case 'manual':
      return t('nextManual');
    case 'disabled':
      return t('nextDisabled');
    case 'scheduled': {
      const mode = modeLabel(lang, next.mode);
      return next.due ? t('nextDue', { mode }) : t('nextAt', { mode: capitalize(lang, mode), when: formatDateTime(lang, next.at) ?? '' });
    }
  }
}

/** "incremental every 6 hours, full every 7 days", or manual. */
export function scheduleText(lang: UiLang, schedule: SourceSchedule): string {
  const t = harvestText(lang);
  const parts = [
    schedule.incrementalMs !== undefined ? t('scheduleIncremental', { every: formatDuration(lang, schedule.incrementalMs) }) : '',
    schedule.fullMs !== undefined ? t('scheduleFull', { every: formatDuration(lang, schedule.fullMs) }) : '',
  ].filter((p) => p !== '');
  if (parts.length === 0) return t('nextManual');
  return capitalize(lang, parts.join(lang === 'fr' ? ' et ' : ', '));
}
