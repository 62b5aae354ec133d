// Is there a DCAT-US catalogue at this URL? The URL itself when it names a document, else the
// site's ArcGIS Hub feed (`/api/feed/dcat-us/1.1.json`) and the classic `/data.json` (Socrata,
// US agencies, Hub's legacy path that redirects to the feed). The document is streamed: its
// datasets are counted when it ends within the probe's budget.
import { normalizeLanguages } from '../../core/languages.js';
import { HttpError, type HttpClient } from '../http.js';
import type { Detection } from '../kind.js';
import { siteTitle } from '../common/site-title.js';
import { CatalogueReader, type DatasetElement } from './catalogue-stream.js';
import { isObject, text, textList } from './values.js';

export const HUB_FEED_PATH = '/api/feed/dcat-us/1.1.json';
/** How much of a catalogue a probe reads to count its datasets. */
const PROBE_BYTES = 64 * 1024 * 1024;
const SAMPLE = 50;

export function candidateUrls(url: string): string[] {
  const u = new URL(url);
  u.hash = '';
  if (/\.json$|\/data\.json|\/api\/feed\/dcat-us\//i.test(u.pathname)) return [u.href];
  return [`${u.origin}${HUB_FEED_PATH}`, `${u.origin}/data.json`];
}

interface Probe {
  url: string;
  reader: CatalogueReader;
  complete: boolean;
  sample: unknown[];
}

async function probe(http: HttpClient, url: string, signal?: AbortSignal): Promise<Probe | undefined> {
  const stream = await http.stream(url, { accept: 'application/json', ...(signal ? { signal } : {}) });
  const reader = new CatalogueReader(stream.url);
  const sample: unknown[] = [];
  const keep = (elements: DatasetElement[]): void => {
    for (const e of elements) if (sample.length < SAMPLE) sample.push(e.value);
  };
  try {
    for await (const chunk of stream.body) {
      keep(reader.write(chunk));
      if (reader.bytes > PROBE_BYTES) return reader.hasDatasets ? { url: stream.url, reader, complete: false, sample } : undefined;
    }
    keep(reader.end());
    return { url: stream.url, reader, complete: true, sample };
  } catch {
    return undefined; // not JSON, not a catalogue
  } finally {
    stream.cancel();
  }
}

function looksLikeDataset(value: unknown): boolean {
  return isObject(value) && typeof value['title'] === 'string' && ('identifier' in value || 'distribution' in value || 'keyword' in value);
}

export async function detectDataJson(url: string, http: HttpClient, signal?: AbortSignal): Promise<Detection | undefined> {
  let unreachable: unknown;
  let answered = false;
  for (const candidate of candidateUrls(url)) {
    let found: Probe | undefined;
    try {
      found = await probe(http, candidate, signal);
      answered = true;
    } catch (error) {
      if (error instanceof HttpError && error.status !== undefined) answered = true;
      else unreachable = error;
      continue;
    }
    if (!found) continue;
    const { reader, sample } = found;
    const conformsTo = text(reader.header['conformsTo']);
    const dcatUs = conformsTo !== undefined && /project-open-data/i.test(conformsTo);
    if (!dcatUs && !(sample.length > 0 && sample.every(looksLikeDataset))) continue;
    const languages = normalizeLanguages(sample.flatMap((d) => (isObject(d) ? textList(d['language'], true) : []))).filter((c) => c === 'en' || c === 'fr');
    const title = text(reader.header['title']) ?? (await siteTitle(http, new URL(found.url).origin, signal));
    const redirected = found.url !== candidate ? ` (redirected from ${candidate})` : '';
    const what = dcatUs ? `a DCAT-US catalogue (conformsTo ${conformsTo})` : reader.shape === 'list' ? 'a list of DCAT-US datasets (Project Open Data 1.0)' : 'a catalogue of DCAT-US datasets';
    return {
      kind: 'datajson',
      url: found.url,
      ...(title !== undefined ? { title } : {}),
      ...(found.complete ? { count: reader.datasets } : {}),
      ...(languages.length > 0 ? { languages } : {}),
      evidence: `${found.url}${redirected} is ${what}${found.complete ? ` of ${reader.datasets} datasets` : ''}`,
    };
  }
  if (!answered && unreachable !== undefined) throw unreachable;
  return undefined;
}
