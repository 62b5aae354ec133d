// The HTTP client a source needs. `harvest` provides the real one (politeness, retries,
// time-outs, private-network guard); tests may pass a plain one.

export interface HttpResponse {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface HttpClient {
  /** GETs a URL. Rejects with an `HttpError` when the request fails or the status is not 2xx. */
  get(url: string, options?: { accept?: string; signal?: AbortSignal }): Promise<HttpResponse>;
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

/** Parses a JSON response body, with an error naming the URL when it is not JSON. */
export function parseJsonBody(response: HttpResponse): unknown {
  try {
    return JSON.parse(response.body);
  } catch (error) {
    const start = response.body.slice(0, 80).replace(/\s+/g, ' ');
    throw new HttpError(
      `response from ${response.url} is not JSON (${(error as Error).message}); it starts with: ${start}`,
      response.url,
      response.status,
    );
  }
}
