// Bilingual labels of facet values: from the vocabularies, from what records said (publisher
// names, places, keywords), or from the configured sources.
import type { JurisdictionLevel } from '../../core/dataset.js';
import { formatLabel } from '../../core/formats.js';
import { JURISDICTION_LEVEL_LABELS } from '../../core/jurisdictions.js';
import type { Label } from '../../core/langstring.js';
import { languageLabel } from '../../core/languages.js';
import { licenceLabel } from '../../core/licences.js';
import { subjectById } from '../../core/subjects.js';
import { jurisdictionValueLabel } from '../document/facet-values.js';
import type { FilterKey } from '../types.js';

export const OPEN_LABELS: Record<'true' | 'false', Label> = {
  true: { en: 'Open licence', fr: 'Licence ouverte' },
  false: { en: 'Not open or unknown licence', fr: 'Licence non ouverte ou inconnue' },
};

const same = (value: string): Label => ({ en: value, fr: value });

export function facetLabel(key: FilterKey, value: string, recorded: Label | undefined, sources: ReadonlyMap<string, Label>): Label {
  switch (key) {
    case 'jurisdictionLevel':
      return JURISDICTION_LEVEL_LABELS[value as JurisdictionLevel] ?? same(value);
    case 'format':
      return formatLabel(value);
    case 'licence':
      return licenceLabel(value);
    case 'open':
      return value === 'true' || value === 'false' ? OPEN_LABELS[value] : same(value);
    case 'subject':
      return subjectById(value)?.label ?? same(value);
    case 'language':
      return languageLabel(value);
    case 'source':
      return sources.get(value) ?? same(value);
    case 'jurisdiction':
      return jurisdictionValueLabel(value);
    case 'publisher':
    case 'keyword':
      return recorded ?? same(value);
  }
}
