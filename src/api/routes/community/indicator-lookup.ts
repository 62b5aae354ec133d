// An indicator by plan-qualified code (AP_CAN04:C10.5.1) or bare code (C10.5.1): 404 when no
// indicator has it, 409 naming the candidates when several plans do.
import type { IndicatorView, Tracker } from '../../../community/tracker.js';
import { ApiError, notFound, type ApiErrorBody } from '../../errors.js';

export const INDICATOR = { en: 'indicator', fr: 'indicateur' };

/** 409 whose body lists the plan-qualified codes to choose from. */
export class AmbiguousIndicator extends ApiError {
  constructor(
    code: string,
    readonly candidates: string[],
  ) {
    const ids = candidates.join(', ');
    super(409, 'ambiguous_indicator', {
      en: `the code "${code}" is used by several plans: give one of ${ids}`,
      fr: `le code « ${code} » est utilisé par plusieurs plans : indiquer l’un de ${ids}`,
    });
  }

  override body(): ApiErrorBody & { error: { candidates: string[] } } {
    const body = super.body();
    return { error: { ...body.error, candidates: this.candidates } };
  }
}

export async function findIndicator(tracker: Tracker, code: string): Promise<IndicatorView> {
  const lookup = await tracker.indicator(code);
  if ('found' in lookup) return lookup.found;
  if ('candidates' in lookup) throw new AmbiguousIndicator(code, lookup.candidates.map((i) => i.id));
  throw notFound(INDICATOR, code);
}
