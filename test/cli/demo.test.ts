// The demo's portals of every kind through the built command line: a harvest of each source that
// search finds at the source's jurisdiction level, and `federa demo` itself, which harvests them
// and stops (every simulator closed) on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoConfigInput } from '../../src/cli/commands/demo.js';
import { startDemoPortals, type DemoPortals } from '../../src/cli/commands/demo-portals.js';
import { kindNames } from '../../src/harvest/kinds.js';
import { CLI, runCli } from '../helpers/cli.js';

interface Facet {
  value: string;
  count: number;
}
interface SearchJson {
  total: number;
  facets: Record<string, Facet[]>;
}
interface Expected {
  id: string;
  type: string;
  level: string;
}

// A small demo: about ten records for each kind beside the CKAN portals.
const RECORDS = 240;

let portals: DemoPortals;
let dir: string;
let expected: Expected[];
let demo: ChildProcess | undefined;

beforeAll(async () => {
  portals = await startDemoPortals(RECORDS);
  dir = mkdtempSync(join(tmpdir(), 'federa-demo-'));
  expected = [...portals.ckan.map((p) => ({ ...p, type: 'ckan' })), ...portals.others].map((p) => ({
    id: p.id,
    type: p.type,
    level: p.jurisdiction.level,
  }));
});
afterAll(async () => {
  // A demo left running by a failed test would keep its portals open.
  if (demo && demo.exitCode === null && demo.signalCode === null) demo.kill('SIGKILL');
  await portals?.close();
});

async function searchJson(db: string, filters: string[]): Promise<SearchJson> {
  const search = await runCli(['search', '--json', '--db', db, '--size', '0', ...filters.flatMap((f) => ['--filter', f])]);
  expect(search.code, search.stderr).toBe(0);
  return JSON.parse(search.stdout) as SearchJson;
}

const countOf = (facet: Facet[] | undefined, value: string): number => facet?.find((f) => f.value === value)?.count ?? 0;

describe('a harvest of the demo portals', () => {
  it('finds the records of every source, and some at the level of the source’s jurisdiction', async () => {
    const db = join(dir, 'harvest.db');
    const config = join(dir, 'sources.yaml');
    // JSON is YAML: the configuration the demo builds, written as a user's sources.yaml.
    writeFileSync(config, JSON.stringify(demoConfigInput(portals.ckan, portals.others), null, 2));
    const harvest = await runCli(['harvest', '--full', '--config', config, '--db', db]);
    expect(harvest.code, harvest.stderr).toBe(0);
    expect([...new Set(expected.map((e) => e.type))].sort()).toEqual([...kindNames()].sort());
    // The source facet counts each source's own copies, also of datasets other sources hold.
    const all = await searchJson(db, []);
    for (const source of expected) {
      const line = new RegExp(`${source.id}: succeeded in [\\d.]+ s: (\\d+) seen, (\\d+) added`).exec(harvest.stderr);
      expect(line, `${source.id} in:\n${harvest.stderr}`).not.toBeNull();
      const added = Number(line![2]);
      expect(added, source.id).toBeGreaterThan(0);
      expect(countOf(all.facets['source'], source.id), source.id).toBe(added);
    }
    // Some sources also carry other levels' records (a province's cities): their own level must be there too.
    for (const level of new Set(expected.map((e) => e.level))) {
      const atLevel = await searchJson(db, [`jurisdictionLevel=${level}`]);
      for (const source of expected.filter((e) => e.level === level)) expect(countOf(atLevel.facets['source'], source.id), `${source.id} at ${level}`).toBeGreaterThan(0);
    }
  }, 120_000);
});

describe('federa demo', () => {
  it('lists a portal of every kind, harvests them all and stops on SIGTERM', async () => {
    const child = (demo = spawn(process.execPath, [CLI, 'demo', '--records', '20', '--port', '0', '--db', join(dir, 'demo.db')], {
      env: { ...process.env, FEDERA_LANG: 'en', CI: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    }));
    let stderr = '';
    // The kind of each portal on the startup lines (`  demo-fgp (csw) http://127.0.0.1:…`).
    const listed = () => [...stderr.matchAll(/^ {2}demo-[\w-]+ \(([\w-]+)\) http:\/\/127\.0\.0\.1:\d+/gm)].map((m) => m[1]!);
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const harvested = new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        const ended = (stderr.match(/^[\w-]+: (succeeded|failed)/gm) ?? []).length;
        if (/^[\w-]+: failed/m.test(stderr)) reject(new Error(stderr));
        else if (ended > 0 && ended === listed().length) resolve();
      });
      void exited.then(() => reject(new Error(`demo exited early:\n${stderr}`)));
    });
    try {
      await harvested;
      const kinds = listed();
      // The three CKAN portals and one of every other kind.
      expect(kinds).toHaveLength(kindNames().length + 2);
      expect([...new Set(kinds)].sort()).toEqual([...kindNames()].sort());
      const url = /at (http:\/\/\S+) \(API/.exec(stderr)![1]!;
      const sources = (await (await fetch(`${url}/api/v1/sources`)).json()) as { results: Array<{ type: string; lastJob?: { status: string } }> };
      expect(sources.results.map((s) => s.type).sort()).toEqual([...kinds].sort());
      expect(sources.results.every((s) => s.lastJob?.status === 'succeeded')).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
    // The process ends only once the API and every simulator have closed.
    expect(await exited, stderr).toBe(0);
  }, 120_000);
});
