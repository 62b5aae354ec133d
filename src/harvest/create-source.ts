// From a configured source to the adapter of its portal kind.
import type { HttpClient } from '../sources/http.js';
import type { Source } from '../sources/source.js';
import type { SourceConfig } from './config.js';
import { kindOf } from './kinds.js';

export function createSource(config: SourceConfig, http: HttpClient, pageSize: number): Source {
  const kind = kindOf(config.type);
  if (!kind) throw new Error(`source "${config.id}": no adapter for type "${config.type}"`);
  return kind.create(config, http, { pageSize });
}
