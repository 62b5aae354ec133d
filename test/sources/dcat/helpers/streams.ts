// Documents as the HTTP client hands them over, without a server: for tests of parsing alone.
import type { HttpStream } from '../../../../src/sources/http.js';

/** A response whose body arrives in chunks of `chunkSize` bytes (small chunks split characters and tokens). */
export function streamOf(body: string | Buffer, options: { url?: string; contentType?: string; chunkSize?: number } = {}): HttpStream {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const size = options.chunkSize ?? 64 * 1024;
  let cancelled = false;
  async function* chunks(): AsyncGenerator<Buffer> {
    for (let i = 0; i < bytes.length && !cancelled; i += size) yield bytes.subarray(i, i + size);
  }
  return {
    url: options.url ?? 'http://catalogue.test/catalog',
    status: 200,
    headers: options.contentType !== undefined ? { 'content-type': options.contentType } : {},
    body: chunks(),
    cancel: () => {
      cancelled = true;
    },
  };
}
