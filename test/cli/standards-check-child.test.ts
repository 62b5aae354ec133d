// `serve`'s scheduled standards check: a `federa standards check` child (the built CLI) fetches
// the files of the datasets of each standard's kind, with their source's network rules, and keeps
// each outcome for the coverage page.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleStandardsChecks } from '../../src/cli/standards-check-child.js';
import { openCatalogue } from '../../src/search/catalogue.js';
import { getStandard } from '../../src/standards/registry.js';
import { CLI } from '../helpers/cli.js';
import { startRouteServer, type RouteServer } from '../helpers/route-server.js';
import { copyOf } from '../store/records.js';
import { brokenPermits } from '../standards/broken-example.js';

let dir: string;
let server: RouteServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'federa-standards-check-'));
  const example = readFileSync(getStandard('building-permits')!.examplePath);
  server = await startRouteServer((url) => {
    if (url.pathname === '/permits-2024.csv') return { body: example, contentType: 'text/csv' };
    if (url.pathname === '/permits-2023.csv') return { body: brokenPermits().csv, contentType: 'text/csv' };
    return undefined;
  });
  writeFileSync(
    join(dir, 'sources.yaml'),
    `sources:
  - id: city
    name: { en: City open data, fr: Données ouvertes de la ville }
    type: ckan
    url: ${server.url}/ckan
    jurisdiction: { level: municipal, code: CA-ON, municipality: Toronto }
    primaryLanguage: en
    allowPrivateNetwork: true
`,
  );
  const catalogue = openCatalogue({ path: join(dir, 'federa.db') });
  await catalogue.store.write([
    copyOf('city', 'p2024', { title: { en: 'Building permits issued in 2024' }, urls: [`${server.url}/permits-2024.csv`] }),
    copyOf('city', 'p2023', { title: { en: 'Building permits issued in 2023' }, urls: [`${server.url}/permits-2023.csv`] }),
  ]);
  await catalogue.close();
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('scheduled standards checks', () => {
  it('runs the check in a child process, logs its summary and keeps each file’s outcome', async () => {
    const lines: string[] = [];
    const schedule = scheduleStandardsChecks({ cli: CLI, db: join(dir, 'federa.db'), configFile: join(dir, 'sources.yaml'), lang: 'en', everyMs: 3_600_000, firstAfterMs: 0, log: (l) => lines.push(l) });
    for (let waited = 0; !lines.some((l) => /file\(s\) checked/.test(l)) && waited < 60_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    await schedule.stop();
    expect(lines.find((l) => /file\(s\) checked/.test(l))).toMatch(/2 file\(s\) checked: 1 valid, 1 not valid/);
    const catalogue = openCatalogue({ path: join(dir, 'federa.db') });
    try {
      const checks = await catalogue.store.listStandardChecks('building-permits');
      expect(checks.map((c) => [c.url.split('/').pop(), c.status]).sort()).toEqual([
        ['permits-2023.csv', 'invalid'],
        ['permits-2024.csv', 'valid'],
      ]);
    } finally {
      await catalogue.close();
    }
  }, 90_000);
});
