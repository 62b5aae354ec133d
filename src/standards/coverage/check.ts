// Checking the files found for a standard: each CSV is fetched (politely, through the harvester's
// guarded client), streamed through the validator and its outcome kept. A file that cannot be
// fetched or read is an outcome too, never a crash of the run.
import { HttpError, type HttpClient } from '../../sources/http.js';
import type { StandardCheck } from '../../store/standards.js';
import type { Store } from '../../store/store.js';
import { ByteLimitError, limitBytes, megabytes } from '../byte-limit.js';
import type { Standard } from '../registry.js';
import { validateCsv } from '../validate/validate.js';
import type { Candidate } from './discover.js';

export interface CheckOptions {
  /** Larger files are not validated (default 100 MB). */
  maxBytes?: number;
  signal?: AbortSignal;
  now?: () => Date;
}

/** Validates one file against the standard: the check to keep, whatever happened. */
export async function checkFile(http: HttpClient, standard: Standard, datasetId: string, url: string, options: CheckOptions = {}): Promise<StandardCheck> {
  const maxBytes = options.maxBytes ?? 100_000_000;
  const base = { standard: standard.name, datasetId, url, checkedAt: (options.now?.() ?? new Date()).toISOString() };
  let stream;
  try {
    stream = await http.stream(url, { accept: 'text/csv, text/plain;q=0.9, */*;q=0.1', ...(options.signal ? { signal: options.signal } : {}) });
  } catch (error) {
    const reason = error instanceof HttpError && error.status !== undefined ? `HTTP ${error.status}` : (error as Error).message;
    return { ...base, status: 'unreachable', message: { en: `the file could not be fetched: ${reason}`, fr: `le fichier n’a pas pu être obtenu : ${reason}` } };
  }
  const type = stream.headers['content-type'] ?? '';
  if (/text\/html|application\/xhtml/i.test(type)) {
    stream.cancel();
    return { ...base, status: 'not-csv', message: { en: `the URL gives a web page (${type}), not a CSV file`, fr: `l’URL donne une page Web (${type}), pas un fichier CSV` } };
  }
  const declared = Number(stream.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    stream.cancel();
    return { ...base, status: 'too-large', message: { en: `the file is ${megabytes(declared)}, over the ${megabytes(maxBytes)} checked`, fr: `le fichier fait ${megabytes(declared)}, plus que les ${megabytes(maxBytes)} vérifiés` } };
  }
  try {
    const report = await validateCsv(limitBytes(stream.body, maxBytes), standard.schema, { schemaName: standard.name, sourceName: url, limitErrors: 0, ...(options.signal ? { signal: options.signal } : {}) });
    return {
      ...base,
      status: report.valid ? 'valid' : 'invalid',
      rows: report.stats.rows,
      errors: report.stats.errors,
      byType: report.stats.byType,
      encoding: report.encoding,
      delimiter: report.delimiter,
    };
  } catch (error) {
    stream.cancel();
    if (error instanceof ByteLimitError) {
      return { ...base, status: 'too-large', message: { en: `the file is over the ${megabytes(maxBytes)} checked`, fr: `le fichier dépasse les ${megabytes(maxBytes)} vérifiés` } };
    }
    const reason = (error as Error).message;
    return { ...base, status: 'unreachable', message: { en: `the file could not be read to the end: ${reason}`, fr: `le fichier n’a pas pu être lu jusqu’au bout : ${reason}` } };
  }
}

export interface CheckRun {
  checked: StandardCheck[];
}

/** Checks every CSV file of the candidates, one at a time (the client keeps each host polite), and keeps each outcome. */
export async function checkCandidates(
  deps: { store: Pick<Store, 'saveStandardCheck'>; httpFor: (sourceId: string) => HttpClient },
  standards: readonly Standard[],
  candidates: ReadonlyMap<string, readonly Candidate[]>,
  options: CheckOptions & { onCheck?: (check: StandardCheck) => void } = {},
): Promise<CheckRun> {
  const checked: StandardCheck[] = [];
  for (const standard of standards) {
    for (const candidate of candidates.get(standard.name) ?? []) {
      for (const file of candidate.files) {
        if (options.signal?.aborted) return { checked };
        const check = await checkFile(deps.httpFor(candidate.sourceId), standard, candidate.datasetId, file.url, options);
        await deps.store.saveStandardCheck(check);
        checked.push(check);
        options.onCheck?.(check);
      }
    }
  }
  return { checked };
}
