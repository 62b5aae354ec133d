// Progress reports in the NAP tracker's CSV columns plus `plan`, read (BOM and Windows-1252
// tolerated) and written in the same format, so that what is written reads back unchanged.
import { decodeWindows1252 } from '../../core/windows-1252.js';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { planQualified, splitPlanQualified } from '../../core/community/ids.js';
import type { NewProgressReport, ProgressReport, ProgressStatus } from '../../core/community/types.js';
import { PROGRESS_STATUS_LABELS } from '../../core/community/vocab.js';
import { problem, type ImportProblem, type ImportResult } from './result.js';

export const PROGRESS_COLUMNS = [
  'plan',
  'reporting_period',
  'commitments',
  'milestones',
  'indicators',
  'status',
  'progress_en',
  'progress_fr',
  'evidence_en',
  'evidence_fr',
  'challenges_en',
  'challenges_fr',
] as const;

type Column = (typeof PROGRESS_COLUMNS)[number];

/** The tracker's status codes, and the words its spreadsheets may show instead (the shared labels
 * in both languages, plus two variants people write). */
const STATUS_WORDS: Record<string, ProgressStatus> = Object.fromEntries([
  ...Object.entries(PROGRESS_STATUS_LABELS).flatMap(([code, label]) => [
    [code.toLowerCase(), code],
    [label.en.toLowerCase(), code],
    [label.fr.toLowerCase(), code],
  ]),
  ['pas commencé', 'NS'],
  ['completed', 'C'],
]) as Record<string, ProgressStatus>;

/** UTF-8 (BOM stripped) when the bytes are valid UTF-8, else Windows-1252 (Excel's default on Windows). */
export function decodeText(content: string | Uint8Array): string {
  if (typeof content === 'string') return content.replace(/^\uFEFF/, '');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(content);
  } catch {
    return decodeWindows1252(content);
  }
}

/** `C01.1.1` from `C01.1.1` or the full-text choice `C01.1.1: Draft a strategic plan`. */
const codeOf = (cell: string): string => cell.split(':')[0]!.trim();

export interface ProgressCsvOptions {
  /** The plan for rows whose `plan` cell is empty (`AP_CAN06`). */
  plan?: string;
}

/** Reads progress rows; each bad row becomes a problem and the others are kept. */
export function importProgressCsv(content: string | Uint8Array, file: string, options: ProgressCsvOptions = {}): ImportResult {
  const problems: ImportProblem[] = [];
  const result: ImportResult = { records: {}, progress: [], problems };
  let rows: string[][];
  try {
    rows = parse(decodeText(content), { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.push(problem(file, {}, `not valid CSV: ${message}`, `CSV non valide : ${message}`));
    return result;
  }
  const header = (rows[0] ?? []).map((name) => name.trim().toLowerCase());
  const required: Column[] = PROGRESS_COLUMNS.filter((c) => c !== 'plan' && c !== 'commitments' && c !== 'milestones');
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0 || (!header.includes('plan') && !options.plan)) {
    const names = [...missing, ...(!header.includes('plan') && !options.plan ? ['plan'] : [])].join(', ');
    problems.push(problem(file, { row: 1, column: names }, `columns missing from the header: ${names}`, `colonnes absentes de l'en-tête : ${names}`));
    return result;
  }
  const index = new Map(header.map((name, i) => [name, i]));
  if (rows.length < 2) problems.push(problem(file, { row: 2 }, 'no data rows after the header', "aucune ligne de données après l'en-tête"));
  const by = `import:${file}`;

  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const cell = (column: Column): string => (cells[index.get(column) ?? -1] ?? '').trim();
    const fail = (column: Column, en: string, fr: string): void => {
      problems.push(problem(file, { row, column, value: cell(column) }, en, fr));
    };
    const plan = cell('plan') || options.plan || '';
    if (!/^AP_[A-Z0-9]+$/.test(plan)) return fail('plan', 'not a plan id (AP_CAN06)', "pas un identifiant de plan (AP_CAN06)");
    const period = cell('reporting_period');
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) return fail('reporting_period', 'not a YYYY-MM reporting period', 'pas une période de déclaration AAAA-MM');
    const code = codeOf(cell('indicators'));
    if (!/^C?\d+\.\d+\.\d+$/i.test(code)) return fail('indicators', 'not an indicator code (C01.1.1)', "pas un code d'indicateur (C01.1.1)");
    const milestone = codeOf(cell('milestones'));
    if (milestone && !code.startsWith(`${milestone}.`)) return fail('milestones', `the indicator ${code} is not in this milestone`, `l'indicateur ${code} n'est pas dans ce jalon`);
    const commitment = codeOf(cell('commitments'));
    if (commitment && !code.startsWith(`${commitment}.`)) return fail('commitments', `the indicator ${code} is not in this commitment`, `l'indicateur ${code} n'est pas dans cet engagement`);
    const status = STATUS_WORDS[codeOf(cell('status')).toLowerCase()];
    if (!status) return fail('status', 'unknown status (NS, LP, SP or C)', 'état inconnu (NS, LP, SP ou C)');
    for (const column of ['progress_en', 'progress_fr'] as const) {
      if (!cell(column)) return fail(column, 'progress missing (write NIL when there was none)', 'progrès absent (écrire NUL s’il n’y en a pas eu)');
    }
    if (status === 'NS' || status === 'LP') {
      for (const column of ['challenges_en', 'challenges_fr'] as const) {
        if (!cell(column)) return fail(column, `challenges are required when the status is ${status}`, `les défis sont obligatoires quand l'état est ${status}`);
      }
    }
    const bi = (en: Column, fr: Column) => ({ ...(cell(en) ? { en: cell(en) } : {}), ...(cell(fr) ? { fr: cell(fr) } : {}) });
    result.progress.push({
      indicator: planQualified(plan, code),
      period,
      status,
      progress: bi('progress_en', 'progress_fr'),
      evidence: bi('evidence_en', 'evidence_fr'),
      challenges: bi('challenges_en', 'challenges_fr'),
      recordedBy: by,
    });
  });
  return result;
}

/** Writes reports in the columns `importProgressCsv` reads (UTF-8 with a BOM, for Excel). */
export function writeProgressCsv(reports: (NewProgressReport | ProgressReport)[]): string {
  const rows = reports.map((report) => {
    const split = splitPlanQualified(report.indicator);
    const code = split?.code ?? report.indicator;
    const parts = code.split('.');
    const row: Record<Column, string> = {
      plan: split?.plan ?? '',
      reporting_period: report.period,
      commitments: parts[0] ?? '',
      milestones: parts.slice(0, 2).join('.'),
      indicators: code,
      status: report.status,
      progress_en: report.progress.en ?? '',
      progress_fr: report.progress.fr ?? '',
      evidence_en: report.evidence.en ?? '',
      evidence_fr: report.evidence.fr ?? '',
      challenges_en: report.challenges.en ?? '',
      challenges_fr: report.challenges.fr ?? '',
    };
    return row;
  });
  return `\uFEFF${stringify(rows, { header: true, columns: [...PROGRESS_COLUMNS], record_delimiter: 'windows' })}`;
}
