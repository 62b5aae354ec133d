// The robustness issue's "Done when", through the built CLI: three good portals and fifteen
// hostile ones that no other test has seen (new malformed payloads, redirect chains to private
// addresses written five ways, entity expansion in XML, a portal process killed with SIGKILL in
// the middle of a page) harvested together in one `federa harvest --full` over a catalogue
// every one of them filled while healthy. Then state-changing requests to `federa serve`
// without a valid token.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobReport } from '../../src/harvest/report.js';
import { openCatalogue } from '../../src/search/catalogue.js';
import { SIMULATORS, type PortalDescription, type SimulatedPortalHandle } from '../../src/sources/simulators.js';
import { CLI, runCli, type CliResult } from '../helpers/cli.js';
import { startRouteServer, type RouteServer } from '../helpers/route-server.js';
import { catalogueRows, type StoredRow } from './hostile-unseen/catalogue-rows.js';
import { startHostileProxy, startInside, type HostileProxy, type Hostility, type Inside } from './hostile-unseen/hostile-proxy.js';
import { startKilledPortal, type KilledPortal } from './hostile-unseen/killed-portal.js';
import {
  bomAndNulBytes,
  cswParameterEntities,
  hubNextElsewhere,
  numbersDeepInRecord,
  opendatasoftAsOctets,
  RDF_RECORDS,
  rdfCatalogue,
  rdfQuadraticBlowup,
  redirectChain,
  resultsAsObject,
  socrataAsXml,
  turtleCutMidTriple,
} from './hostile-unseen/payloads.js';

/** Only the portals' own address is allowed among private ones: every other is as the internet's. */
const ALLOWED = ['127.0.0.1'];

interface Case {
  id: string;
  kind: string;
  /** What the job must say: the cause, in words. */
  cause: RegExp;
  hostility: (inside: Inside) => Hostility;
  records?: number;
}

let deepNumberId = '';
const CASES: Case[] = [
  { id: 'bom-nul', kind: 'ckan', cause: /not JSON|NUL/i, hostility: () => bomAndNulBytes },
  { id: 'results-object', kind: 'ckan', cause: /results/, hostility: () => resultsAsObject },
  { id: 'deep-number', kind: 'ckan', cause: /malformed at resources\[0\]\.url: expected a URL as text/, hostility: () => numbersDeepInRecord(() => deepNumberId) },
  { id: 'turtle-cut', kind: 'dcat', cause: /Turtle|unexpected|end of/i, hostility: () => turtleCutMidTriple },
  // The next page is asked of the configured site (where the guard and politeness apply), not of the other host.
  { id: 'hub-elsewhere', kind: 'arcgis-hub', cause: /127\.0\.0\.1:\d+\/latest\/meta-data\/.* is not a Hub v3 datasets page.*links\.next named http:\/\/127\.0\.0\.2:\d+\/.*on another host/, hostility: (inside) => hubNextElsewhere(inside.url) },
  { id: 'csw-dtd', kind: 'csw', cause: /parameter entity "file".*refused/, hostility: (inside) => cswParameterEntities(inside.url) },
  { id: 'socrata-xml', kind: 'socrata', cause: /not JSON|XML/i, hostility: () => socrataAsXml },
  { id: 'ods-octets', kind: 'opendatasoft', cause: /not JSON|UTF-8|not valid text/i, hostility: () => opendatasoftAsOctets },
  { id: 'to-metadata', kind: 'ckan', cause: /refused to connect to 169\.254\.169\.254/, hostility: () => redirectChain('http://169.254.169.254/latest/meta-data/') },
  { id: 'to-ipv6-loopback', kind: 'ckan', cause: /refused to connect to \[::1\]/, hostility: (inside) => redirectChain(`http://[::1]:${inside.port}/admin`) },
  { id: 'to-ten-net', kind: 'ckan', cause: /refused to connect to 10\.20\.30\.40/, hostility: () => redirectChain('http://10.20.30.40/internal/api/3/action/package_search') },
  // 2130706434 is 127.0.0.2 written as one decimal number.
  { id: 'to-decimal-ip', kind: 'ckan', cause: /refused to connect to 127\.0\.0\.2/, hostility: (inside) => redirectChain(`http://2130706434:${inside.port}/latest/meta-data/`) },
  { id: 'to-mapped-ipv6', kind: 'ckan', cause: /refused to connect to \[::ffff:7f00:2\]/, hostility: (inside) => redirectChain(`http://[::ffff:127.0.0.2]:${inside.port}/latest/meta-data/`) },
];
const RDF_CASE = { id: 'rdf-blowup', cause: /entity "tide" of \d+ characters.*quadratic entity expansion\): refused/ };
const KILLED = { id: 'killed', cause: /connection closed before the end of the response|ECONNREFUSED|ECONNRESET/ };
const GOOD = [
  { id: 'good-ckan', kind: 'ckan', records: 12 },
  { id: 'good-socrata', kind: 'socrata', records: 10 },
  { id: 'good-csw', kind: 'csw', records: 8 },
];
const HOSTILE_IDS = [...CASES.map((c) => c.id), RDF_CASE.id, KILLED.id];

const simulated: SimulatedPortalHandle[] = [];
const proxies = new Map<string, HostileProxy>();
let rdfPortal: RouteServer;
let killed: KilledPortal;
let inside: Inside;
let dir: string;
let db: string;
let config: string;
let before: Map<string, StoredRow>;
let second: CliResult;
let jobs: Map<string, JobReport>;
let killedBy: NodeJS.Signals | null;
/** Each hostile source's own address (origin). */
const addresses = new Map<string, string>();

function entry(id: string, description: PortalDescription, url: string): Record<string, unknown> {
  return {
    id,
    name: { en: `Portal ${id}`, fr: `Portail ${id}` },
    type: description.type,
    url,
    jurisdiction: description.jurisdiction,
    primaryLanguage: description.primaryLanguage,
    ...(description.publisher ? { publisher: description.publisher } : {}),
    ...(description.organizationJurisdictions ? { organizationJurisdictions: description.organizationJurisdictions } : {}),
    ...(description.options ? { options: description.options } : {}),
    schedule: 'manual',
    allowPrivateNetwork: ALLOWED,
  };
}

async function simulate(kind: string, records: number, seed: number): Promise<PortalDescription> {
  const handle = await SIMULATORS[kind]!({ records, seed });
  simulated.push(handle);
  return handle.description;
}

async function lastJobs(): Promise<Map<string, JobReport>> {
  const catalogue = openCatalogue({ path: db });
  try {
    const found = new Map<string, JobReport>();
    for (const source of await catalogue.store.listSources()) if (source.lastJob) found.set(source.settings.id, source.lastJob);
    return found;
  } finally {
    await catalogue.close();
  }
}

/** Active records of a source in a snapshot. */
const recordsOf = (rows: Map<string, StoredRow>, sourceId: string) => [...rows].filter(([id, row]) => id.startsWith(`${sourceId}:`) && row.state === 'active').length;

const harvestAll = () => runCli(['harvest', '--full', '--config', config, '--db', db]);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'federa-hostile-'));
  db = join(dir, 'federa.db');
  config = join(dir, 'sources.yaml');
  inside = await startInside();
  const sources: Record<string, unknown>[] = [];
  for (const [n, good] of GOOD.entries()) {
    const description = await simulate(good.kind, good.records, 500 + n);
    sources.push(entry(good.id, description, description.url));
  }
  for (const [n, c] of CASES.entries()) {
    const description = await simulate(c.kind, c.records ?? 9, 100 + n);
    const origin = new URL(description.url).origin;
    const proxy = await startHostileProxy(origin, c.hostility(inside));
    proxies.set(c.id, proxy);
    addresses.set(c.id, proxy.url);
    sources.push(entry(c.id, description, description.url.replace(origin, proxy.url)));
  }
  rdfPortal = await startRouteServer((url) => (url.pathname === '/catalog.rdf' ? { body: rdfCatalogue(), contentType: 'application/rdf+xml; charset=utf-8' } : undefined));
  const rdfProxy = await startHostileProxy(rdfPortal.url, rdfQuadraticBlowup);
  proxies.set(RDF_CASE.id, rdfProxy);
  addresses.set(RDF_CASE.id, rdfProxy.url);
  sources.push({
    ...entry(RDF_CASE.id, { type: 'dcat', jurisdiction: { level: 'provincial', code: 'CA-NS' }, primaryLanguage: 'en' } as PortalDescription, `${rdfProxy.url}/catalog.rdf`),
    options: { format: 'rdfxml' },
  });
  killed = await startKilledPortal(12, 900);
  sources.push(entry(KILLED.id, killed.description, killed.description.url));
  addresses.set(KILLED.id, new URL(killed.description.url).origin);
  writeFileSync(config, stringify({ harvest: { retries: 1, timeout: '30s', concurrency: 4, pageSize: 5 }, sources }));

  // While every portal behaves: the catalogue they all fill.
  const first = await harvestAll();
  const firstJobs = await lastJobs();
  const notGood = [...firstJobs.values()].filter((j) => j.status !== 'succeeded').map((j) => `${j.sourceId}: ${j.status} ${j.error ?? ''} ${JSON.stringify(j.problems.slice(0, 2))}`);
  if (first.code !== 0 || notGood.length > 0 || firstJobs.size !== sources.length) throw new Error(`the healthy harvest did not succeed: ${notGood.join('\n')}\n${first.stderr}`);
  before = catalogueRows(db);
  deepNumberId = [...before.keys()].find((id) => id.startsWith('deep-number:'))!.slice('deep-number:'.length);

  for (const proxy of proxies.values()) proxy.hostile = true;
  killed.dieMidPage();
  second = await harvestAll();
  killedBy = await Promise.race([killed.died, new Promise<null>((resolve) => setTimeout(() => resolve(null), 1000))]);
  jobs = await lastJobs();
}, 420_000);

afterAll(async () => {
  await Promise.all([...proxies.values()].map((p) => p.close()));
  await Promise.all(simulated.map((s) => s.close()));
  await rdfPortal?.close();
  await killed?.close();
  await inside?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('done when: hostile sources no test has seen, harvested with good ones over an existing catalogue', () => {
  it('the portal process was killed with SIGKILL in the middle of a page', () => {
    expect(killedBy).toBe('SIGKILL');
  });

  it.each([...CASES.map((c) => [c.id, c.cause] as const), [RDF_CASE.id, RDF_CASE.cause] as const, [KILLED.id, KILLED.cause] as const])(
    '%s: the job ends failed or partial with a problem naming the source and the cause',
    (id, cause) => {
      const job = jobs.get(id);
      expect(job, `a job for ${id}`).toBeDefined();
      expect(['failed', 'partial']).toContain(job!.status);
      const reasons = [job!.error, ...job!.problems.flatMap((p) => [p.reason, p.url])].filter((r): r is string => r !== undefined);
      expect(reasons.some((r) => cause.test(r)), `${id}: ${JSON.stringify(reasons)}`).toBe(true);
      expect(job!.problems.every((p) => p.sourceId === id)).toBe(true);
      expect(job!.counts.withdrawn).toBe(0);
      // Where it happened: the source's own address, or the private address it was led to.
      const where = addresses.get(id)!;
      expect(reasons.some((r) => r.includes(where) || /refused to connect to/.test(r)), `${id}: ${where} in ${JSON.stringify(reasons)}`).toBe(true);
    },
  );

  it('every record that was in the catalogue before is still there, unchanged', () => {
    const after = catalogueRows(db);
    for (const id of [...GOOD.map((g) => g.id), ...HOSTILE_IDS]) expect(recordsOf(before, id), id).toBeGreaterThan(0);
    expect(recordsOf(before, RDF_CASE.id)).toBe(RDF_RECORDS);
    const changed = [...before].filter(([id, row]) => {
      const now = after.get(id);
      return now === undefined || now.state !== 'active' || now.hash !== row.hash || now.record !== row.record;
    });
    expect(changed.map(([id]) => id)).toEqual([]);
  });

  it('the good sources succeed with all their records', () => {
    for (const good of GOOD) {
      const held = recordsOf(before, good.id);
      expect(jobs.get(good.id)).toMatchObject({ status: 'succeeded', complete: true, counts: { seen: held, unchanged: held, failed: 0, withdrawn: 0 } });
      expect(recordsOf(catalogueRows(db), good.id)).toBe(held);
    }
  });

  it('the harvest process exits normally, saying which sources failed', () => {
    expect(second.code).toBe(1); // documented: 1 when any source failed
    expect(second.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    for (const id of HOSTILE_IDS) expect(`${second.stdout}${second.stderr}`).toContain(id);
  });

  it('nothing reached the private addresses the hostile portals pointed at', () => {
    expect(inside.hits).toEqual([]);
  });
});

describe('done when: a state-changing request without a valid token is refused', () => {
  it('POST /api/v1/sources/{id}/harvest without a token, with a garbage one and with a revoked one: 401, nothing started', async () => {
    const created = async (role: string) => JSON.parse((await runCli(['tokens', 'create', '--role', role, '--json', '--db', db])).stdout) as { id: string; token: string };
    const revoked = await created('admin');
    expect((await runCli(['tokens', 'revoke', revoked.id, '--db', db])).code).toBe(0);
    const valid = await created('editor');

    const child = spawn(process.execPath, [CLI, 'serve', '--config', config, '--db', db, '--port', '0'], { env: { ...process.env, FEDERA_LANG: 'en' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no serving line in: ${stderr}`)), 30_000);
        child.stderr.on('data', () => {
          const m = /serving \d+ dataset\(s\) at (http:\/\/[\d.:]+)/.exec(stderr);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        });
      });
      const source = GOOD[0]!.id;
      const jobIds = async () => ((await (await fetch(`${url}/api/v1/sources/${source}/jobs?limit=100`)).json()) as { results: { id: string }[] }).results.map((j) => j.id);
      const harvesting = async () => ((await (await fetch(`${url}/health`)).json()) as { harvesting: string[] }).harvesting;
      const post = (authorization?: string) =>
        fetch(`${url}/api/v1/sources/${source}/harvest`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
          body: JSON.stringify({ mode: 'full' }),
        });
      const jobsBefore = await jobIds();
      expect(jobsBefore.length).toBe(2);

      for (const [what, authorization] of [
        ['no token', undefined],
        ['a garbage token', 'Bearer fed_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
        ['not a bearer token', `Basic ${Buffer.from('admin:admin').toString('base64')}`],
        ['a revoked token', `Bearer ${revoked.token}`],
      ] as const) {
        const refused = await post(authorization);
        expect(refused.status, what).toBe(401);
        expect(refused.headers.get('www-authenticate'), what).toMatch(/^Bearer/);
        expect(await jobIds(), what).toEqual(jobsBefore);
        expect(await harvesting(), what).toEqual([]);
      }
      // The same request with a valid token does start a harvest: the refusals above were the token's.
      const accepted = await post(`Bearer ${valid.token}`);
      expect(accepted.status).toBe(202);
      expect(await jobIds()).toContain(((await accepted.json()) as { job: string }).job);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 120_000);
});
