// The `options:` of a CSW source in sources.yaml, checked once.
import { OptionsError } from '../kind.js';
import { NS } from './xml/namespaces.js';

export interface CswOptions {
  /** `GET` (KVP, the default) or `POST` (an XML GetRecords body) for servers that need it. */
  method: 'GET' | 'POST';
  /** Records per GetRecords page. */
  maxRecords: number;
  /** A CQL text (`AnyText like '%eau%'`) or an OGC filter (`<ogc:Filter>…`). */
  constraint?: string;
  outputSchema: string;
  typeNames: string;
  elementSetName: 'full' | 'summary' | 'brief';
  /** The record's page on the geoportal, `{id}` standing for its file identifier. */
  recordUrl?: string;
  /** Incremental runs ask for records whose `Modified` queryable is recent (default true). */
  incremental: boolean;
}

export const DEFAULT_MAX_RECORDS = 50;
export const MAX_MAX_RECORDS = 1000;

const KNOWN = ['method', 'maxRecords', 'constraint', 'outputSchema', 'typeNames', 'elementSetName', 'recordUrl', 'incremental'];

function text(options: Record<string, unknown>, field: string): string | undefined {
  const value = options[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new OptionsError(field, `"${field}" must be non-empty text`);
  return value.trim();
}

export function parseCswOptions(options: Record<string, unknown> = {}, defaultMaxRecords = DEFAULT_MAX_RECORDS): CswOptions {
  for (const key of Object.keys(options)) {
    if (!KNOWN.includes(key)) throw new OptionsError(key, `unknown CSW option "${key}" (known: ${KNOWN.join(', ')})`);
  }
  const method = (text(options, 'method') ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'POST') throw new OptionsError('method', `"method" must be GET or POST, not "${method}"`);
  const rawMax = options['maxRecords'];
  let maxRecords = Math.min(defaultMaxRecords, MAX_MAX_RECORDS);
  if (rawMax !== undefined) {
    if (typeof rawMax !== 'number' || !Number.isInteger(rawMax) || rawMax < 1 || rawMax > MAX_MAX_RECORDS) {
      throw new OptionsError('maxRecords', `"maxRecords" must be a whole number from 1 to ${MAX_MAX_RECORDS}`);
    }
    maxRecords = rawMax;
  }
  const elementSetName = text(options, 'elementSetName') ?? 'full';
  if (elementSetName !== 'full' && elementSetName !== 'summary' && elementSetName !== 'brief') {
    throw new OptionsError('elementSetName', '"elementSetName" must be full, summary or brief');
  }
  const recordUrl = text(options, 'recordUrl');
  if (recordUrl !== undefined && (!/^https?:\/\//i.test(recordUrl) || !recordUrl.includes('{id}'))) {
    throw new OptionsError('recordUrl', '"recordUrl" must be an http(s) URL with {id} where the record\'s identifier goes');
  }
  const incremental = options['incremental'] ?? true;
  if (typeof incremental !== 'boolean') throw new OptionsError('incremental', '"incremental" must be true or false');
  const constraint = text(options, 'constraint');
  return {
    method,
    maxRecords,
    ...(constraint !== undefined ? { constraint } : {}),
    outputSchema: text(options, 'outputSchema') ?? NS.gmd,
    typeNames: text(options, 'typeNames') ?? 'csw:Record',
    elementSetName,
    ...(recordUrl !== undefined ? { recordUrl } : {}),
    incremental,
  };
}
