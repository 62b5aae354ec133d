// Keywords from `gmd:descriptiveKeywords/gmd:MD_Keywords`, in every language, with what their
// thesaurus and type say: place keywords name places, and keywords of a subject thesaurus (the
// Government of Canada Core Subject Thesaurus) may name a subject.
import type { LangString, LangStrings } from '../../../core/langstring.js';
import { allAt, child, type XmlElement } from '../xml/tree.js';
import type { TextLanguages } from './language.js';
import { langStringOf, listsOf, oneLine } from './texts.js';
import { codeOf } from './values.js';

export interface KeywordGroup {
  keywords: LangString[];
  /** `theme`, `place`, `stratum`... (HNAP codes `RI_524`–`RI_528` read as their names). */
  type?: string;
  thesaurus?: LangString;
}

// HNAP's MD_KeywordTypeCode register.
const HNAP_KEYWORD_TYPES: Readonly<Record<string, string>> = {
  RI_524: 'discipline',
  RI_525: 'place',
  RI_526: 'stratum',
  RI_527: 'temporal',
  RI_528: 'theme',
};

export function keywordGroups(identification: XmlElement | undefined, languages: TextLanguages): KeywordGroup[] {
  const groups: KeywordGroup[] = [];
  for (const block of allAt(identification, 'gmd:descriptiveKeywords', 'gmd:MD_Keywords')) {
    const keywords = allAt(block, 'gmd:keyword')
      .map((k) => langStringOf(k, languages, oneLine))
      .filter((k) => Object.keys(k).length > 0);
    const code = codeOf(child(block, 'gmd:type'));
    const rawType = code.value ?? code.text;
    const type = rawType === undefined ? undefined : (HNAP_KEYWORD_TYPES[rawType] ?? rawType);
    const title = langStringOf(child(child(child(block, 'gmd:thesaurusName'), 'gmd:CI_Citation'), 'gmd:title'), languages, oneLine);
    groups.push({ keywords, ...(type !== undefined ? { type } : {}), ...(Object.keys(title).length > 0 ? { thesaurus: title } : {}) });
  }
  return groups;
}

export function keywordLists(groups: KeywordGroup[]): LangStrings {
  return listsOf(groups.flatMap((g) => g.keywords));
}

/** Place names from keywords of type `place`, in the main language first. */
export function placeKeywords(groups: KeywordGroup[], mainTag: string): string[] {
  const out: string[] = [];
  for (const group of groups) {
    if (group.type?.toLowerCase() !== 'place') continue;
    for (const k of group.keywords) {
      const name = k[mainTag] ?? k['en'] ?? Object.values(k).find((t) => t !== undefined);
      if (name !== undefined && !out.includes(name)) out.push(name);
    }
  }
  return out;
}

const SUBJECT_THESAURUS = /subject|sujet/i;

/** Keywords of a subject thesaurus, in every language: candidates for the core subjects. */
export function subjectKeywords(groups: KeywordGroup[]): string[] {
  const out: string[] = [];
  for (const group of groups) {
    const names = Object.values(group.thesaurus ?? {});
    if (!names.some((n) => n !== undefined && SUBJECT_THESAURUS.test(n))) continue;
    for (const k of group.keywords) for (const t of Object.values(k)) if (t !== undefined) out.push(t);
  }
  return out;
}
