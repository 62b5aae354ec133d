// Index facts are read back for every record whenever a search process starts, so they are
// stored as compact JSON: plain string lists (cheap to parse, no object per value), with the few
// labels and languages records give kept apart.
//   [modified | null, titleSortEn, titleSortFr, {facet: [value]}, {facet: {value: [en, fr]}}, {facet: langs}, [titlesEn, titlesFr]?]
// where `langs` has one letter per value: e(n), f(r), u(nd), or - (none).
import type { IndexFacts } from '../index-document.js';

/** Index facts as read back: what the search columns load. */
export interface StoredFacts {
  modified?: number;
  titleSort: { en: string; fr: string };
  facets: Record<string, string[]>;
  /** Facet → value → [English, French], for values the record labels. */
  labels: Record<string, Record<string, [string, string]>>;
  /** Facet → one letter per value (`e`, `f`, `u`, `-`), for facets whose values have a language. */
  langs: Record<string, string>;
  /** The titles as written, by search language (absent from facts stored before they were kept). */
  titles?: { en: string[]; fr: string[] };
}

type Encoded = [number | null, string, string, Record<string, string[]>, Record<string, Record<string, [string, string]>>, Record<string, string>, [string[], string[]]?];

const LANG_LETTER: Record<string, string> = { en: 'e', fr: 'f', und: 'u' };

export function encodeFacts(facts: IndexFacts): string {
  const facets: Record<string, string[]> = {};
  const labels: Record<string, Record<string, [string, string]>> = {};
  const langs: Record<string, string> = {};
  for (const [key, values] of Object.entries(facts.facets)) {
    facets[key] = values.map((v) => v.value);
    for (const v of values) {
      if (v.label) (labels[key] ??= {})[v.value] = [v.label.en, v.label.fr];
    }
    if (values.some((v) => v.lang !== undefined)) langs[key] = values.map((v) => (v.lang ? (LANG_LETTER[v.lang] ?? 'u') : '-')).join('');
  }
  const encoded: Encoded = [facts.modified ?? null, facts.titleSort.en, facts.titleSort.fr, facets, labels, langs];
  if (facts.titles && (facts.titles.en.length > 0 || facts.titles.fr.length > 0)) encoded.push([facts.titles.en, facts.titles.fr]);
  return JSON.stringify(encoded);
}

export function decodeFacts(text: string): StoredFacts {
  const [modified, en, fr, facets, labels, langs, titles] = JSON.parse(text) as Encoded;
  return {
    ...(modified !== null ? { modified } : {}),
    titleSort: { en, fr },
    facets,
    labels,
    langs,
    ...(titles ? { titles: { en: titles[0], fr: titles[1] } } : {}),
  };
}

/** The language code of a `langs` letter. */
export function langOfLetter(letter: string | undefined): string | undefined {
  return letter === 'e' ? 'en' : letter === 'f' ? 'fr' : letter === 'u' ? 'und' : undefined;
}
