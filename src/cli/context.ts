// What every command opens: the catalogue (database) and, for some, the sources configuration.
import type { UiLang } from '../core/langstring.js';
import { loadConfig, type FederaConfig } from '../harvest/config.js';
import { openCatalogue, type Catalogue } from '../search/catalogue.js';
import { configPath, databasePath } from './paths.js';

export interface GlobalOptions {
  db?: string;
  config?: string;
  lang?: string;
}

export function openDatabase(options: GlobalOptions, fallback?: string): Catalogue {
  return openCatalogue({ path: databasePath(options.db, fallback) });
}

export function readConfig(options: GlobalOptions): FederaConfig {
  return loadConfig(configPath(options.config));
}

/** A failure the user can act on: printed without a stack trace, exit code 2 unless given. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export function localized(lang: UiLang, en: string, fr: string | undefined): string {
  return lang === 'fr' && fr ? fr : en;
}
