// Reading the Cookie header and writing Set-Cookie by hand (no cookie plugin is installed): our
// cookie values are base64url, so no escaping is needed beyond refusing anything else.
const VALUE = /^[A-Za-z0-9_-]{1,200}$/;

/** The value of cookie `name`, when present and well-formed. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== name) continue;
    const value = part.slice(at + 1).trim();
    if (VALUE.test(value)) return value;
  }
  return undefined;
}

export interface CookieOptions {
  /** Seconds; 0 deletes the cookie. Absent: a cookie that ends with the browser. */
  maxAge?: number;
  /** Sent only over https: set when the request came over https. */
  secure: boolean;
}

/** HttpOnly (no script reads it), SameSite=Strict (no other site's request carries it), Path=/. */
export function cookieHeader(name: string, value: string, options: CookieOptions): string {
  return [
    `${name}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    ...(options.maxAge !== undefined ? [`Max-Age=${options.maxAge}`] : []),
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}
