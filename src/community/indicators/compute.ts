// The actual of each quantitative target, counted from Federa's own records (the IATI results
// pattern: the actual is computed, never typed in), with the records that were counted.
import type { JurisdictionLevel } from '../../core/dataset.js';
import type {
  BiText,
  CharterAdoption,
  CommunityEvent,
  CountRule,
  Declaration,
  Indicator,
  LearningResource,
  QuantitativeTarget,
} from '../../core/community/types.js';
import type { JobReport } from '../../harvest/report.js';
import { dayOf, withinPeriod } from '../dates.js';

/** A catalogue source as the `sources` rule needs it. */
export interface CountableSource {
  id: string;
  title: BiText;
  level: JurisdictionLevel;
  enabled: boolean;
  /** The newest full run, whatever its outcome. */
  lastFullJob?: JobReport;
}

export interface CountInputs {
  events: readonly CommunityEvent[];
  declarations: readonly Declaration[];
  charterAdoptions: readonly CharterAdoption[];
  learningResources: readonly LearningResource[];
  sources: readonly CountableSource[];
}

export type CountedKind = 'event' | 'declaration' | 'charter-adoption' | 'learning-resource' | 'source';

export interface CountedRecord {
  kind: CountedKind;
  id: string;
  label: BiText;
}

export interface TargetActual {
  target: QuantitativeTarget;
  /** Undefined when the target has no count rule and no manual actual. */
  value?: number;
  met?: boolean;
  records: CountedRecord[];
}

export interface IndicatorActuals {
  indicator: string;
  targets: TargetActual[];
  /** Every target met; undefined when some target has no actual, or there are no targets. */
  met?: boolean;
}

/** Counts what a rule counts; the records are sorted by id so the output is stable. */
export function countRule(rule: CountRule, inputs: CountInputs): CountedRecord[] {
  const records = matching(rule, inputs);
  return records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function matching(rule: CountRule, inputs: CountInputs): CountedRecord[] {
  switch (rule.of) {
    case 'events':
      return inputs.events
        .filter((event) => event.status !== 'cancelled')
        .filter((event) => !rule.kinds || rule.kinds.includes(event.kind))
        .filter((event) => {
          const day = dayOf(event.start);
          return day !== undefined && withinPeriod(day, rule.from, rule.to);
        })
        .map((event) => ({ kind: 'event', id: event.id, label: event.title }));
    case 'declarations':
      return inputs.declarations
        .filter((declaration) => !rule.openGovernmentLanguage || declaration.openGovernmentLanguage)
        .filter((declaration) => withinPeriod(declaration.date, rule.from, rule.to))
        .map((declaration) => ({ kind: 'declaration', id: declaration.id, label: declaration.title }));
    case 'charter-adoptions':
      return inputs.charterAdoptions
        .filter((adoption) => !rule.levels || rule.levels.includes(adoption.level))
        .filter((adoption) => withinPeriod(adoption.date, rule.from, rule.to))
        .map((adoption) => ({ kind: 'charter-adoption', id: adoption.id, label: adoption.government }));
    case 'learning-resources':
      return inputs.learningResources
        .filter((resource) => !rule.types || rule.types.includes(resource.learningResourceType))
        .map((resource) => ({ kind: 'learning-resource', id: resource.id, label: resource.title }));
    case 'sources':
      return inputs.sources
        .filter((source) => source.enabled && rule.levels.includes(source.level) && fullHarvestSucceeded(source.lastFullJob))
        .map((source) => ({ kind: 'source', id: source.id, label: source.title }));
  }
}

/** A source is in the federated search only once a full run listed it whole without errors. */
export function fullHarvestSucceeded(job: JobReport | undefined): boolean {
  return job !== undefined && job.mode === 'full' && job.status === 'succeeded' && job.complete;
}

/** One target's actual: counted when it has a rule, else the manual actual when one is given. */
export function targetActual(target: QuantitativeTarget, inputs: CountInputs, manual?: number): TargetActual {
  if (target.count) {
    const records = countRule(target.count, inputs);
    return { target, value: records.length, met: records.length >= target.target, records };
  }
  if (manual !== undefined) return { target, value: manual, met: manual >= target.target, records: [] };
  return { target, records: [] };
}

/** Every target's actual; `manual[i]` is the typed-in actual of target `i` (targets without a count rule). */
export function indicatorActuals(indicator: Indicator, inputs: CountInputs, manual: readonly (number | undefined)[] = []): IndicatorActuals {
  const targets = indicator.targets.map((target, i) => targetActual(target, inputs, manual[i]));
  const known = targets.every((t) => t.met !== undefined);
  const met = targets.length > 0 && known ? targets.every((t) => t.met === true) : undefined;
  return { indicator: indicator.id, targets, ...(met === undefined ? {} : { met }) };
}
