// Is there an RDF catalogue behind this URL? It answers RDF by content negotiation (or is a
// `.ttl`, `.rdf`, `.jsonld` document) holding a `dcat:Catalog` or `dcat:Dataset`. A site root is
// also tried at the paths ckanext-dcat and others serve (`/catalog.ttl`, `.rdf`, `.jsonld`).
import { HttpError, type HttpClient, type HttpStream } from '../http.js';
import type { Detection } from '../kind.js';
import { readRdfDocument, SYNTAX_NAMES, type DocumentEnd } from './document.js';
import { contextLoader } from './rdf/contexts.js';
import { RDF_ACCEPT, syntaxOfContentType } from './rdf/syntax.js';

/** Detection reads at most this much of a document: enough for a title and a count. */
const PROBE_BYTES = 8 * 1024 * 1024;

function candidates(url: string): string[] {
  const u = new URL(url);
  u.hash = '';
  const out = [u.href];
  if (!/\.(?:ttl|rdf|xml|jsonld|json|nt|n3)$/i.test(u.pathname)) {
    const base = `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
    for (const name of ['catalog.ttl', 'catalog.rdf', 'catalog.jsonld']) out.push(`${base}/${name}`);
  }
  return out;
}

/** The response with its body cut after `limit` bytes (a cut document ends as malformed, which is fine for a probe). */
function capped(response: HttpStream, limit: number): { stream: HttpStream; cut: () => boolean } {
  let read = 0;
  let cut = false;
  async function* body(): AsyncGenerator<Buffer> {
    for await (const chunk of response.body) {
      if (read + chunk.length > limit) {
        cut = true;
        yield chunk.subarray(0, Math.max(0, limit - read));
        response.cancel();
        return;
      }
      read += chunk.length;
      yield chunk;
    }
  }
  return { stream: { ...response, body: body() }, cut: () => cut };
}

function titleOf(end: DocumentEnd): string | undefined {
  const titles = end.catalogues.flatMap((c) => c.titles);
  const rank = (language: string | undefined) => (language?.startsWith('en') ? 0 : language?.startsWith('fr') ? 1 : language === undefined ? 2 : 3);
  return [...titles].sort((a, b) => rank(a.language) - rank(b.language))[0]?.text.trim() || undefined;
}

export async function detectDcat(url: string, http: HttpClient, signal?: AbortSignal): Promise<Detection | undefined> {
  const loader = contextLoader(http, signal);
  for (const [index, candidate] of candidates(url).entries()) {
    let response: HttpStream;
    try {
      response = await http.stream(candidate, { accept: RDF_ACCEPT, ...(signal ? { signal } : {}) });
    } catch (error) {
      // The URL itself unreachable (no HTTP answer at all): say so; anything else is "not DCAT here".
      if (index === 0 && error instanceof HttpError && error.status === undefined) throw error;
      continue;
    }
    const { stream, cut } = capped(response, PROBE_BYTES);
    let end: DocumentEnd | undefined;
    try {
      for await (const batch of readRdfDocument(stream, { contextLoader: loader, batchSize: 1000 })) end = batch.end ?? end;
    } catch {
      continue;
    }
    if (end === undefined || (end.datasets === 0 && end.catalogues.length === 0)) continue;
    const declared = syntaxOfContentType(response.headers['content-type']);
    const complete = !cut() && end.malformed === undefined && end.paging.next === undefined;
    const count = end.paging.total ?? (complete ? end.datasets : undefined);
    const title = titleOf(end);
    const official = end.languages.filter((l) => l === 'en' || l === 'fr');
    const what = end.catalogues.length > 0 ? 'a dcat:Catalog' : 'dcat:Dataset descriptions';
    return {
      kind: 'dcat',
      url: stream.url,
      ...(declared !== end.syntax ? { options: { format: end.syntax } } : {}),
      ...(title !== undefined ? { title } : {}),
      ...(count !== undefined ? { count } : {}),
      ...(official.length > 0 ? { languages: official } : end.languages.length > 0 ? { languages: end.languages } : {}),
      evidence: `${stream.url} answered ${SYNTAX_NAMES[end.syntax]} (${response.headers['content-type'] ?? 'no content type'}) with ${what}${end.paging.next !== undefined ? ' paged with Hydra' : ''}`,
    };
  }
  return undefined;
}
