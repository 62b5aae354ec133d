// `federa community import|export|seed`: the open government community tracker's records from
// and to files (the importers and tables of src/community), and Canada's seed.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { basename } from 'node:path';
import type { UiLang } from '../../core/langstring.js';
import { COMMUNITY_KINDS, type CommunityKind } from '../../core/community/types.js';
import { exportProgress, exportRecords, type TableFormat } from '../../community/export/table.js';
import { applyImport } from '../../community/import/apply.js';
import type { ImportFormat } from '../../community/import/detect-format.js';
import { importFile } from '../../community/import/import-file.js';
import { writeProgressCsv } from '../../community/import/progress-csv.js';
import { describeProblem } from '../../community/import/result.js';
import { seedCommunity } from '../../community/seed/apply.js';
import { openDatabase, UsageError, type GlobalOptions } from '../context.js';
import { tc } from '../community-messages.js';

const FORMATS: readonly ImportFormat[] = ['ogp-csv', 'nap-yaml', 'progress-csv'];
const TABLE_FORMATS: readonly TableFormat[] = ['csv', 'json'];
const EXPORT_TYPES = [...COMMUNITY_KINDS, 'progress'] as const;
type ExportType = (typeof EXPORT_TYPES)[number];

export interface CommunityImportOptions extends GlobalOptions {
  format?: string;
  plan?: string;
  json?: boolean;
}

export async function communityImportCommand(file: string, options: CommunityImportOptions, lang: UiLang): Promise<number> {
  if (options.format !== undefined && !(FORMATS as readonly string[]).includes(options.format)) {
    throw new UsageError(tc(lang, 'badFormat', { value: options.format, list: FORMATS.join(', ') }));
  }
  if (options.plan !== undefined && !/^AP_[A-Z0-9]+$/.test(options.plan)) throw new UsageError(tc(lang, 'badPlan', { value: options.plan }));
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch (error) {
    throw new UsageError(tc(lang, 'unreadable', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  const name = basename(file);
  const result = importFile(name, content, {
    ...(options.format ? { format: options.format as ImportFormat } : {}),
    ...(options.plan ? { plan: options.plan } : {}),
  });
  const catalogue = openDatabase(options);
  try {
    const at = new Date().toISOString();
    // Seeded first, as `serve` does: a tracker file's C10 then updates the seeded CA0073 rather
    // than taking its milestones and indicators before the seed could.
    if (result.format) await seedCommunity(catalogue.store, at);
    // A file of an unknown format brings nothing: only its problem is reported.
    const applied = result.format ? await applyImport(catalogue.store, result, at, `import:${name}`) : undefined;
    const problems = [...result.problems, ...(applied?.problems ?? [])];
    if (options.json) {
      const body = { file: name, format: result.format ?? null, saved: applied?.saved ?? {}, progress: applied?.progress ?? { appended: 0, unchanged: 0 }, problems };
      process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    } else {
      const out: string[] = [];
      if (result.format) out.push(tc(lang, 'importFormat', { file: name, format: result.format }));
      for (const [kind, saved] of Object.entries(applied?.saved ?? {})) {
        out.push(tc(lang, 'importSaved', { kind, created: saved.created.length, updated: saved.updated.length, unchanged: saved.unchanged.length }));
      }
      if (applied && (applied.progress.appended > 0 || applied.progress.unchanged > 0 || result.format === 'progress-csv')) out.push(tc(lang, 'importProgress', applied.progress));
      out.push(problems.length === 0 ? tc(lang, 'importClean') : tc(lang, 'importProblems', { count: problems.length }));
      process.stdout.write(`${out.join('\n')}\n`);
      for (const p of problems) process.stderr.write(`${describeProblem(p, lang).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?')}\n`);
    }
    return problems.length === 0 ? 0 : 1;
  } finally {
    await catalogue.close();
  }
}

export interface CommunityExportOptions extends GlobalOptions {
  type?: string;
  format?: string;
  output?: string;
}

export async function communityExportCommand(options: CommunityExportOptions, lang: UiLang): Promise<number> {
  const type = options.type;
  if (type === undefined || !(EXPORT_TYPES as readonly string[]).includes(type)) {
    throw new UsageError(tc(lang, 'badType', { value: type ?? '', list: EXPORT_TYPES.join(', ') }));
  }
  const format = options.format ?? 'csv';
  if (!(TABLE_FORMATS as readonly string[]).includes(format)) throw new UsageError(tc(lang, 'badFormat', { value: format, list: TABLE_FORMATS.join(', ') }));
  const catalogue = openDatabase(options);
  try {
    const { text, count } = await table(catalogue.store, type as ExportType, format as TableFormat);
    if (options.output === undefined) {
      process.stdout.write(text);
    } else {
      // Written whole or not at all: a file that was there is never left half overwritten.
      const temporary = `${options.output}.${process.pid}.tmp`;
      writeFileSync(temporary, text);
      renameSync(temporary, options.output);
      process.stderr.write(`${tc(lang, 'exported', { count, type, file: options.output })}\n`);
    }
    return 0;
  } finally {
    await catalogue.close();
  }
}

async function table(store: ReturnType<typeof openDatabase>['store'], type: ExportType, format: TableFormat): Promise<{ text: string; count: number }> {
  if (type === 'progress') {
    const reports = await store.listProgress();
    // The CSV is the one `community import` reads back, so an export can be edited and re-imported.
    return { text: format === 'csv' ? writeProgressCsv(reports) : exportProgress(reports, format), count: reports.length };
  }
  const records = (await store.listCommunity(type as CommunityKind)).map((r) => r.data);
  return { text: exportRecords(type, records, format), count: records.length };
}

export async function communitySeedCommand(options: GlobalOptions & { json?: boolean }, lang: UiLang): Promise<number> {
  const catalogue = openDatabase(options);
  try {
    const added = await seedCommunity(catalogue.store, new Date().toISOString());
    if (options.json) {
      process.stdout.write(`${JSON.stringify(added, null, 2)}\n`);
      return 0;
    }
    const lines = Object.entries(added).filter(([, ids]) => ids.length > 0).map(([kind, ids]) => tc(lang, 'seeded', { kind, count: ids.length }));
    process.stdout.write(`${(lines.length > 0 ? lines : [tc(lang, 'seedNothing')]).join('\n')}\n`);
    return 0;
  } finally {
    await catalogue.close();
  }
}
