// The harvester's HTTP client: one request at a time per host by default, time-outs, retries
// with backoff for transient failures, Retry-After honoured, a size cap, redirects re-checked
// against the private-network guard, and an honest User-Agent.
import { isUtf8 } from 'node:buffer';
import http from 'node:http';
import https from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { USER_AGENT } from '../../core/version.js';
import { HttpError, type HttpClient, type HttpResponse } from '../../sources/http.js';
import { HostLimiter } from './host-limiter.js';
import { checkLiteralHost, publicOnlyLookup, PrivateNetworkError } from './private-network.js';
import { retryAfterMs } from './retry-after.js';

export interface HttpClientOptions {
  allowPrivateNetwork?: boolean;
  /** Whole request (connect to last byte), per attempt. */
  timeoutMs?: number;
  retries?: number;
  /** First backoff; doubles each retry, with jitter. */
  backoffBaseMs?: number;
  /** A Retry-After longer than this fails the request instead of stalling the job. */
  maxRetryAfterMs?: number;
  maxBodyBytes?: number;
  maxRedirects?: number;
  /** Shared between clients so that politeness holds across sources on one host. */
  limiter?: HostLimiter;
  userAgent?: string;
  /** For tests: how to wait. */
  sleep?: (ms: number) => Promise<void>;
}

const TRANSIENT_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
const TRANSIENT_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'UND_ERR_SOCKET', 'ECONNABORTED']);

class AttemptError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
    readonly status?: number,
    readonly waitMs?: number,
    readonly body?: string,
  ) {
    super(message);
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Decodes a body in its declared charset (UTF-8 by default); throws on bytes invalid in it. */
function decodeBody(bytes: Buffer, contentType: string | undefined): string {
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase() ?? 'utf-8';
  if (charset === 'utf-8' || charset === 'utf8') {
    // Four times faster than a fatal TextDecoder on multi-megabyte pages.
    if (!isUtf8(bytes)) throw new Error('invalid UTF-8');
    return bytes.toString('utf8');
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    return decodeBody(bytes, undefined);
  }
  return decoder.decode(bytes);
}

function flatHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const retries = options.retries ?? 4;
  const backoffBaseMs = options.backoffBaseMs ?? 1_000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 300_000;
  const maxBodyBytes = options.maxBodyBytes ?? 256 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const limiter = options.limiter ?? new HostLimiter(1);
  const userAgent = options.userAgent ?? USER_AGENT;
  const sleep = options.sleep ?? defaultSleep;
  const lookup = options.allowPrivateNetwork ? undefined : publicOnlyLookup();
  const agents = {
    http: new http.Agent({ keepAlive: true, maxSockets: 16 }),
    https: new https.Agent({ keepAlive: true, maxSockets: 16 }),
  };

  function attempt(url: URL, accept: string | undefined, signal: AbortSignal | undefined): Promise<HttpResponse & { location?: string }> {
    return new Promise((resolve, reject) => {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        return reject(new AttemptError(`unsupported protocol ${url.protocol}`, false));
      }
      if (!options.allowPrivateNetwork) {
        try {
          checkLiteralHost(url.hostname);
        } catch (error) {
          return reject(new AttemptError((error as Error).message, false));
        }
      }
      const lib = url.protocol === 'https:' ? https : http;
      const req = lib.request(url, {
        method: 'GET',
        agent: url.protocol === 'https:' ? agents.https : agents.http,
        headers: {
          'user-agent': userAgent,
          accept: accept ?? 'application/json, */*;q=0.5',
          'accept-encoding': 'gzip, deflate, br',
        },
        ...(lookup ? { lookup } : {}),
      });
      let settled = false;
      const fail = (error: AttemptError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        req.destroy();
        reject(error);
      };
      const timer = setTimeout(() => fail(new AttemptError(`timed out after ${timeoutMs} ms`, true)), timeoutMs);
      const onAbort = () => fail(new AttemptError('aborted', false));
      signal?.addEventListener('abort', onAbort, { once: true });
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error instanceof PrivateNetworkError || error.name === 'PrivateNetworkError') return fail(new AttemptError(error.message, false));
        fail(new AttemptError(`${error.code ?? 'network error'}: ${error.message}`, TRANSIENT_CODES.has(error.code ?? '')));
      });
      req.on('response', (res) => {
        const status = res.statusCode ?? 0;
        const headers = flatHeaders(res.headers);
        if (status >= 300 && status < 400 && headers.location) {
          res.resume();
          settled = true;
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          return resolve({ url: url.href, status, headers, body: '', location: headers.location });
        }
        let stream: Readable = res;
        const encoding = (headers['content-encoding'] ?? '').toLowerCase();
        if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(createGunzip());
        else if (encoding === 'deflate') stream = res.pipe(createInflate());
        else if (encoding === 'br') stream = res.pipe(createBrotliDecompress());
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBodyBytes) fail(new AttemptError(`response larger than ${maxBodyBytes} bytes`, false));
          else chunks.push(chunk);
        });
        stream.on('error', (error) => fail(new AttemptError(`cannot read the response: ${error.message}`, true)));
        res.on('aborted', () => fail(new AttemptError('connection closed before the end of the response', true)));
        stream.on('end', () => {
          if (settled) return;
          let body: string;
          try {
            body = decodeBody(Buffer.concat(chunks, size), headers['content-type']);
          } catch {
            return fail(new AttemptError('the response is not valid text in its declared encoding (invalid UTF-8?)', false, status));
          }
          settled = true;
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          if (status >= 200 && status < 300) return resolve({ url: url.href, status, headers, body });
          const wait = retryAfterMs(headers['retry-after']);
          const snippet = body.slice(0, 200).replace(/\s+/g, ' ').trim();
          reject(new AttemptError(`HTTP ${status}${snippet ? `: ${snippet}` : ''}`, TRANSIENT_STATUS.has(status), status, wait, body));
        });
      });
      req.end();
    });
  }

  async function getWithRetries(url: URL, accept: string | undefined, signal: AbortSignal | undefined): Promise<HttpResponse & { location?: string }> {
    for (let n = 0; ; n++) {
      try {
        return await limiter.run(url.host, () => attempt(url, accept, signal));
      } catch (error) {
        const e = error instanceof AttemptError ? error : new AttemptError((error as Error).message, false);
        if (!e.transient || n >= retries || signal?.aborted) {
          const tries = n + 1;
          throw new HttpError(`GET ${url.href} failed${tries > 1 ? ` after ${tries} attempts` : ''}: ${e.message}`, url.href, e.status, e.body);
        }
        if (e.waitMs !== undefined && e.waitMs > maxRetryAfterMs) {
          throw new HttpError(`GET ${url.href} failed: HTTP ${e.status} asks to retry after ${Math.round(e.waitMs / 1000)} s, longer than allowed`, url.href, e.status);
        }
        const backoff = backoffBaseMs * 2 ** n * (0.75 + Math.random() * 0.5);
        await sleep(Math.max(e.waitMs ?? 0, backoff));
      }
    }
  }

  return {
    async get(href, opts = {}) {
      let url: URL;
      try {
        url = new URL(href);
      } catch {
        throw new HttpError(`not a valid URL: ${href}`, href);
      }
      for (let hops = 0; ; hops++) {
        const response = await getWithRetries(url, opts.accept, opts.signal);
        if (response.location === undefined) return response;
        if (hops >= maxRedirects) throw new HttpError(`GET ${href} failed: more than ${maxRedirects} redirects`, href, response.status);
        url = new URL(response.location, url);
      }
    },
  };
}
