// sources.yaml: the sources to harvest and how. Every error names the file, the source and the field.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { JURISDICTION_LEVELS, type Jurisdiction } from '../core/dataset.js';
import { SOURCE_ID_PATTERN } from '../core/ids.js';
import { licenceById } from '../core/licences.js';
import { DEFAULT_PRIORITY } from '../core/preference.js';
import type { SourceSettings } from '../sources/settings.js';
import { parseDuration } from './duration.js';
import { OptionsError } from '../sources/kind.js';
import { kindNames, kindOf } from './kinds.js';
import { isAddressOrRange } from './fetch/private-network.js';
import { serverSchema, toServerSettings, type ServerSettings } from './server-settings.js';

export interface SourceSchedule {
  /** Milliseconds between incremental runs; undefined = manual only. */
  incrementalMs?: number;
  /** Milliseconds between full runs (deletion detection); undefined = manual only. */
  fullMs?: number;
}

export interface SourceConfig extends SourceSettings {
  enabled: boolean;
  schedule: SourceSchedule;
  /** Text of the schedule as configured, for display. */
  scheduleText?: string;
  /** Lets the fetcher reach loopback and private networks (tests, the demo, intranet portals):
   * `true` any of them, a list only these addresses and CIDR ranges. */
  allowPrivateNetwork: boolean | readonly string[];
  /** When several sources hold the same dataset, the copy shown is the original publisher's,
   * then the one of the source with the lowest priority (default `DEFAULT_PRIORITY`). */
  priority?: number;
}

export interface HarvestOptions {
  /** How long withdrawn records are kept before they are purged. */
  withdrawalGraceMs: number;
  /** Sources harvested at the same time. */
  concurrency: number;
  /** Requests at the same time to one host. */
  perHostConcurrency: number;
  /** Time-out of one request, in milliseconds. */
  timeoutMs: number;
  /** Retries of a transient failure (network error, 429, 5xx). */
  retries: number;
  /** Records per page asked of the portal. */
  pageSize: number;
}

export interface FederaConfig {
  file: string;
  harvest: HarvestOptions;
  /** What `federa serve` allows its clients (`server:`). */
  server: ServerSettings;
  sources: SourceConfig[];
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const duration = z.string().refine((s) => parseDuration(s) !== undefined, {
  message: 'must be a duration such as "6h", "7d" or "PT6H"',
});

const label = z.object({ en: z.string().min(1), fr: z.string().min(1) }).strict();

const jurisdiction = z
  .object({
    level: z.enum(JURISDICTION_LEVELS),
    code: z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'must be an ISO 3166 code such as CA or CA-AB'),
    municipality: z.string().min(1).optional(),
  })
  .strict();

const schedule = z.union([
  z.literal('manual'),
  z.object({ incremental: duration.optional(), full: duration.optional() }).strict(),
]);

/** One `sources:` entry as written in the file (also what `PUT /api/v1/sources/{id}` takes). */
export const sourceEntrySchema = z
  .object({
    id: z.string().regex(SOURCE_ID_PATTERN, 'must be lower-case letters, digits and dashes (at most 63)'),
    name: label,
    type: z.string().refine((t) => kindOf(t) !== undefined, { message: `must be one of ${kindNames().join(', ')}` }),
    url: z.url({ protocol: /^https?$/ }),
    jurisdiction,
    publisher: z.object({ id: z.string().min(1), name: z.record(z.string(), z.string()) }).strict().optional(),
    primaryLanguage: z.enum(['en', 'fr', 'bilingual']),
    licenceGate: z
      .array(z.string().refine((id) => licenceById(id) !== undefined, { message: 'is not a known licence id' }))
      .default([]),
    filters: z.record(z.string(), z.union([z.string(), z.array(z.string())])).default({}),
    organizationJurisdictions: z.record(z.string(), jurisdiction).default({}),
    schedule: schedule.default('manual'),
    enabled: z.boolean().default(true),
    allowPrivateNetwork: z
      .union([z.boolean(), z.array(z.string().refine(isAddressOrRange, { message: 'must be an IP address or a CIDR range such as 10.2.0.0/16' })).min(1)], {
        error: 'must be true, false or a list of IP addresses and CIDR ranges',
      })
      .default(false),
    priority: z.number().finite().default(DEFAULT_PRIORITY),
    options: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

const harvest = z
  .object({
    withdrawalGrace: duration.default('7d'),
    concurrency: z.number().int().min(1).max(32).default(4),
    perHostConcurrency: z.number().int().min(1).max(16).default(1),
    timeout: duration.default('60s'),
    retries: z.number().int().min(0).max(10).default(4),
    // 500: half the memory of CKAN's maximum of 1000 for three sources at once, no slower (measured).
    pageSize: z.number().int().min(1).max(1000).default(500),
  })
  .strict()
  .default({ withdrawalGrace: '7d', concurrency: 4, perHostConcurrency: 1, timeout: '60s', retries: 4, pageSize: 500 });

const file = z.object({ harvest, server: serverSchema, sources: z.array(z.unknown()) }).strict();

export function describePath(path: PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = describePath(issue.path);
  return where ? `field "${where}": ${issue.message}` : issue.message;
}

function toJurisdiction(j: z.infer<typeof jurisdiction>): Jurisdiction {
  return j.municipality ? { level: j.level, code: j.code, municipality: j.municipality } : { level: j.level, code: j.code };
}

function toSourceConfig(s: z.infer<typeof sourceEntrySchema>): SourceConfig {
  const sched = s.schedule === 'manual' ? {} : s.schedule;
  const organizationJurisdictions: Record<string, Jurisdiction> = {};
  for (const [org, j] of Object.entries(s.organizationJurisdictions)) organizationJurisdictions[org] = toJurisdiction(j);
  const config: SourceConfig = {
    id: s.id,
    name: s.name,
    type: s.type,
    url: s.url,
    jurisdiction: toJurisdiction(s.jurisdiction),
    primaryLanguage: s.primaryLanguage,
    licenceGate: s.licenceGate.map((id) => licenceById(id)?.id ?? id),
    filters: Object.fromEntries(Object.entries(s.filters).map(([k, v]) => [k, Array.isArray(v) ? v : [v]])),
    organizationJurisdictions,
    enabled: s.enabled,
    allowPrivateNetwork: s.allowPrivateNetwork,
    priority: s.priority,
    ...(Object.keys(s.options).length > 0 ? { options: s.options } : {}),
    schedule: {
      ...(sched.incremental ? { incrementalMs: parseDuration(sched.incremental) } : {}),
      ...(sched.full ? { fullMs: parseDuration(sched.full) } : {}),
    },
  };
  if (s.publisher) config.publisher = { id: s.publisher.id, name: s.publisher.name };
  if (s.schedule !== 'manual') {
    config.scheduleText = [sched.incremental && `incremental ${sched.incremental}`, sched.full && `full ${sched.full}`]
      .filter(Boolean)
      .join(', ');
  }
  return config;
}

/** Validates a parsed configuration document. `where` names the file in errors. */
export function parseConfig(data: unknown, where: string): FederaConfig {
  const top = file.safeParse(data ?? {});
  if (!top.success) throw new ConfigError(`${where}: ${firstIssue(top.error)}`);
  const sources: SourceConfig[] = [];
  const ids = new Set<string>();
  top.data.sources.forEach((raw, index) => {
    const id = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
    const name = id ? `source "${id}" (sources[${index}])` : `sources[${index}]`;
    const parsed = sourceEntrySchema.safeParse(raw);
    if (!parsed.success) throw new ConfigError(`${where}: ${name}: ${firstIssue(parsed.error)}`);
    try {
      kindOf(parsed.data.type)?.parseOptions(parsed.data.options);
    } catch (error) {
      if (error instanceof OptionsError) throw new ConfigError(`${where}: ${name}: field "options.${error.field}": ${error.message}`);
      throw error;
    }
    if (ids.has(parsed.data.id)) throw new ConfigError(`${where}: ${name}: field "id": "${parsed.data.id}" is used by another source`);
    ids.add(parsed.data.id);
    sources.push(toSourceConfig(parsed.data));
  });
  const h = top.data.harvest;
  return {
    file: where,
    sources,
    server: toServerSettings(top.data.server),
    harvest: {
      withdrawalGraceMs: parseDuration(h.withdrawalGrace)!,
      concurrency: h.concurrency,
      perHostConcurrency: h.perHostConcurrency,
      timeoutMs: parseDuration(h.timeout)!,
      retries: h.retries,
      pageSize: h.pageSize,
    },
  };
}

/** Reads and validates a sources.yaml file. */
export function loadConfig(path: string): FederaConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0];
    throw new ConfigError(`${path}${line ? `:${line.line}:${line.col}` : ''}: invalid YAML: ${e.message.split('\n')[0]}`);
  }
  return parseConfig(doc.toJS(), path);
}
