// Where the bytes to validate come from: a file, or a URL through the harvester's safe client.
import { createReadStream, statSync } from 'node:fs';
import { createHttpClient } from '../../harvest/fetch/http-client.js';
import { limitBytes } from '../byte-limit.js';

/** The source cannot be read: missing, a directory, refused, or larger than allowed. */
export class SourceError extends Error {
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

export const isUrl = (target: string): boolean => /^https?:\/\//i.test(target);

/** A file's bytes in 1 MiB chunks; a SourceError when it is not a readable file. */
export function fileBytes(path: string): AsyncIterable<Uint8Array> {
  let reason: string | undefined;
  try {
    if (statSync(path).isDirectory()) reason = 'a directory';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    reason = code === 'ENOENT' ? 'no such file' : (error as Error).message;
  }
  if (reason) throw new SourceError(path, `cannot read ${path}: ${reason}`);
  return createReadStream(path, { highWaterMark: 1 << 20 });
}

export interface UrlOptions {
  maxBytes: number;
  /** The private-network guard's allowance (loopback in tests, an intranet portal). */
  allowPrivateNetwork?: boolean | readonly string[];
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** A URL's body as it arrives, decompressed, through the harvester's client (private addresses
 * refused unless allowed, redirects re-checked, stalls timed out); past `maxBytes` it throws a ByteLimitError. */
export async function urlBytes(url: string, options: UrlOptions): Promise<AsyncIterable<Uint8Array>> {
  const client = createHttpClient({ allowPrivateNetwork: options.allowPrivateNetwork ?? false, retries: 1, timeoutMs: options.timeoutMs ?? 60_000 });
  try {
    const response = await client.stream(url, { accept: 'text/csv, text/plain;q=0.9, */*;q=0.5', ...(options.signal ? { signal: options.signal } : {}) });
    return limitBytes(response.body, options.maxBytes);
  } catch (error) {
    throw new SourceError(url, (error as Error).message);
  }
}
