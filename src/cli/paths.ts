// Where the database and the configuration are, unless told otherwise.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (dist/cli/paths.js and src/cli/paths.ts are both two levels below it). */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const DEFAULT_CONFIG = resolve(PACKAGE_ROOT, 'config/sources.yaml');

/** `--db`, then `FEDERA_DB`, then `./data/federa.db`; the folder is created. */
export function databasePath(option?: string, fallback = './data/federa.db'): string {
  const path = resolve(option ?? process.env.FEDERA_DB ?? fallback);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

export function configPath(option?: string): string {
  return resolve(option ?? process.env.FEDERA_CONFIG ?? DEFAULT_CONFIG);
}
