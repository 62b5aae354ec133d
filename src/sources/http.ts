// The HTTP client a source needs. `harvest` provides the real one (politeness, retries,
// time-outs, private-network guard); tests may pass a plain one.

export interface HttpResponse {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface HttpRequestOptions {
  accept?: string;
  signal?: AbortSignal;
  /** A request body: the request is then a POST (CSW `GetRecords` in XML, for servers that
   * take no GET). */
  body?: { text: string; contentType: string };
}

/** A response whose body is read as it arrives: large documents (a data.json of a whole
 * portal, a CSW page of big ISO records) are parsed without holding them whole in memory. */
export interface HttpStream {
  url: string;
  status: number;
  headers: Record<string, string>;
  /** The body, decompressed. Iterate it to the end, or call `cancel()`. Rejects (while
   * iterating) with an `HttpError` when the connection fails or stalls. */
  body: AsyncIterable<Buffer>;
  cancel(): void;
}

export interface HttpClient {
  /** GETs a URL (POSTs `options.body` when given). Rejects with an `HttpError` when the request
   * fails or the status is not 2xx. */
  get(url: string, options?: HttpRequestOptions): Promise<HttpResponse>;
  /** GETs a URL and hands its body over as it arrives (same politeness, retries before the
   * body starts, redirects). */
  stream(url: string, options?: HttpRequestOptions): Promise<HttpStream>;
}

export class HttpError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
    readonly body?: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Parses a JSON response body, with an error naming the URL when it is not JSON. A leading byte
 * order mark (as some Windows servers send) is ignored, as RFC 8259 allows. */
export function parseJsonBody(response: HttpResponse): unknown {
  try {
    return JSON.parse(response.body.charCodeAt(0) === 0xfeff ? response.body.slice(1) : response.body);
  } catch (error) {
    const start = response.body.slice(0, 80).replace(/\s+/g, ' ');
    throw new HttpError(
      `response from ${response.url} is not JSON (${(error as Error).message}); it starts with: ${start}`,
      response.url,
      response.status,
    );
  }
}
