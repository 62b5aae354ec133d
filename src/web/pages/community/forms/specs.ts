// The fields of each community record form: their names are the record's paths (`title.en`), so
// that the shared validation's errors (`title.en: ...`, `countries[1]: ...`) land next to them.
import { CANADIAN_REGIONS, JURISDICTION_LEVEL_LABELS } from '../../../../core/jurisdictions.js';
import type { UiLang } from '../../../../core/langstring.js';
import { ATTENDANCE_LABELS, EVENT_KIND_LABELS, EVENT_STATUS_LABELS } from '../../../../core/community/vocab.js';
import { choicesOf, type Choice } from '../shared.js';
import { fieldText } from './fields.messages.js';

/** text: one line; textarea: Markdown; lines: a list, one per line; codes: a list separated by
 * commas or spaces; select: one of `choices`; boolean: yes or no. */
export type FieldKind = 'text' | 'url' | 'textarea' | 'lines' | 'codes' | 'select' | 'boolean';

type Key = Parameters<ReturnType<typeof fieldText>>[0];

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  label: Key;
  hint?: Key;
  choices?: (lang: UiLang) => Choice[];
  /** The select's empty choice: "Choose…" when required, "None" when optional. */
  optional?: boolean;
  /** A text in two fields (`title.en`, `title.fr`) of which one must be given: kept as `{}` when
   * both are blank so that the validation names it; an optional one is then left out. */
  required?: boolean;
}

export type FormKind = 'event' | 'charter-adoption' | 'declaration' | 'learning-resource';

const LEVELS = (lang: UiLang): Choice[] => (['beginner', 'intermediate', 'advanced'] as const).map((value) => ({ value, label: fieldText(lang)(value) }));

export const FORM_FIELDS: Record<FormKind, readonly FieldSpec[]> = {
  event: [
    { name: 'title.en', kind: 'text', required: true, label: 'titleEn', hint: 'titleHint' },
    { name: 'title.fr', kind: 'text', required: true, label: 'titleFr', hint: 'titleHint' },
    { name: 'kind', kind: 'select', label: 'kind', choices: (lang) => choicesOf(EVENT_KIND_LABELS, lang) },
    { name: 'start', kind: 'text', label: 'start', hint: 'startHint' },
    { name: 'end', kind: 'text', label: 'end', hint: 'endHint' },
    { name: 'timeZone', kind: 'text', label: 'timeZone', hint: 'timeZoneHint' },
    { name: 'attendance', kind: 'select', label: 'attendance', choices: (lang) => choicesOf(ATTENDANCE_LABELS, lang) },
    { name: 'location.en', kind: 'text', label: 'locationEn' },
    { name: 'location.fr', kind: 'text', label: 'locationFr' },
    { name: 'status', kind: 'select', label: 'status', choices: (lang) => choicesOf(EVENT_STATUS_LABELS, lang) },
    { name: 'organizers', kind: 'lines', label: 'organizers' },
    { name: 'countries', kind: 'codes', label: 'countries', hint: 'countriesHint' },
    { name: 'indicators', kind: 'codes', label: 'indicators', hint: 'indicatorsHint' },
    { name: 'url', kind: 'url', label: 'url' },
    { name: 'description.en', kind: 'textarea', label: 'descriptionEn' },
    { name: 'description.fr', kind: 'textarea', label: 'descriptionFr' },
  ],
  'charter-adoption': [
    { name: 'government.en', kind: 'text', required: true, label: 'governmentEn', hint: 'governmentHint' },
    { name: 'government.fr', kind: 'text', required: true, label: 'governmentFr', hint: 'governmentHint' },
    { name: 'level', kind: 'select', label: 'level', choices: (lang) => choicesOf(JURISDICTION_LEVEL_LABELS, lang) },
    { name: 'region', kind: 'select', label: 'region', hint: 'regionHint', optional: true, choices: (lang) => CANADIAN_REGIONS.map((r) => ({ value: r.code, label: r.label[lang] })) },
    { name: 'date', kind: 'text', label: 'date', hint: 'dateHint' },
    { name: 'instrument.en', kind: 'text', label: 'instrumentEn', hint: 'instrumentHint' },
    { name: 'instrument.fr', kind: 'text', label: 'instrumentFr', hint: 'instrumentHint' },
    { name: 'evidence', kind: 'url', label: 'evidence' },
  ],
  declaration: [
    { name: 'title.en', kind: 'text', required: true, label: 'titleEn', hint: 'titleHint' },
    { name: 'title.fr', kind: 'text', required: true, label: 'titleFr', hint: 'titleHint' },
    { name: 'date', kind: 'text', label: 'date', hint: 'dateHint' },
    { name: 'signatories', kind: 'lines', label: 'signatories' },
    { name: 'openGovernmentLanguage', kind: 'boolean', label: 'openGovernmentLanguage' },
    { name: 'url', kind: 'url', label: 'url' },
  ],
  'learning-resource': [
    { name: 'title.en', kind: 'text', required: true, label: 'titleEn', hint: 'titleHint' },
    { name: 'title.fr', kind: 'text', required: true, label: 'titleFr', hint: 'titleHint' },
    { name: 'url', kind: 'url', label: 'urlRequired' },
    { name: 'learningResourceType', kind: 'text', label: 'learningResourceType', hint: 'learningResourceTypeHint' },
    { name: 'educationalLevel', kind: 'select', label: 'educationalLevel', optional: true, choices: LEVELS },
    { name: 'inLanguage', kind: 'codes', label: 'inLanguage', hint: 'inLanguageHint' },
    { name: 'audience', kind: 'lines', label: 'audience' },
    { name: 'teaches', kind: 'lines', label: 'teaches' },
    { name: 'publisher', kind: 'text', label: 'publisher' },
    { name: 'license', kind: 'text', label: 'license', hint: 'licenseHint' },
    { name: 'timeRequired', kind: 'text', label: 'timeRequired', hint: 'timeRequiredHint' },
    { name: 'description.en', kind: 'textarea', label: 'descriptionEn' },
    { name: 'description.fr', kind: 'textarea', label: 'descriptionFr' },
  ],
};

/** What a new record's form starts with: the values the validation would assume anyway. */
export const FORM_DEFAULTS: Partial<Record<FormKind, Record<string, string>>> = {
  event: { status: 'confirmed' },
};
