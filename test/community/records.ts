// Small factories of community records for the tracker's tests (only what each test varies is given).
import type { ActionPlan, CharterAdoption, CommunityEvent, Declaration, Indicator, LearningResource, ProgressReport } from '../../src/core/community/types.js';
import type { JobReport } from '../../src/harvest/report.js';
import { emptyCounts } from '../../src/harvest/report.js';

export function event(id: string, over: Partial<CommunityEvent> = {}): CommunityEvent {
  return {
    id,
    kind: 'bilateral-peer-learning',
    title: { en: `Event ${id}`, fr: `Événement ${id}` },
    description: {},
    start: '2019-05-29T09:00:00-04:00',
    timeZone: 'America/Toronto',
    attendance: 'in-person',
    organizers: [],
    countries: ['CA'],
    indicators: [],
    status: 'confirmed',
    ...over,
  };
}

export function declaration(id: string, over: Partial<Declaration> = {}): Declaration {
  return { id, title: { en: `Declaration ${id}` }, date: '2019-06-01', signatories: [], openGovernmentLanguage: true, ...over };
}

export function adoption(id: string, over: Partial<CharterAdoption> = {}): CharterAdoption {
  return { id, government: { en: id }, level: 'municipal', region: 'CA-AB', date: '2019-03-07', instrument: {}, evidence: 'https://example.ca/motion', ...over };
}

export function resource(id: string, over: Partial<LearningResource> = {}): LearningResource {
  return { id, title: { en: id }, description: {}, url: `https://example.ca/${id}`, learningResourceType: 'course', teaches: [], audience: [], inLanguage: ['en'], ...over };
}

export function plan(id: string, over: Partial<ActionPlan> = {}): ActionPlan {
  return { id, member: 'CAN', number: Number(id.slice(-2)), cycle: 2018, title: { en: id }, cadence: 'quarterly', periods: [], ...over };
}

export function indicator(id: string, over: Partial<Indicator> = {}): Indicator {
  const [planId, code] = id.split(':') as [string, string];
  const parts = code.split('.');
  return {
    id,
    plan: planId,
    commitment: `${planId}:${parts[0]}`,
    milestone: `${planId}:${parts.slice(0, 2).join('.')}`,
    code,
    text: { en: `Indicator ${code}`, fr: `Indicateur ${code}` },
    deadline: { precision: 'month', from: '2020-05-01', due: '2020-05-31', text: { en: '2020-05' } },
    deadlineHistory: [],
    leadInstitutions: [],
    supportingInstitutions: [],
    targets: [],
    ...over,
  };
}

export function report(indicatorId: string, period: string, n: number, over: Partial<ProgressReport> = {}): ProgressReport {
  return {
    id: `${indicatorId}@${period}#${n}`,
    indicator: indicatorId,
    period,
    status: 'SP',
    progress: { en: 'Done some', fr: 'Fait un peu' },
    evidence: {},
    challenges: {},
    recordedAt: '2020-01-01T00:00:00.000Z',
    recordedBy: 'test',
    ...over,
  };
}

export function job(sourceId: string, id: string, over: Partial<JobReport> = {}): JobReport {
  return {
    id,
    sourceId,
    mode: 'full',
    status: 'succeeded',
    startedAt: '2024-01-01T00:00:00.000Z',
    finishedAt: '2024-01-01T00:10:00.000Z',
    counts: emptyCounts(),
    problems: [],
    problemsOmitted: 0,
    complete: true,
    ...over,
  };
}
