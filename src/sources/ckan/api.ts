// The CKAN Action API: where actions live for a configured URL, and what their answers mean.
import { HttpError, parseJsonBody, type HttpClient, type HttpResponse } from '../http.js';
import { ckanEnvelope, describeIssues } from './types.js';

export interface CkanEndpoint {
  /** The portal's site root (`https://open.canada.ca/data`), where `/dataset/<name>` pages live. */
  siteRoot: string;
  /** `<siteRoot>/api/3/action`. */
  actionBase: string;
}

/** A CKAN action that failed: the portal said so, or its answer was not an action response. */
export class CkanApiError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'CkanApiError';
  }
}

// `/api/3/action`, `/api/action` (latest version) and `/api/3` all name the action API.
const API_SUFFIX = /\/api(?:\/\d+)?(?:\/action)?$/;

/** The endpoint of a configured URL: the site root (`https://x/`, `https://open.canada.ca/data`)
 * or the action API itself (`https://x/api/3/action`). */
export function ckanEndpoint(configured: string): CkanEndpoint {
  let url: URL;
  try {
    url = new URL(configured.trim());
  } catch {
    throw new CkanApiError(`the CKAN URL "${configured}" is not a valid URL`, configured);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CkanApiError(`the CKAN URL "${configured}" must use http or https`, configured);
  }
  const path = url.pathname.replace(/\/+$/, '');
  const rootPath = path.replace(API_SUFFIX, '');
  const siteRoot = `${url.origin}${rootPath}`;
  return { siteRoot, actionBase: `${siteRoot}/api/3/action` };
}

/** The URL of an action with its parameters (undefined ones left out). */
export function actionUrl(endpoint: CkanEndpoint, action: string, params: Record<string, string | number | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) query.set(key, String(value));
  }
  const qs = query.toString();
  return `${endpoint.actionBase}/${action}${qs === '' ? '' : `?${qs}`}`;
}

/** The `result` of an action response; a clear error naming the URL when the portal reports a
 * failure (`success: false`) or the body is not an action response. */
export function readEnvelope(response: HttpResponse): unknown {
  const body = parseJsonBody(response);
  const parsed = ckanEnvelope.safeParse(body);
  if (!parsed.success) {
    throw new CkanApiError(
      `response from ${response.url} is not a CKAN action response (${describeIssues(parsed.error)})`,
      response.url,
      response.status,
    );
  }
  const envelope = parsed.data;
  if (!envelope.success) {
    const type = envelope.error?.__type;
    const message = envelope.error?.message;
    const what = [type, message].filter((part) => part !== undefined && part !== null && part !== '').join(': ');
    throw new CkanApiError(`CKAN action failed at ${response.url}: ${what === '' ? 'no error message' : what}`, response.url, response.status);
  }
  if (envelope.result === undefined) {
    throw new CkanApiError(`response from ${response.url} has "success": true but no "result"`, response.url, response.status);
  }
  return envelope.result;
}

/** GETs an action and returns its `result`. CKAN reports errors with 4xx statuses and an
 * envelope in the body: that message is the useful one, so it is surfaced. */
/** GETs an action URL; a CKAN error sent with an error status becomes a `CkanApiError`. */
export async function fetchAction(http: HttpClient, url: string, signal?: AbortSignal): Promise<HttpResponse> {
  try {
    return await http.get(url, signal ? { accept: 'application/json', signal } : { accept: 'application/json' });
  } catch (error) {
    if (error instanceof HttpError && error.body !== undefined && error.body.trimStart().startsWith('{')) {
      try {
        readEnvelope({ url: error.url, status: error.status ?? 0, headers: {}, body: error.body });
      } catch (ckanError) {
        if (ckanError instanceof CkanApiError) {
          throw new CkanApiError(`${ckanError.message} (HTTP ${error.status ?? '?'})`, error.url, error.status);
        }
      }
    }
    throw error;
  }
}

export async function callAction(http: HttpClient, url: string, signal?: AbortSignal): Promise<unknown> {
  return readEnvelope(await fetchAction(http, url, signal));
}
