// The steps every "unseen catalogue" test takes through the built CLI: detect the portal at a
// loopback URL, harvest it in full into a fresh database, then read back what was stored.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { DatasetRecord } from '../../../src/core/dataset.js';
import { datasetId } from '../../../src/core/ids.js';
import type { JobReport } from '../../../src/harvest/report.js';
import { openCatalogue } from '../../../src/search/catalogue.js';
import type { SearchResponse } from '../../../src/search/types.js';
import { runCli, type CliResult } from '../../helpers/cli.js';

/** A data file of a kind's unseen catalogues, as text. */
export function unseenFile(kind: string, name: string): string {
  return readFileSync(join(import.meta.dirname, kind, name), 'utf8');
}

export function unseenJson<T = unknown>(kind: string, name: string): T {
  return JSON.parse(unseenFile(kind, name)) as T;
}

/** A home page, for the site title detection reads. */
export function homePage(title: string): { body: string; contentType: string } {
  return { body: `<!doctype html><html><head><title>${title}</title></head><body></body></html>`, contentType: 'text/html; charset=utf-8' };
}

/** `sources detect URL`: the kind it names first and its whole output. */
export async function detect(url: string): Promise<{ kind: string | undefined; result: CliResult }> {
  const result = await runCli(['sources', 'detect', url]);
  const kind = /: a ([a-z-]+) portal/.exec(result.stdout)?.[1];
  return { kind, result };
}

export interface Harvested {
  db: string;
  result: CliResult;
}

/** `harvest --full` of the given sources.yaml entries (loopback allowed) into a new database. */
export async function harvestFull(sources: Record<string, unknown>[], harvest: Record<string, unknown> = {}): Promise<Harvested> {
  const dir = mkdtempSync(join(tmpdir(), 'federa-unseen-'));
  const db = join(dir, 'federa.db');
  const config = join(dir, 'sources.yaml');
  const entries = sources.map((s) => ({ allowPrivateNetwork: true, schedule: 'manual', ...s }));
  writeFileSync(config, stringify({ harvest: { retries: 0, ...harvest }, sources: entries }));
  const result = await runCli(['harvest', '--full', '--config', config, '--db', db]);
  return { db, result };
}

export interface Stored {
  /** Active records by remote id. */
  get(remoteId: string): DatasetRecord;
  job: JobReport;
  /** How many records of the source search finds. */
  total: number;
}

/** The source's stored records (through the store, as the API serves them) and its last job. */
export async function stored(db: string, sourceId: string): Promise<Stored> {
  const catalogue = openCatalogue({ path: db });
  try {
    const source = await catalogue.store.getSource(sourceId);
    if (!source?.lastJob) throw new Error(`source ${sourceId} has no job in ${db}`);
    const search: SearchResponse = await catalogue.search({ filters: { source: [sourceId] }, size: 100 });
    const records = new Map<string, DatasetRecord>();
    for (const hit of search.results) {
      const found = await catalogue.store.getDataset(hit.id);
      if (found?.state === 'active') records.set(found.record.provenance.remoteId, found.record);
    }
    return {
      job: source.lastJob,
      total: search.total,
      get(remoteId) {
        const record = records.get(remoteId);
        if (!record) throw new Error(`no active record ${datasetId(sourceId, remoteId)}; stored: ${[...records.keys()].join(', ')}`);
        return record;
      },
    };
  } finally {
    await catalogue.close();
  }
}

/** Format and URL of each distribution, in order. */
export function formatsAndUrls(record: DatasetRecord): Array<[string | undefined, string]> {
  return record.distributions.map((d) => [d.format, d.url]);
}
