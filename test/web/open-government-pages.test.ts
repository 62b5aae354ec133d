// The open government tracker's pages over the seeded plans and CA0073, in both languages: the
// home, a plan's status counts, a commitment (overdue flag in words, feed link, IRM panel apart),
// an indicator (computed actuals with the records counted, deadline history), the due list, 404s,
// and hostile text escaped.
import Fastify from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Commitment, Indicator, IrmAssessment } from '../../src/core/community/types.js';
import { translatePath } from '../../src/web/urls.js';
import { webRoutes } from '../../src/web/server.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { declaration, event, job } from '../community/records.js';
import { sourceSettings } from '../store/records.js';
import { stubDocument } from '../store/stub-document.js';
import { get } from './form-helpers.js';
import { trackerApp, type TrackerApp } from './open-government-app.js';
import { all, attr, byId, byTag, links, parsePage, text } from './page-dom.js';

let t: TrackerApp;
beforeEach(async () => {
  t = await trackerApp();
});
afterEach(() => t.close());

const page = async (url: string, status = 200) => {
  const response = await get(t.app, url);
  expect(response.statusCode, url).toBe(status);
  return { body: response.body, doc: parsePage(response.body) };
};

const h1 = (doc: ReturnType<typeof parsePage>) => text(byTag(doc, 'h1')[0]!);
const alternate = (doc: ReturnType<typeof parsePage>) => attr(all(doc, (e) => e.name === 'link' && attr(e, 'rel') === 'alternate' && attr(e, 'hreflang') !== undefined)[0]!, 'href');

describe('paths in both languages', () => {
  it('translates the sub-page word and keeps the id and query', () => {
    expect(translatePath('/en/open-government')).toBe('/fr/gouvernement-ouvert');
    expect(translatePath('/en/open-government/commitments/CA0073?x=1')).toBe('/fr/gouvernement-ouvert/engagements/CA0073?x=1');
    expect(translatePath('/fr/gouvernement-ouvert/indicateurs/AP_CAN04%3AC10.5.1')).toBe('/en/open-government/indicators/AP_CAN04%3AC10.5.1');
    expect(translatePath('/fr/gouvernement-ouvert/a-faire')).toBe('/en/open-government/due');
    expect(translatePath('/en/open-government/events')).toBe('/fr/gouvernement-ouvert/evenements');
    expect(translatePath('/en/sources/abc')).toBe('/fr/sources/abc');
  });

  it('has no tracker pages without a tracker', async () => {
    const store = SqliteStore.open({ path: ':memory:', buildDocument: stubDocument });
    const app = Fastify();
    await app.register(webRoutes({ store, search: async () => ({}) as never }));
    try {
      expect((await get(app, '/en/open-government')).statusCode).toBe(404);
      expect((await get(app, '/fr/gouvernement-ouvert/engagements/CA0073')).statusCode).toBe(404);
    } finally {
      await app.close();
      await store.close();
    }
  });
});

describe('the tracker home', () => {
  it('lists the plans with their counts and links to every part of the tracker, in English', async () => {
    const { doc } = await page('/en/open-government');
    expect(h1(doc)).toBe('Open government');
    expect(alternate(doc)).toBe('/fr/gouvernement-ouvert');
    const nav = links(all(doc, (e) => e.name === 'nav')[0]!).find((l) => l.href === '/en/open-government')!;
    expect(nav.name).toBe('Open government');
    expect(attr(nav.element, 'aria-current')).toBe('page');
    const row = all(doc, (e) => e.name === 'tr').find((tr) => links(tr).some((l) => l.href === '/en/open-government/plans/AP_CAN04'))!;
    // Title, years, 10 commitments, 16 indicators, C SP LP NS none.
    expect(byTag(row, 'td').map(text).slice(0, 8)).toEqual(['2018–2020', '10', '16', '0', '0', '0', '0', '16']);
    const hrefs = links(doc).map((l) => l.href);
    for (const href of ['/en/open-government/due', '/en/open-government/events', '/en/open-government/charter', '/en/open-government/learning', '/en/open-government/declarations']) {
      expect(hrefs).toContain(href);
    }
  });

  it('is in French under /fr/gouvernement-ouvert', async () => {
    await t.report('AP_CAN04:C10.5.1', '2019-03', { status: 'C' });
    const { doc } = await page('/fr/gouvernement-ouvert');
    expect(h1(doc)).toBe('Gouvernement ouvert');
    expect(alternate(doc)).toBe('/en/open-government');
    const row = all(doc, (e) => e.name === 'tr').find((tr) => links(tr).some((l) => l.href === '/fr/gouvernement-ouvert/plans/AP_CAN04'))!;
    expect(text(byTag(row, 'th')[0]!)).toBe('Plan d’action du Canada 2018-2020');
    expect(byTag(row, 'td').map(text).slice(3, 8)).toEqual(['1', '0', '0', '0', '15']);
    const hrefs = links(doc).map((l) => l.href);
    for (const href of ['/fr/gouvernement-ouvert/a-faire', '/fr/gouvernement-ouvert/evenements', '/fr/gouvernement-ouvert/charte', '/fr/gouvernement-ouvert/apprentissage', '/fr/gouvernement-ouvert/declarations']) {
      expect(hrefs).toContain(href);
    }
  });
});

describe('a plan', () => {
  it('counts the latest status of each commitment’s indicators', async () => {
    await t.report('AP_CAN04:C10.1.1', '2019-03', { status: 'LP', challenges: { en: 'x', fr: 'x' } });
    await t.report('AP_CAN04:C10.1.1', '2019-06', { status: 'C' });
    await t.report('AP_CAN04:C10.2.1', '2019-06', { status: 'SP' });
    await t.report('AP_CAN04:C10.3.1', '2019-06', { status: 'NS', challenges: { en: 'x', fr: 'x' } });
    const { doc } = await page('/en/open-government/plans/AP_CAN04');
    expect(h1(doc)).toBe('Canada Action Plan 2018-2020');
    const headers = byTag(all(doc, (e) => e.name === 'table' && attr(e, 'class') === 'commitments')[0]!, 'thead').flatMap((h) => byTag(h, 'th')).map(text);
    expect(headers.slice(0, 6)).toEqual(['Commitment', 'Complete', 'Substantial progress', 'Limited progress', 'Not started', 'No report']);
    const row = all(doc, (e) => e.name === 'tr').find((tr) => links(tr).some((l) => l.href === '/en/open-government/commitments/CA0073'))!;
    expect(byTag(row, 'td').map(text).slice(0, 5)).toEqual(['1', '1', '0', '1', '13']);
    // The bar is decoration: the numbers carry it.
    expect(attr(byTag(row, 'svg')[0]!, 'aria-hidden')).toBe('true');
    const other = all(doc, (e) => e.name === 'tr').find((tr) => links(tr).some((l) => l.href === '/en/open-government/commitments/CA0064'))!;
    expect(text(other)).toContain('No indicator');
  });

  it('is in French, and unknown plans are 404 pages in each language', async () => {
    const { doc } = await page('/fr/gouvernement-ouvert/plans/AP_CAN04');
    expect(h1(doc)).toBe('Plan d’action du Canada 2018-2020');
    expect(alternate(doc)).toBe('/en/open-government/plans/AP_CAN04');
    expect(text(doc)).toContain('Aucun rapport');
    expect(h1((await page('/en/open-government/plans/AP_XXX99', 404)).doc)).toBe('Page not found');
    expect(h1((await page('/fr/gouvernement-ouvert/plans/AP_XXX99', 404)).doc)).toBe('Page introuvable');
  });
});

describe('a commitment', () => {
  it('shows its facts, text, milestones and indicators, and offers its feed', async () => {
    const { doc } = await page('/en/open-government/commitments/CA0073');
    expect(h1(doc)).toBe('CA0073 Open Government Community');
    const feed = all(doc, (e) => e.name === 'link' && attr(e, 'type') === 'application/atom+xml')[0]!;
    expect(attr(feed, 'href')).toBe('/api/v1/community/commitments/CA0073/feed.atom?lang=en');
    expect(links(doc).find((l) => l.href === '/api/v1/community/commitments/CA0073/feed.atom?lang=en')?.name).toBe('Follow its progress (Atom feed)');
    expect(links(doc).map((l) => l.href)).toContain('https://www.opengovpartnership.org/members/canada/commitments/CA0073/');
    expect(text(doc)).toContain('Treasury Board of Canada Secretariat (TBS)');
    expect(text(doc)).toContain('The Government of Canada will demonstrate leadership');
    const indicatorLinks = links(doc).filter((l) => l.href.startsWith('/en/open-government/indicators/'));
    expect(indicatorLinks).toHaveLength(16);
    expect(indicatorLinks[0]!.href).toBe('/en/open-government/indicators/AP_CAN04%3AC10.1.1');
    expect(byTag(doc, 'h3').map(text)).toContain('C10.5 Building on current collaboration between the Governments of Canada and Alberta, extend federated open data search pilot to additional provinces and onboard at least 2 municipalities');
  });

  it('is found by its plan-qualified code too, and is in French', async () => {
    const { doc } = await page('/fr/gouvernement-ouvert/engagements/AP_CAN04%3AC10');
    expect(h1(doc)).toBe('CA0073 Communauté du gouvernement ouvert');
    expect(text(doc)).toContain('Le gouvernement du Canada fera preuve de leadership');
    expect(attr(all(doc, (e) => e.name === 'link' && attr(e, 'type') === 'application/atom+xml')[0]!, 'href')).toBe('/api/v1/community/commitments/CA0073/feed.atom?lang=fr');
    expect(links(doc).find((l) => l.href.endsWith('feed.atom?lang=fr'))?.name).toBe('Suivre ses progrès (fil Atom)');
    expect(alternate(doc)).toBe('/en/open-government/commitments/AP_CAN04%3AC10');
    expect(h1((await page('/en/open-government/commitments/CA9999', 404)).doc)).toBe('Page not found');
  });

  it('flags overdue indicators in words, not only by colour, and not once complete', async () => {
    const row = (doc: ReturnType<typeof parsePage>, code: string) =>
      all(doc, (e) => e.name === 'tr').find((tr) => links(tr).some((l) => l.href.endsWith(`%3A${code}`)))!;
    t.clock.now = new Date('2019-04-15T12:00:00Z');
    let { doc } = await page('/en/open-government/commitments/CA0073');
    // Spring 2019 ends June 20: not yet overdue in April.
    expect(text(row(doc, 'C10.1.2'))).not.toContain('Overdue');
    t.clock.now = new Date('2019-07-01T12:00:00Z');
    ({ doc } = await page('/en/open-government/commitments/CA0073'));
    expect(text(row(doc, 'C10.1.2'))).toContain('Overdue');
    expect(text(row(doc, 'C10.1.2'))).toContain('Spring 2019');
    expect(text(row(doc, 'C10.1.2'))).toContain('precision: season');
    await t.report('AP_CAN04:C10.1.2', '2019-06', { status: 'C' });
    ({ doc } = await page('/en/open-government/commitments/CA0073'));
    expect(text(row(doc, 'C10.1.2'))).not.toContain('Overdue');
    expect(text(row(doc, 'C10.1.2'))).toContain('Complete');
    ({ doc } = await page('/fr/gouvernement-ouvert/engagements/CA0073'));
    expect(text(row(doc, 'C10.2.1'))).not.toContain('En retard');
    t.clock.now = new Date('2026-11-27T12:00:00Z');
    ({ doc } = await page('/fr/gouvernement-ouvert/engagements/CA0073'));
    expect(text(row(doc, 'C10.2.1'))).toContain('En retard');
  });

  it('lists every report in its history and keeps IRM assessments in their own panel', async () => {
    await t.report('AP_CAN04:C10.5.1', '2019-03', { status: 'LP', challenges: { en: 'Slow start', fr: 'Début lent' } });
    await t.report('AP_CAN04:C10.5.1', '2019-06', { status: 'SP', evidence: { en: 'See [the search](https://search.open.canada.ca/)', fr: 'Voir [la recherche](https://search.open.canada.ca/)' } });
    const irm: IrmAssessment = { id: 'CA0073:end-of-term:2021', commitment: 'CA0073', report: 'end-of-term', year: 2021, completion: 'Substantial', potentialImpact: 'Moderate', starred: false };
    await t.store.saveCommunity('irm', [irm], '2026-01-02T00:00:00.000Z');
    const { doc } = await page('/en/open-government/commitments/CA0073');
    const history = all(doc, (e) => e.name === 'ol' && attr(e, 'class') === 'timeline')[0]!;
    const entries = all(history, (e) => e.name === 'li' && attr(e, 'class') === 'timeline-entry');
    expect(entries).toHaveLength(2);
    expect(text(entries[0]!)).toContain('Period ending June 2019 Substantial progress');
    expect(text(entries[1]!)).toContain('Slow start');
    const evidence = links(doc).find((l) => l.href === 'https://search.open.canada.ca/')!;
    expect(attr(evidence.element, 'rel')).toBe('nofollow noopener noreferrer');
    const panel = all(doc, (e) => e.name === 'section' && attr(e, 'aria-labelledby') === 'irm-heading')[0]!;
    expect(text(panel)).toContain('End-of-term report 2021');
    expect(text(panel)).toMatch(/Completion\s*Substantial/);
    expect(text(history)).not.toContain('End-of-term');
    const fr = (await page('/fr/gouvernement-ouvert/engagements/CA0073')).doc;
    expect(text(byId(fr, 'irm-heading')!)).toBe('Évaluations indépendantes (MEI)');
    expect(text(fr)).toContain('Rapport de fin de mandat 2021');
    expect(text(fr)).toContain('Début lent');
  });
});

describe('an indicator', () => {
  it('shows its targets with the actuals counted, linking each source counted to its page', async () => {
    for (const [id, level] of [['alberta', 'provincial'], ['bc', 'provincial'], ['toronto', 'municipal']] as const) {
      await t.store.saveSource({ ...sourceSettings(id), jurisdiction: { level, code: 'CA' } }, { enabled: true });
      await t.store.saveJob(job(id, `${id}-1`, { startedAt: '2026-01-02T00:00:00.000Z' }));
    }
    const { doc } = await page('/en/open-government/indicators/AP_CAN04%3AC10.5.1');
    expect(h1(doc)).toBe('Indicator C10.5.1');
    expect(alternate(doc)).toBe('/fr/gouvernement-ouvert/indicateurs/AP_CAN04%3AC10.5.1');
    const rows = byTag(all(doc, (e) => e.name === 'table' && attr(e, 'class') === 'targets')[0]!, 'tr').slice(1);
    expect(rows.map((r) => byTag(r, 'td').map(text))).toEqual([
      ['1', '3', '2', 'No'],
      ['0', '2', '1', 'No'],
    ]);
    const sourceLinks = links(doc).filter((l) => l.href.startsWith('/en/sources/'));
    expect(sourceLinks.map((l) => [l.name, l.href])).toEqual([
      ['Source alberta', '/en/sources/alberta'],
      ['Source bc', '/en/sources/bc'],
      ['Source toronto', '/en/sources/toronto'],
    ]);
    expect(text(doc)).toContain('May 2019 to onboard 2 provinces; May 2020 to onboard 2 municipalities');
    expect(text(doc)).toContain('Overdue');
  });

  it('links each event and declaration counted to its page', async () => {
    await t.store.saveCommunity('event', [event('peer-ottawa-2019', { start: '2019-05-29T09:00:00-04:00' }), event('peer-2017', { start: '2017-05-29T09:00:00-04:00' })], '2026-01-02T00:00:00.000Z');
    await t.store.saveCommunity('declaration', [declaration('ottawa-2019', { date: '2019-05-30' })], '2026-01-02T00:00:00.000Z');
    const { doc } = await page('/fr/gouvernement-ouvert/indicateurs/AP_CAN04%3AC10.3.3');
    const hrefs = links(doc).map((l) => l.href);
    expect(hrefs).toContain('/fr/gouvernement-ouvert/evenements/peer-ottawa-2019');
    expect(hrefs).toContain('/fr/gouvernement-ouvert/declarations/ottawa-2019');
    expect(hrefs).not.toContain('/fr/gouvernement-ouvert/evenements/peer-2017');
  });

  it('is found by its bare code, is in French, shows the deadline history, and is a 404 when unknown', async () => {
    const found = (await t.store.getCommunity('indicator', 'AP_CAN04:C10.6.1'))!.data;
    const moved: Indicator = {
      ...found,
      deadline: { precision: 'month', from: '2020-12-01', due: '2020-12-31', text: { en: 'December 2020', fr: 'décembre 2020' } },
      deadlineHistory: [...found.deadlineHistory, { deadline: { precision: 'month', from: '2020-12-01', due: '2020-12-31', text: { en: 'December 2020', fr: 'décembre 2020' } }, at: '2020-03-01T00:00:00.000Z', by: 'import:canada-nap4.csv' }],
    };
    await t.store.saveCommunity('indicator', [moved], '2026-01-02T00:00:00.000Z');
    const { doc } = await page('/fr/gouvernement-ouvert/indicateurs/C10.6.1');
    expect(h1(doc)).toBe('Indicateur C10.6.1');
    const history = all(doc, (e) => e.name === 'ol' && attr(e, 'class') === 'deadline-history')[0]!;
    expect(byTag(history, 'li')).toHaveLength(found.deadlineHistory.length + 1);
    expect(text(history)).toContain('décembre 2020 (fixée le');
    expect(text(history)).toContain('import:canada-nap4.csv');
    expect(text(doc)).toContain('Aucun progrès n’a encore été déclaré.');
    expect(h1((await page('/en/open-government/indicators/AP_CAN04%3AC99.9.9', 404)).doc)).toBe('Page not found');
    expect(h1((await page('/fr/gouvernement-ouvert/indicateurs/nothing', 404)).doc)).toBe('Page introuvable');
  });
});

describe('an indicator code that several plans use', () => {
  it('lists the plans’ indicators to choose from, in each language', async () => {
    const found = (await t.store.getCommunity('indicator', 'AP_CAN04:C10.5.1'))!.data;
    await t.store.saveCommunity('indicator', [{ ...found, id: 'AP_CAN03:C10.5.1', plan: 'AP_CAN03', commitment: 'CA0060', milestone: 'AP_CAN03:C10.5' }], '2026-01-02T00:00:00.000Z');
    const { doc } = await page('/en/open-government/indicators/C10.5.1');
    expect(h1(doc)).toBe('Several indicators have this code');
    expect(links(doc).filter((l) => l.href.startsWith('/en/open-government/indicators/')).map((l) => l.href)).toEqual([
      '/en/open-government/indicators/AP_CAN03%3AC10.5.1',
      '/en/open-government/indicators/AP_CAN04%3AC10.5.1',
    ]);
    expect(h1((await page('/fr/gouvernement-ouvert/indicateurs/C10.5.1')).doc)).toBe('Plusieurs indicateurs portent ce code');
  });
});

describe('the due list', () => {
  it('lists, per plan, the current period and the indicators missing their report', async () => {
    t.clock.now = new Date('2019-10-15T12:00:00Z');
    await t.report('AP_CAN04:C10.1.1', '2019-09');
    await t.report('AP_CAN04:C10.1.2', '2019-06', { status: 'C' });
    await t.report('AP_CAN04:C10.2.1', '2019-06', { status: 'SP' });
    const { doc } = await page('/en/open-government/due');
    expect(h1(doc)).toBe('Progress reports due');
    const section = all(doc, (e) => e.name === 'section' && attr(e, 'aria-labelledby') === 'due-AP_CAN04')[0]!;
    expect(text(section)).toContain('Current period: September 2019 (2019-09)');
    expect(text(section)).toContain('14 indicators are missing a report');
    const due = links(section).filter((l) => l.href.startsWith('/en/open-government/indicators/')).map((l) => l.name);
    expect(due).toHaveLength(14);
    expect(due).not.toContain('C10.1.1');
    expect(due).not.toContain('C10.1.2');
    const row = all(section, (e) => e.name === 'tr').find((tr) => links(tr).some((l) => l.name === 'C10.2.1'))!;
    expect(text(row)).toContain('Substantial progress (June 2019)');
    const fr = (await page('/fr/gouvernement-ouvert/a-faire')).doc;
    expect(text(fr)).toContain('Période actuelle : septembre 2019 (2019-09)');
    expect(text(fr)).toContain('14 indicateurs n’ont pas encore de rapport');
  });

  it('says when nothing is due', async () => {
    expect(text((await page('/en/open-government/due')).doc)).toContain('No progress report is due now.');
    expect(text((await page('/fr/gouvernement-ouvert/a-faire')).doc)).toContain('Aucun rapport d’étape n’est à produire pour l’instant.');
  });
});

describe('hostile text', () => {
  it('is escaped in titles and sanitized in Markdown, on every page that shows it', async () => {
    const evil: Commitment = {
      id: 'AP_CAN05:C01',
      plan: 'AP_CAN04',
      code: 'C01',
      title: { en: '<script>alert("title")</script>Evil', fr: '<img src=x onerror=alert(1)>' },
      text: { en: 'Hello [click](javascript:alert(1)) <script>alert("text")</script> <img src=x onerror="alert(2)">' },
      leadInstitutions: ['<b onmouseover=alert(3)>Agency</b>'],
      supportingInstitutions: [],
      policyAreas: ['"><script>alert(4)</script>'],
      ogpValues: [],
      url: 'javascript:alert(5)',
    };
    await t.store.saveCommunity('commitment', [evil], '2026-01-02T00:00:00.000Z');
    await t.report('AP_CAN04:C10.5.1', '2019-03', { evidence: { en: '<script>alert("evidence")</script>[x](javascript:alert(6))' }, progress: { en: '<iframe src="https://evil.example"></iframe>ok', fr: 'ok' } });
    for (const url of ['/en/open-government/commitments/AP_CAN05%3AC01', '/fr/gouvernement-ouvert/engagements/AP_CAN05%3AC01', '/en/open-government/plans/AP_CAN04', '/en/open-government/commitments/CA0073', '/en/open-government/indicators/AP_CAN04%3AC10.5.1']) {
      const { body, doc } = await page(url);
      expect(body, url).toContain('alert(');
      expect(all(doc, (e) => ['img', 'iframe', 'b'].includes(e.name)), url).toEqual([]);
      expect(all(doc, (e) => Object.keys(e.attribs).some((name) => name.startsWith('on'))), url).toEqual([]);
      expect(all(doc, (e) => /^\s*javascript:/i.test(attr(e, 'href') ?? '')), url).toEqual([]);
      expect(all(doc, (e) => e.name === 'script').every((s) => attr(s, 'src')?.startsWith('/assets/')), url).toBe(true);
    }
    const { doc } = await page('/en/open-government/commitments/AP_CAN05%3AC01');
    expect(h1(doc)).toBe('C01 <script>alert("title")</script>Evil');
  });
});
