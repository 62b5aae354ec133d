// The `server:` block of sources.yaml: how `federa serve` holds its clients to account. The
// environment (FEDERA_RATE_LIMIT, FEDERA_RATE_LIMIT_LOOPBACK, FEDERA_BODY_LIMIT) overrides it.
import { z } from 'zod';
import { parseDuration } from './duration.js';
import { isAddressOrRange } from './fetch/private-network.js';

export interface ServerSettings {
  rateLimit: {
    /** Requests per client per window; 0 turns the limit off. */
    max: number;
    windowMs: number;
    /** Leaves loopback clients unlimited (local tools; a reverse proxy on the same host without trustProxy). */
    exemptLoopback: boolean;
  };
  /** Largest request body, in bytes. */
  bodyLimit: number;
  /** Proxies (addresses, CIDR ranges) whose X-Forwarded-For names the client; none by default, so
   * that no client can claim another's address. */
  trustProxy: string[];
}

export const DEFAULT_SERVER_SETTINGS: ServerSettings = {
  rateLimit: { max: 600, windowMs: 60_000, exemptLoopback: true },
  bodyLimit: 64 * 1024,
  trustProxy: [],
};

const window = z
  .string()
  .refine((s) => (parseDuration(s) ?? 0) >= 1000, { message: 'must be a duration of at least a second, such as "1m" or "PT30S"' });

export const serverSchema = z
  .object({
    rateLimit: z
      .object({
        max: z.number().int().min(0).max(1_000_000).default(DEFAULT_SERVER_SETTINGS.rateLimit.max),
        window: window.default('1m'),
        exemptLoopback: z.boolean().default(DEFAULT_SERVER_SETTINGS.rateLimit.exemptLoopback),
      })
      .strict()
      .optional(),
    bodyLimit: z.number().int().min(1).max(100 * 1024 * 1024).default(DEFAULT_SERVER_SETTINGS.bodyLimit),
    trustProxy: z
      .union([z.literal(false), z.array(z.string().refine(isAddressOrRange, { message: 'must be an IP address or a CIDR range such as 10.0.0.0/8' }))], {
        error: 'must be false or a list of proxy addresses and CIDR ranges',
      })
      .default(false),
  })
  .strict()
  .optional();

export function toServerSettings(parsed: z.infer<typeof serverSchema>): ServerSettings {
  if (parsed === undefined) return { ...DEFAULT_SERVER_SETTINGS, rateLimit: { ...DEFAULT_SERVER_SETTINGS.rateLimit }, trustProxy: [] };
  const rate = parsed.rateLimit;
  return {
    rateLimit: rate
      ? { max: rate.max, windowMs: parseDuration(rate.window)!, exemptLoopback: rate.exemptLoopback }
      : { ...DEFAULT_SERVER_SETTINGS.rateLimit },
    bodyLimit: parsed.bodyLimit,
    trustProxy: parsed.trustProxy === false ? [] : parsed.trustProxy,
  };
}
