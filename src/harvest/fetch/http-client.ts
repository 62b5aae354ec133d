// The harvester's HTTP client: one request at a time per host by default, time-outs, retries
// with backoff for transient failures, Retry-After honoured, a size cap, redirects re-checked
// against the private-network guard, and an honest User-Agent.
import { isUtf8 } from 'node:buffer';
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { USER_AGENT } from '../../core/version.js';
import { HttpError, type HttpClient, type HttpRequestOptions, type HttpResponse, type HttpStream } from '../../sources/http.js';
import { HostLimiter } from './host-limiter.js';
import { checkLiteralHost, PrivateNetworkError, publicOnlyLookup, type GuardSeams } from './private-network.js';
import { retryAfterMs } from './retry-after.js';

export interface HttpClientOptions {
  /** `true`: any address; a list: these private addresses and CIDR ranges only. */
  allowPrivateNetwork?: boolean | readonly string[];
  /** `get`: the whole request (connect to last byte), per attempt. `stream`: until the response
   * starts, then the longest silence between two chunks of the body. */
  timeoutMs?: number;
  retries?: number;
  /** First backoff; doubles each retry, with jitter. */
  backoffBaseMs?: number;
  /** A Retry-After longer than this fails the request instead of stalling the job. */
  maxRetryAfterMs?: number;
  /** `get` only (default 50 MB, decompressed): streamed bodies are not held whole. */
  maxBodyBytes?: number;
  maxRedirects?: number;
  /** `stream` only: slower than this on average, once past the time-out, fails (default 1 KB/s). */
  minBytesPerSecond?: number;
  /** Shared between clients so that politeness holds across sources on one host. */
  limiter?: HostLimiter;
  userAgent?: string;
  /** For tests: how to wait. */
  sleep?: (ms: number) => Promise<void>;
  /** For tests: loopback addresses standing in for public ones, a resolver of their own. */
  guard?: GuardSeams;
}

const TRANSIENT_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
const TRANSIENT_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'UND_ERR_SOCKET', 'ECONNABORTED']);
// An error body is read for its message only.
const ERROR_BODY_BYTES = 64 * 1024;

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

/** A response whose headers have arrived; its body not read yet. */
interface Opened {
  url: URL;
  status: number;
  headers: Record<string, string>;
  body: Readable;
  /** Ends the request (and its socket) early. */
  destroy(): void;
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

/** Why a body could not be read. Node says "aborted" when the server drops the connection
 * midway: say what happened. */
function readFailure(error: unknown, signal: AbortSignal | undefined): string {
  const message = error instanceof Error ? error.message : String(error);
  return message === 'aborted' && !signal?.aborted ? 'the connection closed before the end of the response' : message;
}

function flatHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function decompressed(res: http.IncomingMessage, encoding: string): Readable {
  const e = encoding.toLowerCase();
  if (e === 'gzip' || e === 'x-gzip') return res.pipe(createGunzip());
  if (e === 'deflate') return res.pipe(createInflate());
  if (e === 'br') return res.pipe(createBrotliDecompress());
  return res;
}

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const retries = options.retries ?? 4;
  const backoffBaseMs = options.backoffBaseMs ?? 1_000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 300_000;
  // `get` reads pages of paged APIs: a 1,000-record CKAN page of real-sized records is about 7 MB.
  const maxBodyBytes = options.maxBodyBytes ?? 50 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const minBytesPerSecond = options.minBytesPerSecond ?? 1024;
  const limiter = options.limiter ?? new HostLimiter(1);
  const userAgent = options.userAgent ?? USER_AGENT;
  const sleep = options.sleep ?? defaultSleep;
  const anyAddress = options.allowPrivateNetwork === true;
  const allowedNetworks: readonly string[] = typeof options.allowPrivateNetwork === 'object' ? options.allowPrivateNetwork : [];
  const lookup = anyAddress ? undefined : publicOnlyLookup(options.guard, allowedNetworks);
  const agents = {
    http: new http.Agent({ keepAlive: true, maxSockets: 16 }),
    https: new https.Agent({ keepAlive: true, maxSockets: 16 }),
  };

  /** Sends a request and resolves when its headers arrive (or rejects before). */
  function open(url: URL, opts: HttpRequestOptions): Promise<Opened> {
    const { accept, signal, body } = opts;
    return new Promise((resolve, reject) => {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        return reject(new AttemptError(`unsupported protocol ${url.protocol}`, false));
      }
      if (!anyAddress) {
        try {
          checkLiteralHost(url.hostname, options.guard, allowedNetworks);
        } catch (error) {
          return reject(new AttemptError((error as Error).message, false));
        }
      }
      const lib = url.protocol === 'https:' ? https : http;
      const headers: http.OutgoingHttpHeaders = { 'user-agent': userAgent, accept: accept ?? 'application/json, */*;q=0.5', 'accept-encoding': 'gzip, deflate, br' };
      if (body !== undefined) {
        headers['content-type'] = body.contentType;
        headers['content-length'] = Buffer.byteLength(body.text);
      }
      const req = lib.request(url, {
        method: body === undefined ? 'GET' : 'POST',
        agent: url.protocol === 'https:' ? agents.https : agents.http,
        headers,
        ...(lookup ? { lookup } : {}),
      });
      let answered = false;
      const fail = (error: AttemptError) => {
        if (answered) return;
        answered = true;
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
        if (answered) return res.resume();
        answered = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const headers = flatHeaders(res.headers);
        const body = decompressed(res, headers['content-encoding'] ?? '');
        res.on('aborted', () => body.destroy(new Error('connection closed before the end of the response')));
        if (body !== res) res.on('error', (error) => body.destroy(error));
        resolve({ url, status: res.statusCode ?? 0, headers, body, destroy: () => req.destroy() });
      });
      req.end(body?.text);
    });
  }

  /** Reads a whole body, within the time and size allowed. */
  function readAll(opened: Opened, limit: number, deadline: number, signal: AbortSignal | undefined): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let done = false;
      const finish = (error?: AttemptError) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (error) {
          opened.destroy();
          reject(error);
        } else resolve(Buffer.concat(chunks, size));
      };
      const timer = setTimeout(() => finish(new AttemptError(`timed out after ${timeoutMs} ms`, true)), Math.max(0, deadline - Date.now()));
      const onAbort = () => finish(new AttemptError('aborted', false));
      signal?.addEventListener('abort', onAbort, { once: true });
      opened.body.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) finish(new AttemptError(`response larger than ${limit} bytes`, false));
        else chunks.push(chunk);
      });
      opened.body.on('error', (error: Error) => finish(new AttemptError(`cannot read the response: ${readFailure(error, signal)}`, true)));
      opened.body.on('end', () => finish());
    });
  }

  /** The error for a status that is not 2xx, its body read for the message. */
  async function statusError(opened: Opened, deadline: number, signal: AbortSignal | undefined): Promise<AttemptError> {
    let body = '';
    try {
      body = (await readAll(opened, ERROR_BODY_BYTES, deadline, signal)).toString('utf8');
    } catch {
      opened.destroy(); // a huge or broken error page: its status says enough
    }
    const snippet = body.slice(0, 200).replace(/\s+/g, ' ').trim();
    return new AttemptError(`HTTP ${opened.status}${snippet ? `: ${snippet}` : ''}`, TRANSIENT_STATUS.has(opened.status), opened.status, retryAfterMs(opened.headers['retry-after']), body);
  }

  /** Runs attempts with retries and redirects. `use` reads a 2xx response; it runs while the
   * host's politeness slot is held, and may keep it (`keep`) until the caller releases it. */
  async function request<T>(
    href: string,
    opts: HttpRequestOptions,
    use: (opened: Opened, deadline: number, release: () => void) => Promise<{ value: T; keep?: boolean }>,
  ): Promise<T> {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      throw new HttpError(`not a valid URL: ${href}`, href);
    }
    // A redirected POST is followed with a GET (as browsers do for 301-303), which a CSW
    // server would not answer with records: redirects keep the method here.
    const method = opts.body === undefined ? 'GET' : 'POST';
    for (let hops = 0; ; hops++) {
      for (let n = 0; ; n++) {
        const release = await limiter.acquire(url.host);
        let keep = false;
        try {
          const deadline = Date.now() + timeoutMs;
          const opened = await open(url, opts);
          if (opened.status >= 300 && opened.status < 400 && opened.headers.location) {
            opened.body.resume();
            if (hops >= maxRedirects) throw new HttpError(`${method} ${href} failed: more than ${maxRedirects} redirects`, href, opened.status);
            url = new URL(opened.headers.location, url);
            break;
          }
          if (opened.status < 200 || opened.status >= 300) throw await statusError(opened, deadline, opts.signal);
          const result = await use(opened, deadline, release);
          keep = result.keep === true;
          return result.value;
        } catch (error) {
          if (error instanceof HttpError) throw error;
          const e = error instanceof AttemptError ? error : new AttemptError((error as Error).message, false);
          if (!e.transient || n >= retries || opts.signal?.aborted) {
            const tries = n + 1;
            throw new HttpError(`${method} ${url.href} failed${tries > 1 ? ` after ${tries} attempts` : ''}: ${e.message}`, url.href, e.status, e.body);
          }
          if (e.waitMs !== undefined && e.waitMs > maxRetryAfterMs) {
            throw new HttpError(`${method} ${url.href} failed: HTTP ${e.status} asks to retry after ${Math.round(e.waitMs / 1000)} s, longer than allowed`, url.href, e.status);
          }
          release();
          keep = true; // released already
          await sleep(Math.max(e.waitMs ?? 0, backoffBaseMs * 2 ** n * (0.75 + Math.random() * 0.5)));
        } finally {
          if (!keep) release();
        }
      }
    }
  }

  return {
    get(href, opts = {}) {
      return request<HttpResponse>(href, opts, async (opened, deadline) => {
        const bytes = await readAll(opened, maxBodyBytes, deadline, opts.signal);
        let body: string;
        try {
          body = decodeBody(bytes, opened.headers['content-type']);
        } catch {
          throw new AttemptError('the response is not valid text in its declared encoding (invalid UTF-8?)', false, opened.status);
        }
        return { value: { url: opened.url.href, status: opened.status, headers: opened.headers, body } };
      });
    },

    stream(href, opts = {}) {
      return request<HttpStream>(href, opts, async (opened, _deadline, release) => {
        const where = opened.url.href;
        let released = false;
        const end = () => {
          if (released) return;
          released = true;
          release();
        };
        // Also cleared by cancel(): a reader that stops midway leaves this generator suspended, and
        // its timer would hold the process for the whole time-out.
        let idle: NodeJS.Timeout | undefined;
        async function* chunks(): AsyncGenerator<Buffer> {
          const body = opened.body;
          const stall = () => body.destroy(new Error(`no data for ${timeoutMs} ms`));
          // Time spent waiting for the server only (not while the reader works): a body that
          // trickles in never goes silent long enough for the idle time-out.
          let waitedMs = 0;
          let received = 0;
          let asked = Date.now();
          try {
            idle = setTimeout(stall, timeoutMs);
            for await (const chunk of body) {
              idle.refresh();
              waitedMs += Date.now() - asked;
              received += (chunk as Buffer).length;
              if (waitedMs > timeoutMs && received * 1000 < minBytesPerSecond * waitedMs) {
                throw new Error(`the body trickles in: ${received} bytes in ${(waitedMs / 1000).toFixed(1)} s, under ${minBytesPerSecond} bytes/s`);
              }
              yield chunk as Buffer;
              asked = Date.now();
            }
          } catch (error) {
            throw new HttpError(`${opts.body === undefined ? 'GET' : 'POST'} ${where} failed while reading: ${readFailure(error, opts.signal)}`, where, opened.status);
          } finally {
            clearTimeout(idle);
            opened.destroy();
            end();
          }
        }
        const onAbort = () => opened.body.destroy(new Error('aborted'));
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        return {
          keep: true,
          value: {
            url: where,
            status: opened.status,
            headers: opened.headers,
            body: chunks(),
            cancel() {
              clearTimeout(idle);
              opened.destroy();
              end();
            },
          },
        };
      });
    },
  };
}
