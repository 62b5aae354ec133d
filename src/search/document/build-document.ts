// The document builder the store is given: a record's analysed text per language and field,
// its facet values and sort keys.
import type { DatasetRecord } from '../../core/dataset.js';
import { pickText } from '../../core/langstring.js';
import { collapseWhitespace } from '../../core/text.js';
import { INDEXED_LANGS, type IndexDocument, type IndexedLang, type IndexedText } from '../../store/index-document.js';
import { analyze } from '../analysis/analyze.js';
import { fold } from '../analysis/fold.js';
import { facetValues } from './facet-values.js';
import { listsFor, textsFor } from './texts.js';

const terms = (texts: string[], lang: IndexedLang): string => texts.map((t) => analyze(t, lang).join(' ')).filter(Boolean).join(' ');

function indexedText(record: DatasetRecord, lang: IndexedLang): IndexedText {
  return {
    title: terms(textsFor(record.title, lang), lang),
    keywords: terms(listsFor(record.keywords, lang), lang),
    description: terms(textsFor(record.description, lang), lang),
  };
}

/** Sort key of a title: folded, punctuation made spaces, so that « Écoles » sorts with "ecoles". */
export function titleSortKey(title: string | undefined): string {
  if (title === undefined) return '';
  return fold(title).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function modifiedTime(record: DatasetRecord): number | undefined {
  const text = record.modified ?? record.provenance.modifiedAtSource;
  if (text === undefined) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : time;
}

export function buildIndexDocument(record: DatasetRecord): IndexDocument {
  const text = { en: indexedText(record, 'en'), fr: indexedText(record, 'fr') };
  const titleSort = { en: '', fr: '' };
  for (const lang of INDEXED_LANGS) titleSort[lang] = titleSortKey(pickText(record.title, lang)?.text);
  const modified = modifiedTime(record);
  const titles = { en: textsFor(record.title, 'en').map(collapseWhitespace), fr: textsFor(record.title, 'fr').map(collapseWhitespace) };
  return { text, facets: facetValues(record), titleSort, titles, ...(modified !== undefined ? { modified } : {}) };
}
