// A search result as the faces show it: texts in the result language (flagged when machine
// translated), snippet, and labelled publisher, jurisdiction and licence.
import type { DatasetRecord } from '../../core/dataset.js';
import { jurisdictionLabel } from '../../core/jurisdictions.js';
import { pickText, type UiLang } from '../../core/langstring.js';
import { licenceById, licenceLabel } from '../../core/licences.js';
import type { HitText, OtherCopy, SearchHit } from '../types.js';
import { snippet } from './snippet.js';

export interface HitContext {
  lang: UiLang;
  score: number;
  /** Analysed query terms per language, to highlight. */
  terms: Record<UiLang, ReadonlySet<string>>;
  /** Other sources' copies of the same dataset. */
  alsoAvailableFrom?: OtherCopy[];
}

function titleOf(record: DatasetRecord, lang: UiLang): HitText {
  const picked = pickText(record.title, lang);
  if (!picked) return { text: record.id, tag: 'und', machineTranslated: false };
  return { text: picked.text, tag: picked.tag, machineTranslated: picked.machineTranslated };
}

function snippetOf(record: DatasetRecord, context: HitContext): HitText {
  const picked = pickText(record.description, context.lang);
  if (!picked) return { text: '', tag: 'und', machineTranslated: false };
  // Highlight with the analysis of the language the text is written in.
  const textLang: UiLang = picked.lang === 'fr' ? 'fr' : picked.lang === 'en' ? 'en' : context.lang;
  return { text: snippet(picked.text, textLang, context.terms[textLang]), tag: picked.tag, machineTranslated: picked.machineTranslated };
}

export function toHit(record: DatasetRecord, context: HitContext): SearchHit {
  const title = titleOf(record, context.lang);
  const description = snippetOf(record, context);
  const publisherName = record.publisher?.name;
  const licenceId = record.licence?.id;
  const formats = [...new Set(record.distributions.map((d) => d.format).filter((f): f is string => f !== undefined && f !== ''))];
  const { jurisdiction } = record;
  // The date the modified order and filter use.
  const modified = record.modified ?? record.provenance.modifiedAtSource;
  return {
    id: record.id,
    score: context.score,
    title,
    snippet: description,
    machineTranslated: title.machineTranslated || description.machineTranslated,
    ...(record.publisher
      ? {
          publisher: {
            id: record.publisher.id,
            label: {
              en: pickText(publisherName, 'en')?.text ?? record.publisher.id,
              fr: pickText(publisherName, 'fr')?.text ?? record.publisher.id,
            },
          },
        }
      : {}),
    jurisdiction: {
      level: jurisdiction.level,
      code: jurisdiction.code,
      ...(jurisdiction.municipality !== undefined ? { municipality: jurisdiction.municipality } : {}),
      label: jurisdictionLabel(jurisdiction),
    },
    source: record.provenance.sourceId,
    ...(licenceId !== undefined
      ? { licence: { id: licenceId, label: licenceLabel(licenceId), open: licenceById(licenceId)?.open ?? false } }
      : {}),
    formats,
    subjects: record.subjects,
    ...(modified !== undefined ? { modified } : {}),
    ...(record.provenance.landingPage !== undefined ? { landingPage: record.provenance.landingPage } : {}),
    alsoAvailableFrom: context.alsoAvailableFrom ?? [],
  };
}

