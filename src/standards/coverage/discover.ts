// Finding, in the catalogue, the datasets of each standard's kind: those that declare it
// (`conformsTo`) and those whose title or keywords name the kind, found through the search index.
import type { DatasetRecord, Jurisdiction, Publisher } from '../../core/dataset.js';
import type { LangString } from '../../core/langstring.js';
import type { SearchRequest, SearchResponse } from '../../search/types.js';
import type { Store } from '../../store/store.js';
import type { Standard } from '../registry.js';
import { distributionDeclares, isCsvDistribution, recordDeclares, textEvidence, type Evidence } from './match.js';

export interface CandidateFile {
  url: string;
  title: LangString;
  /** The distribution itself declares the standard. */
  declares: boolean;
}

export interface Candidate {
  standard: string;
  datasetId: string;
  /** The source it was harvested from (its files are fetched with that source's network rules). */
  sourceId: string;
  title: LangString;
  jurisdiction: Jurisdiction;
  publisher?: Publisher;
  landingPage?: string;
  evidence: Evidence[];
  /** Its CSV files, which can be validated; those that declare the standard first. */
  files: CandidateFile[];
}

export interface DiscoveryDeps {
  store: Pick<Store, 'datasetsWithConformsTo' | 'getDataset'>;
  search(request: SearchRequest): Promise<SearchResponse>;
}

export interface DiscoveryOptions {
  /** Search hits read per phrase (default 300): enough for every portal's copy of one kind. */
  perPhrase?: number;
}

const PAGE = 100;

function candidate(standard: Standard, record: DatasetRecord, evidence: Evidence[]): Candidate {
  const files = record.distributions
    .filter(isCsvDistribution)
    .map((d) => ({ url: d.url, title: d.title, declares: distributionDeclares(d, standard.name) }))
    .sort((a, b) => Number(b.declares) - Number(a.declares));
  return {
    standard: standard.name,
    datasetId: record.id,
    sourceId: record.provenance.sourceId,
    title: record.title,
    jurisdiction: record.jurisdiction,
    ...(record.publisher ? { publisher: record.publisher } : {}),
    ...(record.provenance.landingPage ? { landingPage: record.provenance.landingPage } : {}),
    evidence,
    files,
  };
}

async function searchIds(deps: DiscoveryDeps, phrase: string, lang: 'en' | 'fr', limit: number): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ids.length < limit; page++) {
    const response = await deps.search({ q: `"${phrase.replace(/"/g, ' ')}"`, lang, page, size: Math.min(PAGE, limit - ids.length) });
    for (const hit of response.results) {
      ids.push(hit.id);
      for (const copy of hit.alsoAvailableFrom) ids.push(copy.id);
    }
    if (response.results.length === 0 || page * PAGE >= response.total) break;
  }
  return ids;
}

/** The candidates of each standard, by standard name, in a stable order (by dataset id). */
export async function discoverCandidates(deps: DiscoveryDeps, standards: readonly Standard[], options: DiscoveryOptions = {}): Promise<Map<string, Candidate[]>> {
  const perPhrase = options.perPhrase ?? 300;
  const declared = await deps.store.datasetsWithConformsTo();
  const out = new Map<string, Candidate[]>();
  for (const standard of standards) {
    const found = new Map<string, Candidate>();
    for (const record of declared) {
      if (!recordDeclares(record, standard.name)) continue;
      const evidence: Evidence[] = ['conformsTo'];
      const text = textEvidence(record, [...standard.keywords.en, ...standard.keywords.fr]);
      if (text) evidence.push(text);
      found.set(record.id, candidate(standard, record, evidence));
    }
    const phrases: Array<[string, 'en' | 'fr']> = [...standard.keywords.en.map((p) => [p, 'en'] as [string, 'en']), ...standard.keywords.fr.map((p) => [p, 'fr'] as [string, 'fr'])];
    const seen = new Set<string>(found.keys());
    for (const [phrase, lang] of phrases) {
      for (const id of await searchIds(deps, phrase, lang, perPhrase)) {
        if (seen.has(id)) continue;
        seen.add(id);
        const stored = await deps.store.getDataset(id);
        if (!stored || stored.state !== 'active') continue;
        // The index matches stems anywhere, the description included: keep titles and keywords only.
        const evidence = textEvidence(stored.record, [...standard.keywords.en, ...standard.keywords.fr]);
        if (evidence) found.set(id, candidate(standard, stored.record, [evidence]));
      }
    }
    out.set(standard.name, [...found.values()].sort((a, b) => a.datasetId.localeCompare(b.datasetId)));
  }
  return out;
}
