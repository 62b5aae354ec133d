// Catalogues written by hand in the shapes of real portals no other test uses
// (test/e2e/unseen/<kind>/), served from loopback and harvested through the built command line as
// an operator would: `sources detect`, then `harvest --full`, then the stored records read back.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DatasetRecord } from '../../src/core/dataset.js';
import type { JobReport } from '../../src/harvest/report.js';
import { datasetId } from '../../src/core/ids.js';
import { openCatalogue } from '../../src/search/catalogue.js';
import { runCli, type CliResult } from './cli.js';
import { startRouteServer, type Route, type RouteServer } from './route-server.js';

export const UNSEEN = resolve(import.meta.dirname, '../e2e/unseen');

/** A file of test/e2e/unseen/<kind>/ with `{{base}}` (absolute links to the portal itself) made
 * the loopback server's address. */
export function unseenFile(kind: string, name: string, base: string): string {
  return readFileSync(join(UNSEEN, kind, name), 'utf8').split('{{base}}').join(base);
}

/** Serves what `route` answers for a URL; `route` gets the server's own address to fill links in. */
export async function startUnseenPortal(route: (url: URL, base: string, index: number, req: Parameters<Route>[2]) => ReturnType<Route>): Promise<RouteServer> {
  let base = '';
  const server = await startRouteServer((url, index, req) => route(url, base, index, req));
  base = server.url;
  return server;
}

export interface UnseenHarvest {
  cli: CliResult;
  job: JobReport;
  /** The source's active records by remote id. */
  records: Map<string, DatasetRecord>;
  dbPath: string;
}

/** `federa harvest --full` of one source (its sources.yaml entry lines given), then its job and records. */
export async function harvestUnseen(sourceLines: string[], remoteIds: readonly string[]): Promise<UnseenHarvest> {
  const dir = mkdtempSync(join(tmpdir(), 'federa-unseen-'));
  const dbPath = join(dir, 'federa.db');
  const config = join(dir, 'sources.yaml');
  writeFileSync(config, ['sources:', ...sourceLines.map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`)), '    allowPrivateNetwork: true', ''].join('\n'));
  const cli = await runCli(['harvest', '--full', '--config', config, '--db', dbPath]);
  const id = /^id:\s*(\S+)/.exec(sourceLines[0] ?? '')?.[1] ?? '';
  const catalogue = openCatalogue({ path: dbPath });
  try {
    const source = await catalogue.store.getSource(id);
    const job = source?.lastJob;
    if (job === undefined) throw new Error(`no job was recorded for source "${id}": ${cli.stderr}`);
    const records = new Map<string, DatasetRecord>();
    for (const remoteId of remoteIds) {
      const stored = await catalogue.store.getDataset(datasetId(id, remoteId));
      if (stored?.state === 'active') records.set(remoteId, stored.record);
    }
    return { cli, job, records, dbPath };
  } finally {
    await catalogue.close();
  }
}

/** What a record says to a reader, in a form to compare whole: lists whose order the source does
 * not fix (RDF values, keywords, subjects) sorted, distributions by URL, absent fields left out. */
export function summary(record: DatasetRecord): Record<string, unknown> {
  const keywords: Record<string, string[]> = {};
  for (const [tag, list] of Object.entries(record.keywords)) if (list !== undefined) keywords[tag] = [...list].sort();
  const distributions = [...record.distributions]
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map((d) => ({
      url: d.url,
      title: d.title,
      ...(d.format !== undefined ? { format: d.format } : {}),
      ...(d.mediaType !== undefined ? { mediaType: d.mediaType } : {}),
      ...(d.size !== undefined ? { size: d.size } : {}),
      ...(d.resourceType !== undefined ? { resourceType: d.resourceType } : {}),
      ...(d.languages.length > 0 ? { languages: [...d.languages].sort() } : {}),
    }));
  const optional = {
    publisher: record.publisher,
    licence: record.licence,
    frequency: record.frequency,
    issued: record.issued,
    modified: record.modified,
    temporal: record.temporal,
    spatial: record.spatial,
    contactPoint: record.contactPoint,
    accessRights: record.accessRights,
    landingPage: record.provenance.landingPage,
  };
  return {
    title: record.title,
    description: record.description,
    keywords,
    subjects: [...record.subjects].sort(),
    languages: [...record.languages].sort(),
    distributions,
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
  };
}
