// The second CSRF defence beside the form token: a state-changing request must come from a page of
// this site, as its Origin (or, when a browser sends none, its Referer) says.
import type { FastifyRequest } from 'fastify';

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

export function fromThisSite(request: FastifyRequest): boolean {
  const expected = `${request.protocol}://${request.host}`;
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== 'null') return origin === expected;
  const referer = request.headers.referer;
  return referer !== undefined && originOf(referer) === expected;
}
