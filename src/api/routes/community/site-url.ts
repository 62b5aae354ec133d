// The site's own address, for links and ids in feeds: the configured public URL, or else the
// request's Host header once checked (it is the client's word, so only a plain host[:port] is taken).
import type { FastifyRequest } from 'fastify';
import { invalidParameter } from '../../errors.js';

export interface SiteUrl {
  /** `https://federa.example.ca`, without a trailing slash. */
  origin: string;
  /** `federa.example.ca`. */
  hostname: string;
}

const HOST = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)(?::(\d{1,5}))?$/;

export function siteUrl(request: FastifyRequest, publicUrl: string | undefined): SiteUrl {
  if (publicUrl !== undefined) {
    const url = new URL(publicUrl);
    return { origin: url.origin, hostname: url.hostname };
  }
  const host = request.headers.host ?? '';
  const match = HOST.exec(host);
  if (!match || (match[2] !== undefined && Number(match[2]) > 65_535)) {
    throw invalidParameter('Host', 'the Host header must be a host name with an optional port', 'l’en-tête Host doit être un nom d’hôte, avec un port facultatif');
  }
  const scheme = request.protocol === 'https' ? 'https' : 'http';
  return { origin: `${scheme}://${host.toLowerCase()}`, hostname: match[1]!.toLowerCase() };
}
