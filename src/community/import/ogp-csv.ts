// OGP's commitments spreadsheet (171 columns) read into members, action plans, commitments and
// the IRM's assessments, which stay apart from self-reported progress.
import { parse } from 'csv-parse/sync';
import { parseDeadline } from '../../core/community/deadline-parse.js';
import { isOgpCommitmentId, planId } from '../../core/community/ids.js';
import type { ActionPlan, Commitment, IrmAssessment, Member, OgpValue, PartialDate } from '../../core/community/types.js';
import { decodeText } from './progress-csv.js';
import { problem, type ImportProblem, type ImportResult } from './result.js';

const COLUMNS = {
  id: 'Commitment Unique Identifier',
  country: 'Country/Locality',
  planNumber: 'Action Plan Number',
  number: 'Commitment Number',
  code: 'Code',
  level: 'National Or Local',
  cycle: 'Year Of Submission',
  endYear: 'Action Plan End Year',
  title: 'Commitment Title',
  text: 'Full Text',
  start: 'Start Date',
  end: 'End Date',
  lead: 'Lead Institution',
  supporting: 'Supporting Institution(s)',
  progressYear: 'Report Publication Year (Progress Report)',
  specificity: 'Specificity',
  verifiable: 'Verifiable',
  potentialImpact: 'Potential Impact',
  completionProgress: 'Completion (Progress Report)',
  starredProgress: 'Starred (Current Formula) Progress Report',
  potentialForResults: 'Potential for Results',
  endTermYear: 'Report Publication Year (End Of Term)',
  completionEndTerm: 'Completion (End Of Term)',
  diog: 'Did It Open Government (Overall)',
  starredEndTerm: 'Starred (Current Formula) End of Term',
  active: 'Active Commitment',
  url: 'URL',
  plan: 'Action Plan ID',
} as const;

type Key = keyof typeof COLUMNS;

const OGP_VALUE_COLUMNS: Record<string, OgpValue> = {
  'OGP Value Access To Information': 'access-to-information',
  'OGP Value Civic Participation': 'civic-participation',
  'OGP Value Public Accountability': 'public-accountability',
  'OGP Value Technology': 'technology-innovation',
};

/** `ND` no data, `NA` not applicable, `NR` not reviewed: all mean the value is absent. */
const ABSENT = new Set(['', 'ND', 'NA', 'NR', 'N/A']);

/** A value of an IRM scale, matched without regard to case; OGP's variants mapped to the docs' words. */
function scale<T extends string>(values: readonly T[], aliases: Record<string, T> = {}) {
  return (cell: string): T | undefined | null => {
    if (ABSENT.has(cell)) return undefined;
    const lower = cell.toLowerCase();
    return values.find((v) => v.toLowerCase() === lower) ?? aliases[lower] ?? null;
  };
}

const SPECIFICITY = scale(['None', 'Low', 'Medium', 'High'] as const);
const IMPACT = scale(['None', 'Minor', 'Moderate', 'Transformative'] as const);
const RESULTS = scale(['Unclear', 'Modest', 'Substantial'] as const);
const COMPLETION = scale(['No Evidence Available', 'Not Started', 'Limited', 'Substantial', 'Complete'] as const);
const DIOG = scale(['Worsened', 'Did not change', 'Marginal', 'Major', 'Outstanding'] as const, { worsens: 'Worsened' });
const YES_NO = scale(['yes', 'no', '1', '0'] as const);

/** Spreadsheet cells where the IRM says something that is no value of its scale (not a flaw). */
const NOT_ASSESSED = new Set(['no early results to report yet', 'withdrawn', 'unclear']);

/** `1/1/2024` (M/D/YYYY, OGP's form) → `2024-01-01`; also the variants the sheet holds: `8/21/20`,
 * `31/12/2016` (day first only when it cannot be a month), `August 2014` → `2014-08`, `2013`,
 * and Excel serials (`43525` → `2019-03-01`). */
function partialDate(cell: string): PartialDate | undefined | null {
  if (ABSENT.has(cell)) return undefined;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(cell);
  if (m) {
    let [month, day] = [Number(m[1]), Number(m[2])];
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    if (month > 12 && day <= 12) [month, day] = [day, month];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  // An Excel serial day number (days since 1899-12-30) left by a spreadsheet export.
  if (/^[34]\d{4}$/.test(cell)) return new Date(Date.UTC(1899, 11, 30) + Number(cell) * 86_400_000).toISOString().slice(0, 10);
  // A cell that is only a month and year, or a year, read by the deadline parser.
  if (!/^[\p{L}.]*\s*\d{4}$/u.test(cell)) return null;
  const read = parseDeadline({ en: cell });
  if (read.precision === 'month') return read.from!.slice(0, 7);
  if (read.precision === 'year' && /^\d{4}$/.test(cell)) return cell;
  return null;
}

const BULLET = /^(?:[•●\uf06c\-–*]|\([a-z0-9]{1,3}\)|[a-z0-9]{1,3}[.)])\s+/i;

/** Institutions in one cell: `;`, line breaks and bullets always separate; `,` (and a final
 * `and`) only when every part reads as a name (capitalised, short), i.e. clearly a list. */
export function splitInstitutions(cell: string): string[] {
  if (ABSENT.has(cell.trim())) return [];
  const clean = (part: string): string => part.replace(BULLET, '').replace(/\s+/g, ' ').replace(/[.,;]+$/, '').trim();
  const pieces = cell.split(/;|\n|\s[•●\uf06c]\s/).map(clean).filter((p) => p.length > 0);
  return pieces.flatMap((piece) => {
    const commas = piece.split(/,\s*/);
    if (commas.length < 2) return [piece];
    const last = commas.pop()!;
    const tail = /^(?:and|&)\s+/i.test(last) ? [last.replace(/^(?:and|&)\s+/i, '')] : last.split(/\s+(?:and|&)\s+/);
    const parts = [...commas, ...(tail.length === 2 ? tail : [last])].map((p) => p.trim()).filter((p) => p.length > 0);
    const names = parts.every((p) => /^[\p{Lu}\d]/u.test(p) && p.split(/\s+/).length <= 10);
    return names ? parts : [piece];
  });
}

/** Reads the OGP commitments spreadsheet; each bad row becomes a problem and the others are kept. */
export function importOgpCsv(content: string | Uint8Array, file: string): ImportResult {
  const problems: ImportProblem[] = [];
  const result: ImportResult = { records: {}, progress: [], problems };
  let rows: string[][];
  try {
    rows = parse(decodeText(content), { relax_column_count: true }) as string[][];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.push(problem(file, {}, `not valid CSV: ${message}`, `CSV non valide : ${message}`));
    return result;
  }
  const header = (rows[0] ?? []).map((name) => name.trim());
  const missing = Object.values(COLUMNS).filter((name) => !header.includes(name));
  if (missing.length > 0) {
    problems.push(problem(file, { row: 1, column: missing.join(', ') }, `columns missing from the header: ${missing.join(', ')}`, `colonnes absentes de l'en-tête : ${missing.join(', ')}`));
    return result;
  }
  const at = (name: string): number => header.indexOf(name);
  if (rows.length < 2) problems.push(problem(file, { row: 2 }, 'no data rows after the header', "aucune ligne de données après l'en-tête"));
  // The policy-area label columns (0/1) sit between the institutions and the first IRM report.
  const areaColumns = header.slice(at(COLUMNS.supporting) + 1, at(COLUMNS.progressYear));

  const members = new Map<string, Member>();
  const plans = new Map<string, ActionPlan>();
  const commitments: Commitment[] = [];
  const assessments: IrmAssessment[] = [];

  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const cell = (key: Key): string => (cells[at(COLUMNS[key])] ?? '').trim();
    const note = (key: Key, en: string, fr: string): void => {
      problems.push(problem(file, { row, column: COLUMNS[key], value: cell(key) }, en, fr));
    };
    const ogpId = cell('id');
    if (!isOgpCommitmentId(ogpId)) return note('id', 'not an OGP commitment id (CA0073)', "pas un identifiant d'engagement OGP (CA0073)");
    const code = cell('code').toUpperCase();
    if (!/^[A-Z]{2,5}$/.test(code)) return note('code', 'not an OGP member code (CAN)', 'pas un code de membre OGP (CAN)');
    const planNumber = Number(cell('planNumber'));
    if (!Number.isInteger(planNumber) || planNumber < 1) return note('planNumber', 'not a plan number', 'pas un numéro de plan');
    const plan = cell('plan') || planId(code, planNumber);
    if (!/^AP_[A-Z]+\d+$/.test(plan)) return note('plan', 'not an action plan id (AP_CAN04)', "pas un identifiant de plan d'action (AP_CAN04)");
    const cycle = Number(cell('cycle'));
    if (!Number.isInteger(cycle) || cycle < 2000) return note('cycle', 'not a year of submission', 'pas une année de soumission');

    const url = /^https?:\/\//.test(cell('url')) ? cell('url') : undefined;
    if (!members.has(code)) {
      const member: Member = { id: code, name: { en: cell('country') }, kind: cell('level') === 'National' ? 'national' : 'local' };
      const slug = url ? /\/members\/([^/]+)\//.exec(url)?.[1] : undefined;
      if (slug) member.url = `https://www.opengovpartnership.org/members/${slug}/`;
      members.set(code, member);
    }
    if (!plans.has(plan)) {
      const endYear = Number(cell('endYear'));
      const span = Number.isInteger(endYear) && endYear >= cycle ? `${cycle}-${endYear}` : `${cycle}`;
      const actionPlan: ActionPlan = {
        id: plan,
        member: code,
        number: planNumber,
        cycle,
        startYear: cycle,
        title: { en: `${cell('country')} Action Plan ${span}`, fr: `Plan d'action ${cell('country')} ${span}` },
        // OGP asks every member to report at least twice a year.
        cadence: 'semi-annual',
        periods: [],
      };
      if (Number.isInteger(endYear) && endYear >= cycle) actionPlan.endYear = endYear;
      plans.set(plan, actionPlan);
    }

    const commitment: Commitment = {
      id: ogpId,
      ogpId,
      plan,
      title: cell('title') ? { en: cell('title') } : {},
      text: cell('text') ? { en: cell('text') } : {},
      leadInstitutions: splitInstitutions(cell('lead')),
      supportingInstitutions: splitInstitutions(cell('supporting')),
      policyAreas: areaColumns.filter((name) => (cells[at(name)] ?? '').trim() === '1'),
      ogpValues: Object.entries(OGP_VALUE_COLUMNS).filter(([name]) => (cells[at(name)] ?? '').trim() === '1').map(([, value]) => value),
      status: cell('active') === '1' ? 'active' : 'inactive',
    };
    const number = Number(cell('number'));
    if (Number.isInteger(number) && number > 0) commitment.number = number;
    for (const [key, field] of [['start', 'startDate'], ['end', 'endDate']] as const) {
      const date = partialDate(cell(key));
      if (date === null) note(key, 'not a date (M/D/YYYY, month and year, or year)', 'pas une date (M/J/AAAA, mois et année, ou année)');
      else if (date) commitment[field] = date;
    }
    if (url) commitment.url = url;
    commitments.push(commitment);

    // A scale value outside the IRM's words is reported and left out; the rest of the row stays.
    const read = <T>(key: Key, reader: (cell: string) => T | undefined | null): T | undefined => {
      const value = reader(cell(key));
      if (value === null && !NOT_ASSESSED.has(cell(key).toLowerCase())) note(key, 'not a value of the IRM scale', "pas une valeur de l'échelle du MEI");
      return value ?? undefined;
    };
    const year = (key: Key): number | undefined => (/^\d{4}$/.test(cell(key)) ? Number(cell(key)) : undefined);
    const yes = (key: Key): boolean | undefined => {
      const value = read(key, YES_NO);
      return value === undefined ? undefined : value === 'yes' || value === '1';
    };

    const progress: IrmAssessment = { id: '', commitment: ogpId, report: 'progress' };
    const fields = {
      specificity: read('specificity', SPECIFICITY),
      verifiable: yes('verifiable'),
      relevance: commitment.ogpValues.length > 0 ? commitment.ogpValues : undefined,
      potentialImpact: read('potentialImpact', IMPACT),
      potentialForResults: read('potentialForResults', RESULTS),
      completion: read('completionProgress', COMPLETION),
      starred: yes('starredProgress'),
    };
    const endTerm: IrmAssessment = { id: '', commitment: ogpId, report: 'end-of-term' };
    const endFields = { completion: read('completionEndTerm', COMPLETION), didItOpenGovernment: read('diog', DIOG), starred: yes('starredEndTerm') };
    for (const [assessment, values, yearKey] of [[progress, fields, 'progressYear'], [endTerm, endFields, 'endTermYear']] as const) {
      const present = Object.entries(values).filter(([, v]) => v !== undefined);
      if (present.length === 0) continue;
      const y = year(yearKey);
      const done: IrmAssessment = { ...assessment, ...Object.fromEntries(present), id: `${ogpId}:${assessment.report}${y ? `:${y}` : ''}` };
      if (y) done.year = y;
      assessments.push(done);
    }
  });

  result.records = { member: [...members.values()], plan: [...plans.values()], commitment: commitments, irm: assessments };
  return result;
}
