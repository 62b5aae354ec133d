// The input schemas of every editable community record kind: what an editor, the API or an
// importer may submit, checked field by field, with ids made deterministic when not given.
import { z } from 'zod';
import { JURISDICTION_LEVELS } from '../../core/dataset.js';
import type { Deadline } from '../../core/community/deadline.js';
import { isOgpCommitmentId, parentCode, planId, planQualified, slug } from '../../core/community/ids.js';
import type { BiText, CommunityKind, CommunityRecords, Indicator } from '../../core/community/types.js';
import { dayOf } from '../dates.js';
import {
  biText,
  country,
  dateTimeOrDay,
  day,
  duration,
  httpUrl,
  identifier,
  languageTag,
  LIMITS,
  list,
  month,
  name,
  partialDate,
  planRef,
  quote,
  region,
  requiredBiText,
  rule,
  timeZone,
} from './fields.js';
import { parseBilingual, type FieldError } from './issues.js';

export type { FieldError } from './issues.js';

export const OGP_VALUES = ['access-to-information', 'civic-participation', 'public-accountability', 'technology-innovation'] as const;
export const EVENT_KINDS = ['bilateral-peer-learning', 'international-forum', 'summit', 'conference', 'workshop', 'data-literacy'] as const;
const PRECISIONS = ['day', 'month', 'quarter', 'season', 'year', 'ongoing', 'unknown'] as const;
export const ATTENDANCES = ['online', 'in-person', 'mixed'] as const;
export const EDUCATIONAL_LEVELS = ['beginner', 'intermediate', 'advanced'] as const;

const code = () => identifier(LIMITS.code);
const ref = () => identifier();
const names = () => list(name());

/** The first language given, for ids built from names. */
function firstText(text: BiText): string {
  return text.en ?? text.fr ?? '';
}

type Ctx = z.core.$RefinementCtx;

function fail(ctx: Ctx, path: PropertyKey[], en: string, fr: string): void {
  ctx.addIssue({ code: 'custom', path, message: en, params: { fr } });
}

/** An id from a name: refused when the name has no letter or digit to make one. */
function sluggedId(ctx: Ctx, given: string | undefined, parts: string[], from: string): string {
  if (given) return given;
  const id = parts.map(slug).filter(Boolean).join('-');
  if (!slug(parts[0] ?? '')) fail(ctx, [from], `no id given and none can be made from ${from}`, `aucun identifiant donné et ${from} ne permet pas d’en faire un`);
  return id;
}

const member = z
  .strictObject({
    id: rule(z.string().trim().max(10), (v) => /^[A-Z][A-Z0-9]{1,9}$/.test(v), (v) => `"${quote(v)}" is not an OGP member code (CAN, ONT)`, (v) => `« ${quote(v)} » n’est pas un code de membre du PGO (CAN, ONT)`),
    name: requiredBiText(),
    kind: z.enum(['national', 'local']),
    country: region().optional(),
    url: httpUrl().optional(),
  });

const plan = z
  .strictObject({
    id: planRef().optional(),
    member: member.shape.id,
    number: z.int().min(1).max(99),
    cycle: z.int().min(2011).max(2100),
    startYear: z.int().min(2011).max(2100).optional(),
    endYear: z.int().min(2011).max(2100).optional(),
    title: requiredBiText(),
    cadence: z.enum(['quarterly', 'semi-annual']),
    periods: list(month()),
    url: httpUrl().optional(),
  })
  .superRefine((p, ctx) => {
    if (p.startYear !== undefined && p.endYear !== undefined && p.endYear < p.startYear) {
      fail(ctx, ['endYear'], `${p.endYear} is before startYear ${p.startYear}`, `${p.endYear} précède startYear ${p.startYear}`);
    }
    p.periods.forEach((period, n) => {
      const previous = p.periods[n - 1];
      if (previous !== undefined && period <= previous) fail(ctx, ['periods', n], `${period} is not after ${previous}: give periods oldest first, once each`, `${period} ne suit pas ${previous} : donner les périodes de la plus ancienne à la plus récente, une seule fois`);
    });
  })
  .transform((p) => ({ ...p, id: p.id ?? planId(p.member, p.number) }));

const commitment = z
  .strictObject({
    id: ref().optional(),
    ogpId: rule(z.string().trim().max(12), isOgpCommitmentId, (v) => `"${quote(v)}" is not an OGP commitment id (CA0073)`, (v) => `« ${quote(v)} » n’est pas un identifiant d’engagement du PGO (CA0073)`).optional(),
    plan: planRef(),
    code: code().optional(),
    number: z.int().min(1).max(999).optional(),
    title: requiredBiText(),
    text: biText().default({}),
    leadInstitutions: names(),
    supportingInstitutions: names(),
    policyAreas: names(),
    ogpValues: list(z.enum(OGP_VALUES)),
    startDate: partialDate().optional(),
    endDate: partialDate().optional(),
    status: z.enum(['active', 'inactive']).optional(),
    url: httpUrl().optional(),
  })
  .transform((c, ctx) => {
    const id = c.id ?? c.ogpId ?? (c.code ? planQualified(c.plan, c.code) : undefined);
    if (id === undefined) fail(ctx, ['code'], 'give the ogpId or the code inside the plan, to identify the commitment', 'donner l’ogpId ou le code dans le plan, pour identifier l’engagement');
    return { ...c, id: id ?? '' };
  });

const milestone = z
  .strictObject({
    id: ref().optional(),
    plan: planRef(),
    commitment: ref(),
    code: code(),
    title: requiredBiText(),
    leadInstitutions: names(),
  })
  .transform((m) => ({ ...m, id: m.id ?? planQualified(m.plan, m.code) }));

const countWindow = { from: partialDate().optional(), to: partialDate().optional() };
const countRule = z.discriminatedUnion('of', [
  z.strictObject({ of: z.literal('events'), kinds: z.array(z.enum(EVENT_KINDS)).max(20).optional(), ...countWindow }),
  z.strictObject({ of: z.literal('declarations'), openGovernmentLanguage: z.boolean().optional(), ...countWindow }),
  z.strictObject({ of: z.literal('charter-adoptions'), levels: z.array(z.enum(JURISDICTION_LEVELS)).max(20).optional(), ...countWindow }),
  z.strictObject({ of: z.literal('learning-resources'), types: z.array(name()).max(50).optional() }),
  z.strictObject({ of: z.literal('sources'), levels: z.array(z.enum(JURISDICTION_LEVELS)).min(1).max(20) }),
]);

const target = z.strictObject({
  label: requiredBiText(),
  baseline: z.number().finite().min(0).optional(),
  target: z.number().finite().min(0),
  unit: biText(LIMITS.name).optional(),
  count: countRule.optional(),
});

const deadline = z
  .strictObject({
    precision: z.enum(PRECISIONS),
    due: day().optional(),
    from: day().optional(),
    text: biText(LIMITS.name).default({}),
  })
  .superRefine((d, ctx) => {
    const open = d.precision === 'ongoing' || d.precision === 'unknown';
    if (open && (d.due !== undefined || d.from !== undefined)) {
      fail(ctx, [d.due !== undefined ? 'due' : 'from'], `a deadline of precision ${d.precision} has no dates`, `une échéance de précision ${d.precision} n’a pas de dates`);
    }
    if (!open && d.due === undefined) fail(ctx, ['due'], `required for a deadline of precision ${d.precision}`, `requis pour une échéance de précision ${d.precision}`);
    if (d.from !== undefined && d.due !== undefined && d.from > d.due) fail(ctx, ['from'], `${d.from} is after the due date ${d.due}`, `${d.from} suit l’échéance ${d.due}`);
  })
  .transform((d): Deadline => ({ precision: d.precision, ...(d.due ? { due: d.due } : {}), ...(d.from ? { from: d.from } : {}), text: d.text }));

const indicator = z
  .strictObject({
    id: ref().optional(),
    plan: planRef(),
    commitment: ref(),
    milestone: ref().optional(),
    code: code(),
    text: requiredBiText(LIMITS.text),
    deadline,
    // Kept by Federa (see `indicator-edits.ts`): accepted so that a record read back can be sent again, then ignored.
    deadlineHistory: z.array(z.unknown()).max(1000).optional(),
    leadInstitutions: names(),
    supportingInstitutions: names(),
    targets: z.array(target).max(20).default([]),
  })
  .transform((i, ctx): Indicator => {
    const parent = parentCode(i.code);
    const milestoneId = i.milestone ?? (parent ? planQualified(i.plan, parent) : undefined);
    if (milestoneId === undefined) fail(ctx, ['milestone'], `required: the code ${i.code} names no milestone`, `requis : le code ${i.code} ne désigne aucun jalon`);
    const { deadlineHistory: _ignored, ...rest } = i;
    return { ...rest, id: i.id ?? planQualified(i.plan, i.code), milestone: milestoneId ?? '', deadlineHistory: [] };
  });

const irm = z
  .strictObject({
    id: ref().optional(),
    commitment: ref(),
    report: z.enum(['design', 'action-plan-review', 'progress', 'end-of-term', 'results']),
    year: z.int().min(2011).max(2100).optional(),
    specificity: z.enum(['None', 'Low', 'Medium', 'High']).optional(),
    verifiable: z.boolean().optional(),
    relevance: z.array(z.enum(OGP_VALUES)).max(4).optional(),
    openGovernmentLens: z.boolean().optional(),
    potentialImpact: z.enum(['None', 'Minor', 'Moderate', 'Transformative']).optional(),
    potentialForResults: z.enum(['Unclear', 'Modest', 'Substantial']).optional(),
    completion: z.enum(['No Evidence Available', 'Not Started', 'Limited', 'Substantial', 'Complete']).optional(),
    didItOpenGovernment: z.enum(['Worsened', 'Did not change', 'Marginal', 'Major', 'Outstanding']).optional(),
    starred: z.boolean().optional(),
    url: httpUrl().optional(),
  })
  .transform((a) => ({ ...a, id: a.id ?? [a.commitment, a.report, ...(a.year !== undefined ? [String(a.year)] : [])].join(':') }));

const charterAdoption = z
  .strictObject({
    id: ref().optional(),
    government: requiredBiText(),
    level: z.enum(JURISDICTION_LEVELS),
    region: region().optional(),
    date: partialDate(),
    instrument: biText(LIMITS.name).default({}),
    evidence: httpUrl(),
  })
  .transform((a, ctx) => ({ ...a, id: sluggedId(ctx, a.id, [firstText(a.government), a.date], 'government') }));

const event = z
  .strictObject({
    id: ref().optional(),
    kind: z.enum(EVENT_KINDS),
    title: requiredBiText(),
    description: biText().default({}),
    start: dateTimeOrDay(),
    end: dateTimeOrDay().optional(),
    timeZone: timeZone(),
    attendance: z.enum(ATTENDANCES),
    location: biText(LIMITS.name).optional(),
    organizers: names(),
    countries: list(country()),
    indicators: list(ref()),
    status: z.enum(['confirmed', 'tentative', 'cancelled']).default('confirmed'),
    url: httpUrl().optional(),
  })
  .superRefine((e, ctx) => {
    if (e.end === undefined) return;
    const allDay = (v: string) => !v.includes('T');
    if (allDay(e.start) !== allDay(e.end)) {
      fail(ctx, ['end'], 'give start and end both as dates (all-day) or both as date-times', 'donner le début et la fin tous deux en dates (toute la journée) ou tous deux en dates-heures');
    } else if (Date.parse(e.end) < Date.parse(e.start)) {
      fail(ctx, ['end'], `${e.end} is before the start ${e.start}`, `${e.end} précède le début ${e.start}`);
    }
  })
  .transform((e, ctx) => ({ ...e, id: sluggedId(ctx, e.id, [firstText(e.title), dayOf(e.start) ?? ''], 'title') }));

const declaration = z
  .strictObject({
    id: ref().optional(),
    title: requiredBiText(),
    date: partialDate(),
    signatories: names(),
    openGovernmentLanguage: z.boolean(),
    url: httpUrl().optional(),
  })
  .transform((d, ctx) => ({ ...d, id: sluggedId(ctx, d.id, [firstText(d.title), d.date], 'title') }));

const learningResource = z
  .strictObject({
    id: ref().optional(),
    title: requiredBiText(),
    description: biText().default({}),
    url: httpUrl(),
    learningResourceType: name(),
    educationalLevel: z.enum(EDUCATIONAL_LEVELS).optional(),
    teaches: names(),
    audience: names(),
    inLanguage: z.array(languageTag()).min(1).max(20),
    license: z.string().trim().min(1).max(LIMITS.url).optional(),
    timeRequired: duration().optional(),
    publisher: name().optional(),
  })
  .transform((r, ctx) => ({ ...r, id: sluggedId(ctx, r.id, [firstText(r.title)], 'title') }));

// Each schema's output must be the stored record type: checked here at compile time.
export const RECORD_SCHEMAS: { readonly [K in CommunityKind]: z.ZodType<CommunityRecords[K], unknown> } = {
  member,
  plan,
  commitment,
  milestone,
  indicator,
  irm,
  'charter-adoption': charterAdoption,
  event,
  declaration,
  'learning-resource': learningResource,
};

export type ValidationOutcome<K extends CommunityKind> = { record: CommunityRecords[K] } | { errors: FieldError[] };

/** Checks one submitted record of `kind`: the typed record (with its id), or every bad field. */
export function validateRecord<K extends CommunityKind>(kind: K, input: unknown): ValidationOutcome<K> {
  const outcome = parseBilingual(RECORD_SCHEMAS[kind], input);
  return 'value' in outcome ? { record: outcome.value } : outcome;
}

/** Checks a record sent to replace the one stored as `id`: its id, given or made, must be that one. */
export function validateReplacement<K extends CommunityKind>(kind: K, id: string, input: unknown): ValidationOutcome<K> {
  const withId = typeof input === 'object' && input !== null && !Array.isArray(input) && !('id' in input) ? { ...input, id } : input;
  const outcome = validateRecord(kind, withId);
  if ('record' in outcome && outcome.record.id !== id) {
    return { errors: [{ field: 'id', en: `id: "${quote(outcome.record.id)}" is not the id in the path, "${quote(id)}"`, fr: `id : « ${quote(outcome.record.id)} » n’est pas l’identifiant du chemin, « ${quote(id)} »` }] };
  }
  return outcome;
}
