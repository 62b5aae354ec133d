// Issue 6's "Done when", end to end with the built CLI and `federa serve`: a 4th-plan tracker file
// no other test has seen is imported; CA0073's federated-search indicator counts the provincial and
// municipal sources whose last full harvest succeeded; a progress report posted with a token shows
// in the history and the Atom feed, and one without a token is refused; the iCalendar feed parses.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoConfigInput } from '../../src/cli/commands/demo.js';
import { startSimulatedPortals, type SimulatedPortals } from '../../src/sources/ckan/simulator/index.js';
import { runCli } from '../helpers/cli.js';
import { startServeProcess } from '../helpers/serve-process.js';

// Written here, unlike the unit tests' files: other commitment codes, semi-annual periods, leads as
// a list, supporting departments under another key, deadlines in the forms trackers use.
const FOURTH_PLAN = `dataset_type: nap4
title: 4th National Action Plan on Open Government Tracker
resources:
- title: 4th National Action Plan on Open Government Tracker
  resource_name: nap4
  fields:
  - datastore_id: reporting_period
    choices:
      2019-03: 2019-03
      2019-09: 2019-09
      2020-03: 2020-03
  - datastore_id: commitments
    choices:
      C03:
        en: Open Science
        fr: Science ouverte
      C10:
        en: Open Government Community
        fr: Communauté du gouvernement ouvert
  - datastore_id: milestones
    choices:
      C03.1:
        en: Publish a roadmap for open science
        fr: Publier une feuille de route pour la science ouverte
      C10.5:
        en: Extend the federated open data search
        fr: Étendre la recherche fédérée de données ouvertes
  - datastore_id: indicators
    choices:
      C03.1.1:
        en: Roadmap published
        fr: Feuille de route publiée
        deadline:
          en: By fall 2019
          fr: D'ici l'automne 2019
        lead_dept: [ised-isde, nrc-cnrc]
      C03.1.2:
        en: Departments publish their open science action plans
        fr: Les ministères publient leurs plans d'action sur la science ouverte
        due_date: 2020-01
        deadline:
          en: January 2020
          fr: Janvier 2020
        lead_dept: ised-isde
        supt_sept: "nrcan-rncan; eccc"
      C10.5.1:
        en: Government of Canada has federated open data with at least 2 additional provinces and 2 municipalities
        fr: Le gouvernement du Canada a fédéré ses données ouvertes avec au moins 2 autres provinces et 2 municipalités
        deadline:
          en: May 2020
          fr: Mai 2020
        lead_dept: tbs-sct
`;

let dir: string;
let portals: SimulatedPortals;
let serve: ChildProcess | undefined;
let base: string;
let token: string;
const db = () => join(dir, 'federa.db');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'federa-community-e2e-'));
  portals = await startSimulatedPortals({ portals: ['federal', 'quebec', 'city'], records: { federal: 40, quebec: 30, city: 20 } });
  const config = demoConfigInput(portals.portals) as { sources: { url: string }[] };
  const [, quebec, city] = portals.portals;
  // The same simulated portals under other jurisdictions: two provinces and two municipalities in
  // all, and a province whose portal does not answer (its harvest fails, so it does not count).
  const more = [
    { ...config.sources.find((s) => s.url === quebec!.url)!, id: 'alberta', name: { en: 'Alberta', fr: 'Alberta' }, jurisdiction: { level: 'provincial', code: 'CA-AB' } },
    { ...config.sources.find((s) => s.url === city!.url)!, id: 'edmonton', name: { en: 'Edmonton', fr: 'Edmonton' }, jurisdiction: { level: 'municipal', code: 'CA-AB', municipality: 'Edmonton' } },
    { ...config.sources.find((s) => s.url === quebec!.url)!, id: 'nowhere', name: { en: 'Nowhere', fr: 'Nulle part' }, url: 'http://127.0.0.1:9/', jurisdiction: { level: 'provincial', code: 'CA-BC' } },
  ];
  writeFileSync(join(dir, 'sources.yaml'), JSON.stringify({ ...config, sources: [...config.sources, ...more], harvest: { retries: 0, timeout: '5s' } }));
  const harvest = await runCli(['harvest', '--config', join(dir, 'sources.yaml'), '--db', db(), '--full']);
  expect(harvest.code, harvest.stderr).toBe(1); // the source that does not answer
  const created = await runCli(['tokens', 'create', '--role', 'editor', '--name', 'done-when', '--db', db()]);
  expect(created.code, created.stderr).toBe(0);
  token = /fed_[A-Za-z0-9_-]+/.exec(created.stdout)![0];
}, 120_000);

afterAll(async () => {
  serve?.kill('SIGTERM');
  await portals?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function startServe(): Promise<string> {
  const started = await startServeProcess(join(dir, 'sources.yaml'), db());
  serve = started.child;
  return started.url;
}

const get = async (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });

describe('issue 6, done when', () => {
  it('imports a 4th-plan tracker file no test has seen: its commitments, milestones and indicators', async () => {
    const file = join(dir, 'canada-nap4.yaml');
    writeFileSync(file, FOURTH_PLAN);
    const imported = await runCli(['community', 'import', file, '--db', db(), '--json']);
    expect(imported.code, imported.stderr + imported.stdout).toBe(0);
    // Twice: nothing new the second time.
    const again = await runCli(['community', 'import', file, '--db', db(), '--json']);
    expect(again.code, again.stderr).toBe(0);
    const first = JSON.parse(imported.stdout) as { saved: Record<string, { created: string[]; updated: string[] }>; problems: unknown[] };
    expect(first.problems).toEqual([]);
    expect(first.saved.indicator!.created.length + first.saved.indicator!.updated.length).toBe(3);
    const second = JSON.parse(again.stdout) as typeof first;
    for (const saved of Object.values(second.saved)) expect([...saved.created, ...saved.updated]).toEqual([]);

    base = await startServe();
    const plan = (await (await get('/api/v1/community/plans/AP_CAN04')).json()) as { commitmentList: { commitment: { id: string } }[] };
    const ids = plan.commitmentList.map((c) => c.commitment.id);
    expect(ids).toContain('AP_CAN04:C03');
    // The tracker's C10 is the seeded CA0073, not a twin.
    expect(ids).toContain('CA0073');
    expect(ids).not.toContain('AP_CAN04:C10');
    const science = (await (await get('/api/v1/community/commitments/AP_CAN04:C03')).json()) as { milestones: { id: string }[]; indicators: { indicator: { id: string; deadline: { precision: string; due: string } } }[] };
    expect(science.milestones.map((m) => m.id)).toEqual(['AP_CAN04:C03.1']);
    expect(science.indicators.map((i) => [i.indicator.id, i.indicator.deadline.precision, i.indicator.deadline.due])).toEqual([
      ['AP_CAN04:C03.1.1', 'season', '2019-11-30'],
      ['AP_CAN04:C03.1.2', 'month', '2020-01-31'],
    ]);
  }, 60_000);

  it("counts CA0073's federated-search indicator from the provincial and municipal sources harvested", async () => {
    const response = await get('/api/v1/community/indicators/AP_CAN04:C10.5.1');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { targets: { count?: { levels?: string[] }; actual?: number; target: number; records: { id: string }[] }[] };
    const byLevel = new Map(body.targets.map((t) => [t.count?.levels?.join(','), t]));
    expect(byLevel.get('provincial')!.records.map((r) => r.id).sort()).toEqual(['alberta', 'demo-quebec']);
    expect(byLevel.get('provincial')!.actual).toBe(2);
    expect(byLevel.get('municipal')!.records.map((r) => r.id).sort()).toEqual(['demo-city', 'edmonton']);
    expect(byLevel.get('municipal')!.actual).toBe(2);
  });

  it('shows a progress report posted with a token in the history and the Atom feed; refuses one without', async () => {
    const report = { period: '2019-09', status: 'LP', progress: { en: '- Alberta onboarded', fr: '- Alberta intégrée' }, challenges: { en: 'Staffing', fr: 'Personnel' }, evidence: { en: '[Portal](https://open.alberta.ca/)' } };
    const url = '/api/v1/community/indicators/AP_CAN04:C10.5.1/progress';
    const refused = await fetch(`${base}${url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(report) });
    expect(refused.status).toBe(401);
    const posted = await fetch(`${base}${url}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(report) });
    expect(posted.status, await posted.clone().text()).toBe(201);
    const stored = (await posted.json()) as { id: string };
    const history = (await (await get(url)).json()) as { results: { id: string; recordedBy: string }[] };
    expect(history.results.map((r) => [r.id, r.recordedBy])).toEqual([[stored.id, 'api:done-when']]);
    const feed = await (await get('/api/v1/community/commitments/CA0073/feed.atom')).text();
    expect(feed).toContain('<feed');
    expect(feed).toContain('Alberta onboarded');
  });

  it('serves an iCalendar feed that an independent parser reads, with an event an editor added', async () => {
    const event = {
      kind: 'data-literacy',
      title: { en: 'Data literacy day', fr: 'Journée de littératie des données' },
      description: { en: 'Workshops', fr: 'Ateliers' },
      start: '2020-02-12T09:00:00-05:00',
      end: '2020-02-12T16:00:00-05:00',
      timeZone: 'America/Toronto',
      attendance: 'in-person',
      organizers: ['CSPS'],
      countries: ['CA'],
      indicators: [],
      status: 'confirmed',
    };
    const created = await fetch(`${base}/api/v1/community/events`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(event) });
    expect(created.status, await created.clone().text()).toBe(201);
    const ics = await get('/events.ics');
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await ics.text()));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toContain('Data literacy day');
    const day = events.find((e) => e.summary === 'Data literacy day')!;
    expect(day.startDate.toJSDate().toISOString()).toBe('2020-02-12T14:00:00.000Z');
  });
});
