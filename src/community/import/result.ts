// What every importer returns: records by kind, progress rows, and problems that never stop the
// other rows.
import type { BiText, CommunityKind, CommunityRecords, NewProgressReport } from '../../core/community/types.js';

export interface ImportProblem {
  /** The file's name as given to the importer. */
  file: string;
  /** 1-based as a spreadsheet shows it (the header is row 1); the line in a YAML file. */
  row?: number;
  column?: string;
  value?: string;
  reason: BiText;
}

export type ImportRecords = { [K in CommunityKind]?: CommunityRecords[K][] };

export interface ImportResult {
  records: ImportRecords;
  progress: NewProgressReport[];
  problems: ImportProblem[];
}

/** A problem with its reason in both languages. */
export function problem(file: string, where: Omit<ImportProblem, 'file' | 'reason'>, en: string, fr: string): ImportProblem {
  return { file, ...where, reason: { en, fr } };
}

/** The text of a problem in one language, naming the file, row, column and value. */
export function describeProblem(p: ImportProblem, lang: 'en' | 'fr'): string {
  const at = [p.file, p.row === undefined ? undefined : `${lang === 'en' ? 'row' : 'ligne'} ${p.row}`, p.column]
    .filter((part) => part !== undefined)
    .join(', ');
  const value = p.value === undefined ? '' : ` (${JSON.stringify(p.value)})`;
  return `${at}${value}: ${p.reason[lang] ?? p.reason.en ?? ''}`;
}
