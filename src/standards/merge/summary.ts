// A merge report told in a few lines, in English or French, for people (the command line's
// standard error, a web page).
import type { UiLang } from '../../core/langstring.js';
import { describeMergeProblem } from './problems.js';
import type { MergeReport } from './report.js';

const counts = (byType: Partial<Record<string, number>>) =>
  Object.entries(byType)
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');

const text = {
  en: {
    jurisdiction: (code: string, mapping: string, source: string, read: number, written: number, blank: number, problems: number) =>
      `${code} (${mapping}, ${source}): ${read} row(s) read, ${written} written, ${blank} blank left out, ${problems} mapping problem(s)`,
    moreProblems: (n: number) => `… and ${n} more mapping problem(s) in the report`,
    valid: (rows: number, schema: string) => `merged table: ${rows} row(s), valid against ${schema}`,
    invalid: (rows: number, schema: string, errors: number, byType: string) => `merged table: ${rows} row(s), NOT valid against ${schema}: ${errors} error(s) (${byType})`,
    from: (code: string, mapping: string, n: number) => `${mapping} row ${n} (${code}): `,
    moreErrors: (n: number) => `… and ${n} more error(s) in the report`,
  },
  fr: {
    jurisdiction: (code: string, mapping: string, source: string, read: number, written: number, blank: number, problems: number) =>
      `${code} (${mapping}, ${source}) : ${read} ligne(s) lue(s), ${written} écrite(s), ${blank} vide(s) écartée(s), ${problems} problème(s) de correspondance`,
    moreProblems: (n: number) => `… et ${n} autre(s) problème(s) de correspondance dans le rapport`,
    valid: (rows: number, schema: string) => `table fusionnée : ${rows} ligne(s), valide selon ${schema}`,
    invalid: (rows: number, schema: string, errors: number, byType: string) => `table fusionnée : ${rows} ligne(s), NON valide selon ${schema} : ${errors} erreur(s) (${byType})`,
    from: (code: string, mapping: string, n: number) => `${mapping} ligne ${n} (${code}) : `,
    moreErrors: (n: number) => `… et ${n} autre(s) erreur(s) dans le rapport`,
  },
} satisfies Record<UiLang, unknown>;

/** The summary: a line per jurisdiction and its first problems, then the validation and its first
 * errors, each traced to its jurisdiction's row. */
export function mergeSummary(report: MergeReport, lang: UiLang, listed = 20): string[] {
  const t = text[lang];
  const lines: string[] = [];
  for (const j of report.jurisdictions) {
    lines.push(t.jurisdiction(j.jurisdiction.code, j.mapping, j.source, j.rowsRead, j.rowsWritten, j.blankRows, j.problems.count));
    for (const p of j.problems.listed.slice(0, listed)) lines.push(`  ${describeMergeProblem(p, lang)}`);
    if (j.problems.count > listed) lines.push(`  ${t.moreProblems(j.problems.count - listed)}`);
  }
  const v = report.validation;
  lines.push(report.valid ? t.valid(report.rows, report.schema) : t.invalid(report.rows, report.schema, v.stats.errors, counts(v.stats.byType)));
  for (const e of v.errors.slice(0, listed)) {
    // The validator's message names the merged table's row; the prefix names the jurisdiction's.
    const from = e.jurisdiction && e.mapping && e.sourceRowNumber !== undefined ? t.from(e.jurisdiction, e.mapping, e.sourceRowNumber) : '';
    lines.push(`  ${from}${e.message}`);
  }
  if (v.stats.errors > listed) lines.push(`  ${t.moreErrors(v.stats.errors - listed)}`);
  return lines;
}
