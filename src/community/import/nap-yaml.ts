// Canada's National Action Plan tracker definition (the open.canada.ca recombinant YAML of the
// 5th, 6th, ... plan) read into the plan, its commitments, milestones and indicators. Generic:
// the plan number, periods and the cascading choices are read, never assumed.
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { parseDeadline } from '../../core/community/deadline-parse.js';
import { planId, planQualified } from '../../core/community/ids.js';
import type { ActionPlan, BiText, Commitment, Indicator, Milestone, ReportingCadence } from '../../core/community/types.js';
import { problem, type ImportProblem, type ImportResult } from './result.js';

const MEMBER = 'CAN';

const biText = z.object({ en: z.coerce.string().optional(), fr: z.coerce.string().optional() }).passthrough();
const departments = z.union([z.string(), z.array(z.string())]).nullish();
const choice = z.union([z.string(), z.number(), biText.extend({
  due_date: z.coerce.string().optional(),
  deadline: biText.optional(),
  lead_dept: departments,
}).passthrough()]);
const field = z.object({
  datastore_id: z.string().optional(),
  description: biText.optional(),
  // Each choice is checked on its own, so that one bad entry never hides the others.
  choices: z.record(z.string(), z.unknown()).optional(),
}).passthrough();
const napFile = z.object({
  dataset_type: z.string().optional(),
  title: z.string().optional(),
  resources: z.array(z.object({ title: z.string().optional(), fields: z.array(z.unknown()) }).passthrough()).min(1),
}).passthrough();

type Choice = z.infer<typeof choice>;
type ChoiceObject = Exclude<Choice, string | number>;

const ORDINAL = /\b(\d+)(?:st|nd|rd|th|e|ème|er)\b/i;

/** The plan's number: `nap5` → 5, else "6th National Action Plan" → 6. */
function planNumber(datasetType: string | undefined, title: string | undefined): number | undefined {
  const fromType = /^nap(\d+)$/i.exec(datasetType ?? '');
  if (fromType) return Number(fromType[1]);
  const fromTitle = ORDINAL.exec(title ?? '');
  return fromTitle ? Number(fromTitle[1]) : undefined;
}

/** Quarterly when periods are 3 months apart, semi-annual when 6 (the most common gap wins). */
function cadenceOf(periods: string[]): ReportingCadence {
  const months = periods.map((p) => Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7)));
  const gaps = months.slice(1).map((m, i) => m - months[i]!);
  const six = gaps.filter((g) => g === 6).length;
  const three = gaps.filter((g) => g === 3).length;
  return six > three ? 'semi-annual' : 'quarterly';
}

function textOf(value: Choice): BiText {
  if (typeof value === 'string' || typeof value === 'number') return { en: String(value) };
  const out: BiText = {};
  if (value.en?.trim()) out.en = value.en.trim();
  if (value.fr?.trim()) out.fr = value.fr.trim();
  return out;
}

/** Department keys: a YAML list or one string, `;`/`,` separated. */
function departmentsOf(value: unknown): string[] {
  const raw = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[;,]/) : [];
  return raw.map((d) => String(d).trim()).filter((d) => d.length > 0);
}

/** Supporting departments under any key that starts with `sup` (`supt_dept`, the tracker's `supt_sept`). */
function supportingOf(value: ChoiceObject): string[] {
  return Object.keys(value)
    .filter((key) => /^sup[a-z]*_(dept|sept|depts|departments?)$/i.test(key))
    .flatMap((key) => departmentsOf(value[key]));
}

const unique = (list: string[]): string[] => [...new Set(list)];

/** Reads a NAP tracker YAML file; `file` names it in problems. */
export function importNapYaml(content: string, file: string): ImportResult {
  const problems: ImportProblem[] = [];
  const lines = new LineCounter();
  const doc = parseDocument(content, { lineCounter: lines });
  const empty: ImportResult = { records: {}, progress: [], problems };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push(problem(file, { row: lines.linePos(error.pos[0]).line }, `not valid YAML: ${error.message}`, `YAML non valide : ${error.message}`));
    }
    return empty;
  }
  const parsed = napFile.safeParse(doc.toJS());
  if (!parsed.success) {
    problems.push(problem(file, {}, 'not a tracker definition: no dataset_type/resources with fields', 'pas une définition de suivi : aucun dataset_type/resources avec fields'));
    return empty;
  }
  const number = planNumber(parsed.data.dataset_type, parsed.data.title ?? parsed.data.resources[0]!.title);
  if (number === undefined) {
    problems.push(problem(file, { column: 'dataset_type', value: parsed.data.dataset_type ?? '' }, 'no plan number in dataset_type (napN) or the title', 'aucun numéro de plan dans dataset_type (napN) ni dans le titre'));
    return empty;
  }
  const plan = planId(MEMBER, number);
  const rawFields = parsed.data.resources[0]!.fields;
  const fieldAt = (id: string): { index: number; value: z.infer<typeof field> } | undefined => {
    const index = rawFields.findIndex((f) => typeof f === 'object' && f !== null && (f as { datastore_id?: unknown }).datastore_id === id);
    if (index < 0) return undefined;
    const checked = field.safeParse(rawFields[index]);
    return checked.success ? { index, value: checked.data } : undefined;
  };
  const lineOf = (fieldIndex: number, code: string): number | undefined => {
    const choices = doc.getIn(['resources', 0, 'fields', fieldIndex, 'choices'], true);
    if (!isMap(choices)) return undefined;
    const pair = choices.items.find((item) => isScalar(item.key) && String(item.key.value) === code);
    const range = isScalar(pair?.key) ? pair.key.range : undefined;
    return range ? lines.linePos(range[0]).line : undefined;
  };

  const needed = ['reporting_period', 'commitments', 'milestones', 'indicators'];
  const missing = needed.filter((id) => !fieldAt(id)?.value.choices);
  if (missing.length > 0) {
    problems.push(problem(file, { column: missing.join(', ') }, `fields with choices missing: ${missing.join(', ')}`, `champs à choix absents : ${missing.join(', ')}`));
    return empty;
  }
  /** The valid choices of a field; each invalid one becomes a problem. */
  const choicesOf = (id: string): [string, Choice][] => {
    const { index, value } = fieldAt(id)!;
    const valid: [string, Choice][] = [];
    for (const [code, raw] of Object.entries(value.choices!)) {
      const checked = choice.safeParse(raw);
      if (checked.success) valid.push([code, checked.data]);
      else problems.push(problem(file, { row: lineOf(index, code), column: id, value: code }, 'choice is neither text nor an en/fr entry', "choix qui n'est ni un texte ni une entrée en/fr"));
    }
    return valid;
  };

  const periodsField = fieldAt('reporting_period')!;
  const periods: string[] = [];
  for (const key of Object.keys(periodsField.value.choices!)) {
    if (/^\d{4}-(0[1-9]|1[0-2])$/.test(key)) periods.push(key);
    else problems.push(problem(file, { row: lineOf(periodsField.index, key), column: 'reporting_period', value: key }, 'not a YYYY-MM reporting period', "pas une période de déclaration AAAA-MM"));
  }
  periods.sort();

  const commitmentsField = fieldAt('commitments')!;
  const span = /(\d{4})\s*[-–‑]\s*(\d{4})/.exec(`${commitmentsField.value.description?.en ?? ''} ${parsed.data.title ?? ''}`);
  const startYear = span ? Number(span[1]) : periods[0] ? Number(periods[0].slice(0, 4)) : undefined;
  const endYear = span ? Number(span[2]) : periods.at(-1) ? Number(periods.at(-1)!.slice(0, 4)) : undefined;
  const actionPlan: ActionPlan = {
    id: plan,
    member: MEMBER,
    number,
    cycle: startYear ?? 0,
    title: { en: parsed.data.title ?? `National Action Plan ${number}` },
    cadence: cadenceOf(periods),
    periods,
  };
  if (startYear !== undefined) actionPlan.startYear = startYear;
  if (endYear !== undefined) actionPlan.endYear = endYear;

  const commitments = new Map<string, Commitment>();
  for (const [code, value] of choicesOf('commitments')) {
    const num = /^C?(\d+)$/i.exec(code);
    const commitment: Commitment = {
      id: planQualified(plan, code),
      plan,
      code,
      title: textOf(value),
      text: {},
      leadInstitutions: [],
      supportingInstitutions: [],
      policyAreas: [],
      ogpValues: [],
    };
    if (num) commitment.number = Number(num[1]);
    commitments.set(code, commitment);
  }

  const milestonesField = fieldAt('milestones')!;
  const milestones = new Map<string, Milestone>();
  for (const [code, value] of choicesOf('milestones')) {
    const parent = code.split('.')[0]!;
    if (!commitments.has(parent) || code.split('.').length !== 2) {
      problems.push(problem(file, { row: lineOf(milestonesField.index, code), column: 'milestones', value: code }, `milestone of no known commitment (${parent})`, `jalon d'aucun engagement connu (${parent})`));
      continue;
    }
    milestones.set(code, { id: planQualified(plan, code), plan, commitment: planQualified(plan, parent), code, title: textOf(value), leadInstitutions: [] });
  }

  const indicatorsField = fieldAt('indicators')!;
  const indicators: Indicator[] = [];
  for (const [code, value] of choicesOf('indicators')) {
    const row = lineOf(indicatorsField.index, code);
    const parts = code.split('.');
    const milestoneCode = parts.slice(0, 2).join('.');
    const milestone = milestones.get(milestoneCode);
    if (parts.length !== 3 || !milestone) {
      problems.push(problem(file, { row, column: 'indicators', value: code }, `indicator of no known milestone (${milestoneCode})`, `indicateur d'aucun jalon connu (${milestoneCode})`));
      continue;
    }
    const details: ChoiceObject = typeof value === 'object' ? value : {};
    const deadline = parseDeadline(details.deadline ?? {}, details.due_date);
    if (deadline.precision === 'unknown') {
      problems.push(problem(file, { row, column: 'deadline', value: deadline.text.en ?? deadline.text.fr ?? '' }, 'deadline not understood (kept as text)', 'échéance non comprise (texte conservé)'));
    }
    const stated = details.due_date === undefined ? undefined : parseDeadline(details.deadline ?? {});
    if (stated?.due && deadline.due && (deadline.due < stated.from! || deadline.due > stated.due)) {
      problems.push(problem(file, { row, column: 'due_date', value: details.due_date }, `due_date falls outside the deadline text (${stated.text.en ?? stated.text.fr}); the due date is kept`, `due_date hors de l'échéance écrite (${stated.text.fr ?? stated.text.en}) ; la date d'échéance est conservée`));
    }
    const lead = departmentsOf(details.lead_dept);
    const supporting = supportingOf(details);
    indicators.push({
      id: planQualified(plan, code),
      plan,
      commitment: milestone.commitment,
      milestone: milestone.id,
      code,
      text: textOf(value),
      deadline,
      deadlineHistory: [],
      leadInstitutions: lead,
      supportingInstitutions: supporting,
      targets: [],
    });
    milestone.leadInstitutions = unique([...milestone.leadInstitutions, ...lead]);
    const commitment = commitments.get(parts[0]!)!;
    commitment.leadInstitutions = unique([...commitment.leadInstitutions, ...lead]);
    commitment.supportingInstitutions = unique([...commitment.supportingInstitutions, ...supporting]);
  }

  return {
    records: { plan: [actionPlan], commitment: [...commitments.values()], milestone: [...milestones.values()], indicator: indicators },
    progress: [],
    problems,
  };
}
