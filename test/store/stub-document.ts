// A document builder for store tests: the store must keep whatever the search layer gives it.
import type { DatasetRecord } from '../../src/core/dataset.js';
import type { DocumentBuilder, IndexDocument } from '../../src/store/index-document.js';

const words = (text: string | undefined): string => (text ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');

export function stubDocument(record: DatasetRecord): IndexDocument {
  return {
    text: {
      en: { title: words(record.title.en), keywords: words(record.keywords.en?.join(' ')), description: words(record.description.en) },
      fr: { title: words(record.title.fr ?? record.title['fr-t-en']), keywords: words(record.keywords.fr?.join(' ')), description: words(record.description.fr) },
    },
    facets: { source: [{ value: record.provenance.sourceId }] },
    titleSort: { en: words(record.title.en), fr: words(record.title.fr) },
  };
}

/** A builder that throws for the records `fails` picks, as a broken record would. */
export function failingBuilder(fails: (record: DatasetRecord) => boolean): DocumentBuilder {
  return (record) => {
    if (fails(record)) throw new Error(`cannot analyse ${record.id}`);
    return stubDocument(record);
  };
}
