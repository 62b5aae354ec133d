// The community tracker service the API, web pages and CLI call: plans, commitments and indicators
// with their latest statuses and computed actuals, progress posting, the due list, and record lists.
import type { JurisdictionLevel } from '../core/dataset.js';
import type {
  ActionPlan,
  Attendance,
  BiText,
  CharterAdoption,
  Commitment,
  CommunityEvent,
  CountRule,
  Declaration,
  EventKind,
  Indicator,
  IrmAssessment,
  LearningResource,
  Milestone,
  ProgressReport,
} from '../core/community/types.js';
import { splitPlanQualified } from '../core/community/ids.js';
import type { CommunityStore } from '../store/community.js';
import type { Store } from '../store/store.js';
import { dayOf, dayOfInstant } from './dates.js';
import { indicatorActuals, type CountInputs, type IndicatorActuals } from './indicators/compute.js';
import { checkProgress, type ProgressRuleError, type ProgressSubmission } from './progress/rules.js';
import { dueList, type DuePlan } from './status/due.js';
import { isOverdue, latestByIndicator, statusCounts, statusCountsBy, type StatusCounts } from './status/latest.js';

export type TrackerStore = CommunityStore & Pick<Store, 'listSources' | 'lastFullJob'>;

export interface PlanSummary {
  plan: ActionPlan;
  commitments: number;
  indicators: number;
  statuses: StatusCounts;
}

export interface CommitmentSummary {
  commitment: Commitment;
  statuses: StatusCounts;
}

export interface PlanOverview extends PlanSummary {
  commitmentList: CommitmentSummary[];
}

export interface IndicatorStatus {
  indicator: Indicator;
  latest?: ProgressReport;
  overdue: boolean;
}

export interface CommitmentView {
  commitment: Commitment;
  plan?: ActionPlan;
  milestones: Milestone[];
  indicators: IndicatorStatus[];
  statuses: StatusCounts;
  /** Every progress report of its indicators, oldest first. */
  history: ProgressReport[];
  /** The evidence of each indicator's latest report that has any. */
  evidence: { indicator: string; period: string; evidence: BiText }[];
  /** Independent assessments, kept apart from self-reported progress. */
  irm: IrmAssessment[];
}

export interface IndicatorView extends IndicatorStatus {
  actuals: IndicatorActuals;
  history: ProgressReport[];
}

export type IndicatorLookup =
  | { found: IndicatorView }
  /** An unqualified code several plans use: pick one. */
  | { candidates: Indicator[] }
  | { missing: string };

export type PostOutcome = { stored: ProgressReport } | { errors: ProgressRuleError[] };

export interface EventQuery {
  /** Relative to `now`: upcoming events have not ended. */
  when?: 'upcoming' | 'past';
  now?: Date;
  kind?: EventKind;
  attendance?: Attendance;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  indicator?: string;
  /** The year the event starts in, on its own calendar (its offset's day). */
  year?: number;
}

export interface CharterQuery {
  level?: JurisdictionLevel;
  region?: string;
}

export interface LearningQuery {
  type?: string;
  level?: LearningResource['educationalLevel'];
  audience?: string;
  /** A BCP 47 tag or its base language (`fr` matches `fr-CA`). */
  language?: string;
}

const DAY_MS = 86_400_000;

export class Tracker {
  constructor(private readonly store: TrackerStore) {}

  async plans(): Promise<PlanSummary[]> {
    const [plans, commitments, indicators, reports] = await Promise.all([
      this.all('plan'),
      this.all('commitment'),
      this.all('indicator'),
      this.store.listProgress(),
    ]);
    const byPlan = statusCountsBy('plan', indicators, latestByIndicator(reports));
    return plans.map((plan) => ({
      plan,
      commitments: commitments.filter((c) => c.plan === plan.id).length,
      indicators: indicators.filter((i) => i.plan === plan.id).length,
      statuses: byPlan.get(plan.id) ?? statusCounts([], new Map()),
    }));
  }

  async plan(id: string): Promise<PlanOverview | undefined> {
    const plan = (await this.store.getCommunity('plan', id))?.data;
    if (!plan) return undefined;
    const [commitments, indicators, reports] = await Promise.all([
      this.all('commitment', 'plan', id),
      this.all('indicator', 'plan', id),
      this.store.listProgress({ plan: id }),
    ]);
    const latest = latestByIndicator(reports);
    const byCommitment = statusCountsBy('commitment', indicators, latest);
    return {
      plan,
      commitments: commitments.length,
      indicators: indicators.length,
      statuses: statusCounts(indicators, latest),
      commitmentList: commitments.map((commitment) => ({ commitment, statuses: byCommitment.get(commitment.id) ?? statusCounts([], latest) })),
    };
  }

  /** By OGP id (`CA0073`) or plan-qualified code (`AP_CAN04:C10`), whichever the commitment is stored under. */
  async commitment(id: string, now: Date = new Date()): Promise<CommitmentView | undefined> {
    const commitment = await this.findCommitment(id);
    if (!commitment) return undefined;
    const [plan, milestones, indicators, history, irm] = await Promise.all([
      this.store.getCommunity('plan', commitment.plan),
      this.all('milestone', 'commitment', commitment.id),
      this.all('indicator', 'commitment', commitment.id),
      this.store.listProgress({ commitment: commitment.id }),
      this.all('irm', 'commitment', commitment.id),
    ]);
    const latest = latestByIndicator(history);
    const today = dayOfInstant(now);
    const statuses = indicators.map((indicator) => withStatus(indicator, latest.get(indicator.id), today));
    const evidence = statuses.flatMap(({ latest: report }) =>
      report && (report.evidence.en || report.evidence.fr) ? [{ indicator: report.indicator, period: report.period, evidence: report.evidence }] : [],
    );
    return {
      commitment,
      ...(plan ? { plan: plan.data } : {}),
      milestones,
      indicators: statuses,
      statuses: statusCounts(indicators, latest),
      history,
      evidence,
      irm,
    };
  }

  /** A plan-qualified code (`AP_CAN04:C10.5.1`), or a bare code (`C10.5.1`) when only one plan has it. */
  async indicator(code: string, now: Date = new Date()): Promise<IndicatorLookup> {
    const found = await this.findIndicator(code);
    if (!found) return { missing: code };
    if (Array.isArray(found)) return { candidates: found };
    const history = await this.store.listProgress({ indicator: found.id });
    const latest = latestByIndicator(history).get(found.id);
    const actuals = indicatorActuals(found, await this.countInputs(found.targets.flatMap((t) => (t.count ? [t.count] : []))));
    return { found: { ...withStatus(found, latest, dayOfInstant(now)), actuals, history } };
  }

  /** Oldest first. */
  async progressHistory(indicatorId: string): Promise<ProgressReport[]> {
    return this.store.listProgress({ indicator: indicatorId });
  }

  /** Checks the rules, then appends; nothing is written when a rule fails. */
  async postProgress(submission: ProgressSubmission, by: string, now: Date): Promise<PostOutcome> {
    const found = await this.findIndicator(submission.indicator);
    const indicator = found && !Array.isArray(found) ? found : undefined;
    const plan = indicator ? (await this.store.getCommunity('plan', indicator.plan))?.data : undefined;
    const errors = checkProgress(submission, { ...(indicator ? { indicator } : {}), ...(plan ? { plan } : {}) });
    if (Array.isArray(found)) {
      const ids = found.map((i) => i.id).join(', ');
      errors[errors.findIndex((e) => e.field === 'indicator')] = {
        field: 'indicator',
        en: `indicator: "${submission.indicator}" is in several plans; give one of ${ids}`,
        fr: `indicator : « ${submission.indicator} » figure dans plusieurs plans; indiquer l’un de ${ids}`,
      };
    }
    if (errors.length > 0 || !indicator) return { errors };
    const [stored] = await this.store.appendProgress(
      [
        {
          indicator: indicator.id,
          period: submission.period,
          status: submission.status as ProgressReport['status'],
          progress: bi(submission.progress),
          evidence: bi(submission.evidence),
          challenges: bi(submission.challenges),
          recordedBy: by,
        },
      ],
      now.toISOString(),
    );
    return { stored: stored! };
  }

  async due(now: Date): Promise<DuePlan[]> {
    const [plans, indicators, reports] = await Promise.all([this.all('plan'), this.all('indicator'), this.store.listProgress()]);
    return dueList(plans, indicators, reports, now);
  }

  /** Upcoming events soonest first; past (and unfiltered) events newest first. */
  async events(query: EventQuery = {}): Promise<CommunityEvent[]> {
    const now = (query.now ?? new Date()).getTime();
    const events = (await this.all('event')).filter(
      (e) =>
        (!query.kind || e.kind === query.kind) &&
        (!query.attendance || e.attendance === query.attendance) &&
        (!query.country || e.countries.includes(query.country.toUpperCase())) &&
        (!query.indicator || e.indicators.includes(query.indicator)) &&
        (query.year === undefined || dayOf(e.start)?.slice(0, 4) === String(query.year).padStart(4, '0')) &&
        (!query.when || (query.when === 'upcoming') === eventEnd(e) > now),
    );
    const upcoming = query.when === 'upcoming';
    return events.sort((a, b) => (upcoming ? eventStart(a) - eventStart(b) : eventStart(b) - eventStart(a)));
  }

  /** Newest first. */
  async declarations(query: { openGovernmentLanguage?: boolean } = {}): Promise<Declaration[]> {
    const all = await this.all('declaration');
    return all.filter((d) => query.openGovernmentLanguage === undefined || d.openGovernmentLanguage === query.openGovernmentLanguage).sort(byDateDesc);
  }

  /** Newest first. */
  async charterAdoptions(query: CharterQuery = {}): Promise<CharterAdoption[]> {
    const all = await this.all('charter-adoption');
    return all.filter((a) => (!query.level || a.level === query.level) && (!query.region || a.region === query.region)).sort(byDateDesc);
  }

  /** Adoptions per province or territory code (`CA-ON`), a municipality's counted in its
   * province's; federal (`CA`) and unplaced adoptions are left out. */
  async charterAdoptionsByRegion(query: Pick<CharterQuery, 'level'> = {}): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const adoption of await this.charterAdoptions(query)) {
      const region = adoption.region?.toUpperCase();
      if (region && /^CA-[A-Z]{2}$/.test(region)) counts[region] = (counts[region] ?? 0) + 1;
    }
    return counts;
  }

  async learningResources(query: LearningQuery = {}): Promise<LearningResource[]> {
    const language = query.language?.toLowerCase();
    return (await this.all('learning-resource')).filter(
      (r) =>
        (!query.type || r.learningResourceType === query.type) &&
        (!query.level || r.educationalLevel === query.level) &&
        (!query.audience || r.audience.includes(query.audience)) &&
        (!language || r.inLanguage.some((tag) => tag.toLowerCase() === language || tag.toLowerCase().startsWith(`${language}-`))),
    );
  }

  private async all<K extends 'plan' | 'commitment' | 'milestone' | 'indicator' | 'irm' | 'event' | 'declaration' | 'charter-adoption' | 'learning-resource'>(
    kind: K,
    field?: string,
    value?: string,
  ) {
    const rows = await this.store.listCommunity(kind, field !== undefined && value !== undefined ? { where: { field, value } } : {});
    return rows.map((row) => row.data);
  }

  private async findCommitment(id: string): Promise<Commitment | undefined> {
    const direct = await this.store.getCommunity('commitment', id);
    if (direct) return direct.data;
    const qualified = splitPlanQualified(id);
    if (!qualified) return undefined;
    // A commitment with an OGP id is stored under it; its plan-qualified code still finds it.
    const inPlan = await this.all('commitment', 'plan', qualified.plan);
    return inPlan.find((c) => c.code === qualified.code);
  }

  /** The indicator, the candidates when a bare code is ambiguous, or undefined. */
  private async findIndicator(code: string): Promise<Indicator | Indicator[] | undefined> {
    if (splitPlanQualified(code)) return (await this.store.getCommunity('indicator', code))?.data;
    const matches = await this.all('indicator', 'code', code);
    if (matches.length === 0) return undefined;
    return matches.length === 1 ? matches[0] : matches;
  }

  /** Loads only the record kinds the rules count. */
  private async countInputs(rules: readonly CountRule[]): Promise<CountInputs> {
    const needs = new Set(rules.map((r) => r.of));
    const [events, declarations, charterAdoptions, learningResources, sources] = await Promise.all([
      needs.has('events') ? this.all('event') : [],
      needs.has('declarations') ? this.all('declaration') : [],
      needs.has('charter-adoptions') ? this.all('charter-adoption') : [],
      needs.has('learning-resources') ? this.all('learning-resource') : [],
      needs.has('sources') ? this.countableSources() : [],
    ]);
    return { events, declarations, charterAdoptions, learningResources, sources };
  }

  private async countableSources(): Promise<CountInputs['sources']> {
    const sources = await this.store.listSources();
    return Promise.all(
      sources.map(async (s) => {
        const lastFullJob = await this.store.lastFullJob(s.settings.id);
        return {
          id: s.settings.id,
          title: { en: s.settings.name.en, fr: s.settings.name.fr },
          level: s.settings.jurisdiction.level,
          enabled: s.enabled,
          ...(lastFullJob ? { lastFullJob } : {}),
        };
      }),
    );
  }
}

function withStatus(indicator: Indicator, latest: ProgressReport | undefined, today: string): IndicatorStatus {
  return { indicator, ...(latest ? { latest } : {}), overdue: isOverdue(indicator, latest, today) };
}

/** Only the languages given, trimmed; empty texts dropped. */
function bi(text: BiText | undefined): BiText {
  const out: BiText = {};
  for (const lang of ['en', 'fr'] as const) {
    const value = text?.[lang]?.trim();
    if (value) out[lang] = value;
  }
  return out;
}

function eventStart(event: CommunityEvent): number {
  return Date.parse(event.start);
}

/** An all-day event (a bare date) lasts until the end of that day, in UTC. */
function eventEnd(event: CommunityEvent): number {
  const end = event.end ?? event.start;
  const at = Date.parse(end);
  return /^\d{4}-\d{2}-\d{2}$/.test(end) ? at + DAY_MS : at;
}

function byDateDesc(a: { date: string; id: string }, b: { date: string; id: string }): number {
  return a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

