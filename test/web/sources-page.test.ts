// The sources, source and job pages over a harvested catalogue: every source with its kind,
// jurisdiction, datasets, last harvest and counts, next run and whether it is harvesting; a
// source's recent harvests; a job's report and problems, in both languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UiLang } from '../../src/core/langstring.js';
import { formatNumber } from '../../src/web/i18n/messages.js';
import { pagePath } from '../../src/web/urls.js';
import { HOSTILE_REMOTE, HOSTILE_SOURCE } from '../browser/helpers/hostile-records.js';
import { dom, harvestedApp, type HarvestedApp } from './harvested-app.js';

let site: HarvestedApp;

beforeAll(async () => {
  site = await harvestedApp();
});
afterAll(async () => {
  await site?.close();
});

async function get(url: string) {
  const response = await site.app.inject({ url });
  return { status: response.statusCode, body: response.body, dom: dom(response.body) };
}

type Page = ReturnType<typeof dom>;
type Node = Page['document']['children'][number];

function isInside(node: Node, root: Node | undefined): boolean {
  for (let at: Node | null = node; at; at = at.parent as Node | null) if (at === root) return true;
  return false;
}

/** The facts (`div.fact` of dt and dd) of the page, or of one card, as term → text. */
function facts(d: Page, root?: Node): Map<string, string> {
  const out = new Map<string, string>();
  for (const div of d.all((e) => e.name === 'div' && d.attr(e, 'class') === 'fact' && (!root || isInside(e, root)))) {
    const [dt, dd] = div.children.filter((c): c is typeof div => 'name' in c);
    if (dt?.name === 'dt' && dd?.name === 'dd') out.set(d.text(dt), d.spaced(dd));
  }
  return out;
}

describe('sources page', () => {
  it('lists every source with its kind, jurisdiction, datasets, last harvest, counts and next run (en)', async () => {
    const sources = await site.harvested.catalogue.store.listSources();
    expect(sources.length).toBe(4);
    const { status, dom: d } = await get('/en/sources');
    expect(status).toBe(200);
    expect(d.text(d.byTag('h1')[0]!)).toBe('Sources');
    for (const source of sources) {
      const card = d.all((e) => e.name === 'article' && d.attr(e, 'aria-labelledby') === `source-${source.settings.id}`)[0];
      expect(card, source.settings.id).toBeDefined();
      expect(d.links(card!)[0]).toEqual([source.settings.name.en, `/en/sources/${source.settings.id}`]);
      const f = facts(d, card!);
      expect(f.get('Kind of portal')).toBe('CKAN');
      expect(f.get('Datasets held')).toBe(formatNumber('en', source.activeCount));
      const job = source.lastJob!;
      expect(f.get('Last harvest')).toMatch(new RegExp(`^${job.status === 'succeeded' ? 'Succeeded' : 'Partial'} [A-Z][a-z]+ \\d{1,2}, \\d{4} at .* UTC \\(full\\)$`));
      expect(d.links(card!).map(([, href]) => href)).toContain(`/en/jobs/${job.id}`);
      expect(f.get('Counts of the last harvest')).toBe(`Added ${job.counts.added} Updated ${job.counts.updated} Unchanged ${job.counts.unchanged} Withdrawn ${job.counts.withdrawn} Problems ${job.problems.length + job.problemsOmitted}`);
      // The demo portals run every 10 minutes (full every hour); the hostile one is manual.
      expect(f.get('Next harvest')).toMatch(source.settings.id === HOSTILE_SOURCE ? /^Manual \(no schedule\)$/ : /^Incremental, [A-Z][a-z]+ \d{1,2}, \d{4} at .* UTC$/);
    }
    const jurisdiction = facts(d, d.all((e) => d.attr(e, 'aria-labelledby') === 'source-demo-quebec')[0]!).get('Jurisdiction');
    expect(jurisdiction).toBe('Quebec (Provincial)');
  });

  it('says which sources are being harvested now, in French too', async () => {
    site.active.push('demo-city');
    try {
      const { dom: d, body } = await get('/fr/sources');
      expect(body).toContain('<html lang="fr">');
      const harvesting = d.all((e) => e.name === 'article' && d.text(e).includes('Moissonnage en cours')).map((e) => d.attr(e, 'aria-labelledby'));
      expect(harvesting).toEqual(['source-demo-city']);
      const quebec = facts(d, d.all((e) => d.attr(e, 'aria-labelledby') === 'source-demo-quebec')[0]!);
      expect(quebec.get('Dernier moissonnage')).toMatch(/^Réussi \d{1,2} [a-zéû]+ \d{4} à .* UTC \(complet\)$/);
      expect(quebec.get('Prochain moissonnage')).toMatch(/^Incrémentiel, /);
      expect(facts(d, d.all((e) => d.attr(e, 'aria-labelledby') === `source-${HOSTILE_SOURCE}`)[0]!).get('Prochain moissonnage')).toBe('Manuel (sans calendrier)');
    } finally {
      site.active.length = 0;
    }
    expect((await get('/en/sources')).body).not.toContain('Harvesting now');
  });
});

describe('source page', () => {
  it('shows the source and its recent harvests, each linked to its report', async () => {
    const jobs = await site.harvested.catalogue.store.jobs('demo-quebec', 20);
    expect(jobs.length).toBeGreaterThan(0);
    for (const lang of ['en', 'fr'] as UiLang[]) {
      const { status, dom: d } = await get(pagePath(lang, 'sources', 'demo-quebec'));
      expect(status).toBe(200);
      const f = facts(d);
      expect(f.get(lang === 'en' ? 'Schedule' : 'Calendrier')).toBe(lang === 'en' ? 'Incremental every 10 minutes, full every 1 hour' : 'Incrémentiel à intervalle de 10 minutes et complet à intervalle de 1 heure');
      const hrefs = d.links().map(([, href]) => href);
      for (const job of jobs) expect(hrefs).toContain(pagePath(lang, 'job', job.id));
    }
    expect((await get('/en/sources/no-such-source')).status).toBe(404);
  });
});

describe('job page', () => {
  it('reports a harvest: status, times, counts and its problems with record and reason', async () => {
    const job = site.hostileJob;
    expect(job.problems.map((p) => p.recordId)).toContain(HOSTILE_REMOTE.broken);
    const { status, dom: d } = await get(pagePath('en', 'job', job.id));
    expect(status).toBe(200);
    expect(d.text(d.byTag('h1')[0]!)).toBe('Harvest of Harbour <i>portal</i>');
    const f = facts(d);
    expect(f.get('Status')).toBe({ succeeded: 'Succeeded', partial: 'Partial', failed: 'Failed', running: 'Running' }[job.status]);
    expect(f.get('Mode')).toBe('Full');
    expect(f.get('Started')).toMatch(/UTC$/);
    const counts = d.all((e) => e.name === 'table' && d.attr(e, 'class') === 'counts-table')[0]!;
    expect(d.spaced(counts)).toContain(`Seen ${job.counts.seen} Added ${job.counts.added}`);
    expect(d.spaced(counts)).toContain(`Could not be read ${job.counts.failed}`);
    const rows = d.all((e) => e.name === 'tr' && isInside(e, d.all((t) => t.name === 'table' && d.attr(t, 'class') === 'problems')[0]!)).slice(1);
    expect(rows).toHaveLength(job.problems.length);
    const broken = job.problems.find((p) => p.recordId === HOSTILE_REMOTE.broken)!;
    expect(rows.map((r) => d.text(r))).toContainEqual(expect.stringContaining(`${HOSTILE_REMOTE.broken}`));
    expect(rows.map((r) => d.text(r)).join('\n')).toContain(broken.reason);
  });

  it('marks the harvester’s English reasons with lang="en" on the French page', async () => {
    const job = site.hostileJob;
    const { status, body, dom: d } = await get(pagePath('fr', 'job', job.id));
    expect(status).toBe(200);
    expect(d.text(d.byTag('h1')[0]!)).toBe('Moissonnage de Portail <i>du port</i>');
    const reasons = d.all((e) => e.name === 'td' && d.attr(e, 'lang') === 'en').map((e) => d.text(e));
    expect(reasons).toEqual(job.problems.map((p) => p.reason.replace(/\s+/g, ' ').trim()));
    expect(body).toContain('Raison (telle que le moissonneur l’a écrite)');
    // No lang on them in English.
    expect((await get(pagePath('en', 'job', job.id))).body).not.toContain('lang="en"><');
  });

  it('says how many problems the report did not keep', async () => {
    const store = site.harvested.catalogue.store;
    const job = { ...site.hostileJob, id: `${site.hostileJob.id}-omitted`, problemsOmitted: 1234 };
    await store.saveJob(job);
    expect((await get(pagePath('en', 'job', job.id))).body).toContain('1,234 more problems were not kept in the report.');
    expect((await get(pagePath('fr', 'job', job.id))).body).toContain('1\u00a0234 autres problèmes n’ont pas été gardés dans le rapport.');
  });

  it('answers an unknown job with the 404 page', async () => {
    const en = await get('/en/jobs/no-such-job');
    expect(en.status).toBe(404);
    expect(en.body).toContain('Page not found');
    expect((await get('/fr/moissonnages/aucun')).status).toBe(404);
  });
});
