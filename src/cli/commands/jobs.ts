import type { UiLang } from '../../core/langstring.js';
import { openDatabase, UsageError, type GlobalOptions } from '../context.js';
import { STATUS_LABELS, t } from '../messages.js';
import { endLine } from '../progress.js';
import { stripControlsLine, terminalJson } from '../strip-controls.js';

export interface JobsCommandOptions extends GlobalOptions {
  json?: boolean;
  source?: string;
  limit?: string;
}

export async function jobsShowCommand(id: string, options: JobsCommandOptions, lang: UiLang): Promise<number> {
  const catalogue = openDatabase(options);
  try {
    const job = await catalogue.store.getJob(id);
    if (!job) throw new UsageError(t(lang, 'jobNotFound', { id }), 1);
    if (options.json) {
      process.stdout.write(`${terminalJson(job)}\n`);
      return 0;
    }
    const lines = [...endLine(lang, job)];
    lines.push(`${lang === 'fr' ? 'mode' : 'mode'}: ${job.mode}${job.since ? ` (${lang === 'fr' ? 'depuis' : 'since'} ${job.since})` : ''}`);
    lines.push(`${lang === 'fr' ? 'début' : 'started'}: ${job.startedAt}   ${lang === 'fr' ? 'fin' : 'finished'}: ${job.finishedAt ?? '—'}`);
    lines.push(`${lang === 'fr' ? 'écartées par la licence' : 'skipped by licence gate'}: ${job.counts.skippedByLicence}   ${lang === 'fr' ? 'écartées par filtre' : 'skipped by filter'}: ${job.counts.skippedByFilter}`);
    const total = job.problems.length + job.problemsOmitted;
    lines.push(`${lang === 'fr' ? 'problèmes' : 'problems'}: ${total}`);
    // Record ids, reasons and URLs quote what the portal sent.
    for (const p of job.problems) lines.push(stripControlsLine(`  - ${p.recordId ? `[${p.recordId}] ` : ''}${p.reason}${p.url && !p.recordId ? ` (${p.url})` : ''}`));
    if (job.problemsOmitted > 0) lines.push(`  … +${job.problemsOmitted}`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    await catalogue.close();
  }
}

export async function jobsListCommand(options: JobsCommandOptions, lang: UiLang): Promise<number> {
  const catalogue = openDatabase(options);
  try {
    const limit = Number(options.limit ?? 10);
    const sources = options.source ? [options.source] : (await catalogue.store.listSources()).map((s) => s.settings.id);
    const jobs = (await Promise.all(sources.map((s) => catalogue.store.jobs(s, limit)))).flat().sort((a, b) => b.startedAt.localeCompare(a.startedAt));
    if (options.json) {
      process.stdout.write(`${terminalJson(jobs)}\n`);
      return 0;
    }
    for (const j of jobs) {
      process.stdout.write(`${j.id}  ${STATUS_LABELS[j.status]?.[lang] ?? j.status}  ${j.mode}  ${j.startedAt}  ${j.counts.seen}/${j.counts.added}/${j.counts.updated}/${j.counts.unchanged}/${j.counts.withdrawn}/${j.counts.failed}\n`);
    }
    return 0;
  } finally {
    await catalogue.close();
  }
}
