// Canada as an OGP member, its first four action plans and the commitments OGP lists for them.
import { planId } from '../../core/community/ids.js';
import type { ActionPlan, Commitment, Member } from '../../core/community/types.js';
import { CANADA_COMMITMENTS, type SeedCommitment } from './commitments.js';

const OGP = 'https://www.opengovpartnership.org';

export const CANADA: Member = {
  id: 'CAN',
  name: { en: 'Canada', fr: 'Canada' },
  kind: 'national',
  country: 'CA',
  url: `${OGP}/members/canada/`,
};

/** Quarterly reporting periods `YYYY-MM` from `first` to `last`, both included. */
function quarters(first: string, last: string): string[] {
  const periods: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let period = first; period <= last; ) {
    periods.push(period);
    month += 3;
    if (month > 12) [year, month] = [year + 1, month - 12];
    period = `${year}-${String(month).padStart(2, '0')}`;
  }
  return periods;
}

function plan(number: number, cycle: number, periods: string[]): ActionPlan {
  const years = `${cycle}-${cycle + 2}`;
  return {
    id: planId('CAN', number),
    member: 'CAN',
    number,
    cycle,
    startYear: cycle,
    endYear: cycle + 2,
    title: { en: `Canada Action Plan ${years}`, fr: `Plan d’action du Canada ${years}` },
    cadence: 'quarterly',
    periods,
    // OGP's document pattern for action plans; not checked online (the seed has no plan links).
    url: `${OGP}/documents/canada-action-plan-${years}/`,
  };
}

/** Only the 4th plan was tracked quarterly by indicator; the earlier ones have no periods. */
export const CANADA_PLANS: readonly ActionPlan[] = [
  plan(1, 2012, []),
  plan(2, 2014, []),
  plan(3, 2016, []),
  plan(4, 2018, quarters('2018-09', '2020-06')),
];

const PLAN_OF_CYCLE = new Map(CANADA_PLANS.map((p) => [p.cycle, p.id]));

/** A commitment as OGP lists it: no text, institutions or French title, which the list lacks. */
export function listedCommitment(seed: SeedCommitment): Commitment {
  const plan = PLAN_OF_CYCLE.get(seed.cycle);
  if (!plan) throw new Error(`seed: commitment ${seed.ogpId} names the cycle ${seed.cycle}, which no Canadian plan has`);
  return {
    id: seed.ogpId,
    ogpId: seed.ogpId,
    plan,
    title: { en: seed.title },
    text: {},
    leadInstitutions: [],
    supportingInstitutions: [],
    policyAreas: seed.policyArea ? [seed.policyArea] : [],
    ogpValues: [],
    url: `${OGP}/members/canada/commitments/${seed.ogpId}/`,
  };
}

export function canadaCommitments(): Commitment[] {
  return CANADA_COMMITMENTS.map(listedCommitment);
}
