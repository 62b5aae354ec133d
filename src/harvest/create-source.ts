// From a configured source to the adapter of its portal kind.
import { createCkanSource } from '../sources/ckan/source.js';
import type { HttpClient } from '../sources/http.js';
import type { Source } from '../sources/source.js';
import type { SourceConfig } from './config.js';
import type { SourceKind } from './kinds.js';

const factories: Record<SourceKind, (config: SourceConfig, http: HttpClient, pageSize: number) => Source> = {
  ckan: (config, http, pageSize) => createCkanSource(config, http, { rows: pageSize }),
};

export function createSource(config: SourceConfig, http: HttpClient, pageSize: number): Source {
  const factory = factories[config.type as SourceKind];
  if (!factory) throw new Error(`source "${config.id}": no adapter for type "${config.type}"`);
  return factory(config, http, pageSize);
}
