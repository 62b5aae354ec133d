// A minimal HttpClient over Node's fetch, for tests that talk to servers they start on loopback
// (the harvester's client adds politeness, retries and the private-network guard).
import { HttpError, type HttpClient, type HttpResponse, type HttpStream } from '../../src/sources/http.js';

export interface RecordingHttpClient extends HttpClient {
  /** The URLs requested, in order. */
  readonly requests: string[];
}

export function fetchHttpClient(): RecordingHttpClient {
  const requests: string[] = [];
  return {
    requests,
    async get(url, options): Promise<HttpResponse> {
      requests.push(url);
      let response: Response;
      try {
        response = await fetch(url, {
          headers: { accept: options?.accept ?? '*/*' },
          ...(options?.signal ? { signal: options.signal } : {}),
        });
      } catch (error) {
        throw new HttpError(`GET ${url} failed: ${(error as Error).message}`, url);
      }
      const body = await response.text();
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => {
        headers[key] = value;
      });
      if (!response.ok) throw new HttpError(`GET ${url} answered HTTP ${response.status}`, url, response.status, body);
      return { url, status: response.status, headers, body };
    },
    async stream(url, options): Promise<HttpStream> {
      requests.push(url);
      let response: Response;
      try {
        response = await fetch(url, {
          headers: { accept: options?.accept ?? '*/*' },
          ...(options?.signal ? { signal: options.signal } : {}),
        });
      } catch (error) {
        throw new HttpError(`GET ${url} failed: ${(error as Error).message}`, url);
      }
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => {
        headers[key] = value;
      });
      if (!response.ok) throw new HttpError(`GET ${url} answered HTTP ${response.status}`, url, response.status, await response.text());
      const reader = response.body;
      async function* chunks(): AsyncGenerator<Buffer> {
        if (!reader) return;
        for await (const chunk of reader) yield Buffer.from(chunk);
      }
      return { url: response.url || url, status: response.status, headers, body: chunks(), cancel: () => void reader?.cancel().catch(() => undefined) };
    },
  };
}
