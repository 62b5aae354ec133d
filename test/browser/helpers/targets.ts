// What the browser tests look for, chosen from the harvested catalogue through the search engine
// (not hard-coded, so that a change in the simulated portals changes the target, not the test).
import type { Catalogue } from '../../../src/search/catalogue.js';
import type { SearchHit } from '../../../src/search/types.js';

export interface FrenchTarget {
  /** A provincial Québec dataset with a French title. */
  hit: SearchHit;
  /** A word of its French title that finds it on the first page once narrowed to Québec. */
  word: string;
  jurisdiction: { value: string; label: string };
  format: { value: string; label: string };
  /** Totals the engine gives: the word alone, with the jurisdiction, with both filters; and
   * with both filters on the English page (the word analysed as English). */
  totals: { word: number; jurisdiction: number; both: number; bothInEnglish: number };
}

const QUEBEC = 'CA-QC';
/** Results on one page: what the target must be within to be clicked without paging. */
const FIRST_PAGE = 10;

/** The title's longer words, those with accents (French only) first. */
function words(title: string): string[] {
  const all = [...new Set(title.toLocaleLowerCase('fr').match(/\p{L}{6,}/gu) ?? [])];
  return [...all.filter((w) => /[^a-z]/.test(w)), ...all.filter((w) => !/[^a-z]/.test(w))];
}

/** A provincial dataset found by a French word, that the jurisdiction and a format facet both narrow. */
export async function frenchTarget(catalogue: Catalogue): Promise<FrenchTarget> {
  const candidates = await catalogue.search({ lang: 'fr', filters: { jurisdictionLevel: ['provincial'], jurisdiction: [QUEBEC] }, size: 100 });
  for (const hit of candidates.results) {
    if (hit.title.tag !== 'fr' || hit.title.machineTranslated || hit.formats.length === 0) continue;
    const format = hit.formats[0]!;
    for (const word of words(hit.title.text)) {
      const alone = await catalogue.search({ q: word, lang: 'fr', size: 0 });
      const inQuebec = await catalogue.search({ q: word, lang: 'fr', filters: { jurisdiction: [QUEBEC] }, size: FIRST_PAGE });
      const both = await catalogue.search({ q: word, lang: 'fr', filters: { jurisdiction: [QUEBEC], format: [format] }, size: FIRST_PAGE });
      const onFirstPage = (r: typeof both) => r.results.some((h) => h.id === hit.id);
      if (!onFirstPage(inQuebec) || !onFirstPage(both)) continue;
      // Each facet must narrow, so that the test sees the count change.
      if (!(alone.total > inQuebec.total && inQuebec.total > both.total)) continue;
      const jurisdiction = alone.facets.jurisdiction?.find((v) => v.value === QUEBEC);
      const formatValue = inQuebec.facets.format?.find((v) => v.value === format);
      if (!jurisdiction || !formatValue) continue;
      const inEnglish = await catalogue.search({ q: word, lang: 'en', filters: { jurisdiction: [QUEBEC], format: [format] }, size: 0 });
      return {
        hit,
        word,
        jurisdiction: { value: QUEBEC, label: jurisdiction.label.fr },
        format: { value: format, label: formatValue.label.fr },
        totals: { word: alone.total, jurisdiction: inQuebec.total, both: both.total, bothInEnglish: inEnglish.total },
      };
    }
  }
  throw new Error('the catalogue has no provincial Québec dataset that a French word, Québec and a format narrow down to');
}
