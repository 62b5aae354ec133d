// What every API response carries and what every client is held to: security headers, a per-client
// rate limit (429 with Retry-After) and, in server.ts, a body size limit.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { ApiError } from './errors.js';

export interface RateLimitOptions {
  /** Requests per client (IP address) per window. */
  max: number;
  windowMs: number;
  /** Leaves loopback clients unlimited: local tools, and a reverse proxy on the same host, whose
   * clients would otherwise all share one budget. */
  exemptLoopback?: boolean;
}

function isLoopback(ip: string): boolean {
  return ip === '::1' || ip.startsWith('127.') || ip.startsWith('::ffff:127.');
}
export const DEFAULT_BODY_LIMIT = 64 * 1024;

const JSON_HEADERS: Record<string, string> = {
  // A JSON answer is never a page: nothing in it may load, run or be framed.
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

const EVERY_RESPONSE: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'cross-origin',
};

export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(EVERY_RESPONSE)) if (!reply.hasHeader(name)) reply.header(name, value);
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('application/json') && !reply.hasHeader('content-security-policy')) reply.headers(JSON_HEADERS);
    return payload;
  });
}

export async function rateLimiting(app: FastifyInstance, options: RateLimitOptions): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    max: options.max,
    timeWindow: options.windowMs,
    allowList: (request) => options.exemptLoopback === true && isLoopback(request.ip),
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.ceil(context.ttl / 1000);
      return new ApiError(429, 'too_many_requests', {
        en: `more than ${context.max} requests in ${context.after}: retry in ${seconds} s`,
        fr: `plus de ${context.max} requêtes en ${context.after} : réessayez dans ${seconds} s`,
      });
    },
  });
}
