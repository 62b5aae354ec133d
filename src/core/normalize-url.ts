// URLs as evidence that two records describe the same dataset: portals write the same address
// with or without `www.`, in http or https, with a trailing slash, a fragment or campaign
// parameters. Those differences never change what the address serves; everything else (path
// case, meaningful parameters) may, so it is kept.

// Parameters added by newsletters, ads and analytics, never by a data server.
const TRACKING_PARAMETER = /^(?:utm_.*|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|hsctatracking)$/i;

const PROTOCOLS = new Set(['http:', 'https:', 'ftp:']);

/** A canonical form of an http(s) or ftp URL, or undefined when the text is not one:
 * scheme dropped for http(s) (the same resource), credentials and fragment dropped, host
 * lower-cased without `www.`, default port dropped, trailing slashes dropped, tracking
 * parameters dropped and the others sorted. */
export function normalizeUrl(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!PROTOCOLS.has(url.protocol) || url.hostname === '') return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  const port = url.port === '' ? '' : `:${url.port}`;
  const path = url.pathname.replace(/\/+$/, '');
  const parameters = [...url.searchParams.entries()]
    .filter(([name]) => !TRACKING_PARAMETER.test(name))
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  const query = parameters.length === 0 ? '' : `?${new URLSearchParams(parameters).toString()}`;
  const scheme = url.protocol === 'ftp:' ? 'ftp://' : '';
  return `${scheme}${host}${port}${path}${query}`;
}

/** Whether a normalized URL is only a site (no path, no query): a site is never one dataset. */
export function isSiteRoot(normalized: string): boolean {
  return !/[/?]/.test(normalized.replace(/^ftp:\/\//, ''));
}
