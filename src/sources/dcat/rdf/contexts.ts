// Remote JSON-LD contexts (`"@context": "https://…/context.jsonld"`), fetched through the
// source's HTTP client (politeness, private-network guard) once per source and kept. Hydra's
// own context is known here, so that paging documents that name it parse without a request.
import { HttpError, parseJsonBody, type HttpClient } from '../../http.js';
import { HYDRA } from './namespaces.js';
import type { ContextLoader } from './parsers.js';

type LoadedContext = unknown;

const HYDRA_TERMS_AS_IDS = ['member', 'view', 'first', 'last', 'next', 'previous', 'firstPage', 'lastPage', 'nextPage', 'previousPage'];
const HYDRA_TERMS = ['Collection', 'PagedCollection', 'PartialCollectionView', 'totalItems', 'itemsPerPage'];

/** The terms of the W3C Hydra context that paging uses (`hydra:next` and friends are IRIs). */
const HYDRA_CONTEXT = {
  '@context': {
    hydra: HYDRA,
    ...Object.fromEntries(HYDRA_TERMS.map((t) => [t, `hydra:${t}`])),
    ...Object.fromEntries(HYDRA_TERMS_AS_IDS.map((t) => [t, { '@id': `hydra:${t}`, '@type': '@id' }])),
  },
};

const KNOWN: ReadonlyMap<string, unknown> = new Map([
  ['http://www.w3.org/ns/hydra/context.jsonld', HYDRA_CONTEXT],
  ['https://www.w3.org/ns/hydra/context.jsonld', HYDRA_CONTEXT],
  ['http://www.w3.org/ns/hydra/core', HYDRA_CONTEXT],
  ['https://www.w3.org/ns/hydra/core', HYDRA_CONTEXT],
]);

/** Contexts kept per source: a catalogue names a handful. */
const MAX_CONTEXTS = 32;

export function contextLoader(http: HttpClient, signal?: AbortSignal): ContextLoader {
  const loaded = new Map<string, Promise<LoadedContext>>();
  return {
    load(url: string): Promise<LoadedContext> {
      const known = KNOWN.get(url);
      if (known !== undefined) return Promise.resolve(known);
      let pending = loaded.get(url);
      if (pending === undefined) {
        if (loaded.size >= MAX_CONTEXTS) return Promise.reject(new Error(`too many remote JSON-LD contexts (more than ${MAX_CONTEXTS}); refused ${url}`));
        pending = http
          .get(url, { accept: 'application/ld+json, application/json;q=0.9', ...(signal ? { signal } : {}) })
          .then((response) => parseJsonBody(response))
          .catch((error: unknown) => {
            const why = error instanceof HttpError || error instanceof Error ? error.message : String(error);
            throw new Error(`the JSON-LD context ${url} could not be loaded: ${why}`);
          });
        loaded.set(url, pending);
      }
      return pending;
    },
  };
}
