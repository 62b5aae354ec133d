// From the query string of GET /api/v1/suggest to a completion request, refusing what is invalid.
import { MAX_COMPLETIONS, type CompletionRequest } from '../search/completion/completion-index.js';
import { invalidParameter } from './errors.js';
import { integer, single, type Query } from './search-params.js';

const MAX_PREFIX_LENGTH = 200;
const KNOWN = new Set(['q', 'lang', 'limit']);

export function parseSuggestParams(query: Query): CompletionRequest {
  for (const name of Object.keys(query)) {
    if (!KNOWN.has(name)) throw invalidParameter(name, `unknown parameter (known: ${[...KNOWN].join(', ')})`, `paramètre inconnu (connus : ${[...KNOWN].join(', ')})`);
  }
  const q = single(query, 'q');
  if (q === undefined) throw invalidParameter('q', 'is required: the text typed so far', 'est obligatoire : le texte tapé jusqu’ici');
  if (q.length > MAX_PREFIX_LENGTH) throw invalidParameter('q', `longer than ${MAX_PREFIX_LENGTH} characters`, `plus de ${MAX_PREFIX_LENGTH} caractères`);
  const lang = single(query, 'lang');
  if (lang !== 'en' && lang !== 'fr') throw invalidParameter('lang', 'is required: en or fr', 'est obligatoire : en ou fr');
  const limit = integer(query, 'limit', 1, MAX_COMPLETIONS);
  return { q, lang, ...(limit !== undefined ? { limit } : {}) };
}
