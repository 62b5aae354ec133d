// The community's read pages in both languages over records saved through the store: events
// (upcoming and past relative to now, filters, times in the event's zone, JSON-LD), the charter
// registry with its map, declarations and learning resources.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adoption, declaration, event, resource } from '../../community/records.js';
import { dom } from '../harvested-app.js';
import { get } from '../form-helpers.js';
import { AT, communityApp, type CommunityApp } from './community-app.js';
import { openGovernmentPath, translatePath } from '../../../src/web/urls.js';

const NOW = new Date('2019-06-20T15:00:00Z');
const HOSTILE_TITLE = 'Summit </script><script>alert(1)</script> & more';
let c: CommunityApp;

beforeAll(async () => {
  c = await communityApp(NOW);
  await c.store.saveCommunity('event', [
    event('toronto-peer', { title: { en: 'Toronto peer learning', fr: 'Apprentissage entre pairs à Toronto' }, start: '2019-05-29T09:00:00-04:00', end: '2019-05-29T17:00:00-04:00', timeZone: 'America/Toronto', countries: ['CA', 'FR'] }),
    event('paris-forum', { kind: 'international-forum', title: { en: 'Paris forum' }, start: '2019-09-10T14:00:00+02:00', timeZone: 'Europe/Paris', attendance: 'online', countries: ['FR'] }),
    event('hostile', { kind: 'summit', title: { en: HOSTILE_TITLE, fr: HOSTILE_TITLE }, description: { en: 'Text with <b>bold</b>' }, start: '2020-03-02', timeZone: 'America/Toronto' }),
    event('today-all-day', { title: { en: 'All day today' }, start: '2019-06-20', timeZone: 'America/Vancouver', status: 'tentative' }),
  ], AT);
  await c.store.saveCommunity('charter-adoption', [
    adoption('edmonton-2017-03-07', { government: { en: 'Edmonton' }, level: 'municipal', region: 'CA-AB', date: '2017-03-07', instrument: { en: 'Council motion', fr: 'Résolution du conseil' } }),
    adoption('ontario-2017', { government: { en: 'Ontario', fr: 'Ontario' }, level: 'provincial', region: 'CA-ON', date: '2017-04', evidence: 'https://ontario.example.ca/charter' }),
    adoption('canada-2018', { government: { en: 'Government of Canada', fr: 'Gouvernement du Canada' }, level: 'federal', region: 'CA', date: '2018' }),
  ], AT);
  await c.store.saveCommunity('declaration', [
    declaration('ottawa-2019', { title: { en: 'Ottawa declaration', fr: 'Déclaration d’Ottawa' }, date: '2019-05-30', signatories: ['Canada', 'France'], openGovernmentLanguage: true, url: 'https://example.ca/ottawa' }),
    declaration('quiet-2018', { title: { fr: 'Déclaration discrète' }, date: '2018', openGovernmentLanguage: false }),
  ], AT);
  await c.store.saveCommunity('learning-resource', [
    resource('intro-course', { title: { en: 'Open data 101', fr: 'Données ouvertes 101' }, learningResourceType: 'course', educationalLevel: 'beginner', audience: ['public servants'], inLanguage: ['en', 'fr-CA'], license: 'OGL-Canada-2.0' }),
    resource('advanced-video', { title: { en: `Video ${HOSTILE_TITLE}` }, learningResourceType: 'video', educationalLevel: 'advanced', audience: ['developers'], inLanguage: ['en'], timeRequired: 'PT2H' }),
  ], AT);
});
afterAll(() => c.close());

const sectionIds = (body: string, heading: string) => {
  const page = dom(body);
  const section = page.section(heading);
  return section ? page.links(section).map(([, href]) => decodeURIComponent(href.split('/').pop()!)) : [];
};

describe('the events page', () => {
  it('splits upcoming (soonest first) from past (newest first) relative to now, in both languages', async () => {
    const en = await get(c.app, '/en/open-government/events');
    expect(en.statusCode).toBe(200);
    expect(sectionIds(en.body, 'Upcoming events')).toEqual(['today-all-day', 'paris-forum', 'hostile']);
    expect(sectionIds(en.body, 'Past events')).toEqual(['toronto-peer']);
    const fr = await get(c.app, '/fr/gouvernement-ouvert/evenements');
    expect(fr.statusCode).toBe(200);
    expect(sectionIds(fr.body, 'Événements à venir')).toEqual(['today-all-day', 'paris-forum', 'hostile']);
    expect(sectionIds(fr.body, 'Événements passés')).toEqual(['toronto-peer']);
    expect(fr.body).toContain('Apprentissage entre pairs à Toronto');
    expect(fr.body).toContain('<html lang="fr">');
    expect(dom(en.body).links().find(([, href]) => href === '/en/open-government')).toBeDefined();
  });

  it('shows times in the event’s own zone, naming it', async () => {
    const en = dom((await get(c.app, '/en/open-government/events')).body);
    const text = en.text(en.document.children as never);
    // 14:00 in Paris stays 2 p.m. (it is 8 a.m. in Toronto and 12:00 UTC).
    expect(text).toMatch(/September 10, 2019[^.]*2:00\s?p\.m\.[^()]*\(Europe\/Paris\)/);
    expect(text).toMatch(/May 29, 2019, 9:00\s?a\.m\.\s?–\s?5:00\s?p\.m\.\s?EDT \(America\/Toronto\)/);
    const fr = dom((await get(c.app, '/fr/gouvernement-ouvert/evenements')).body);
    expect(fr.text(fr.document.children as never)).toMatch(/10 septembre 2019[^()]*14 h 00[^()]*\(Europe\/Paris\)/);
  });

  it('filters by kind, attendance, country and year, keeping the choices in the form', async () => {
    const ids = async (query: string) => {
      const body = (await get(c.app, `/en/open-government/events?${query}`)).body;
      return [...sectionIds(body, 'Upcoming events'), ...sectionIds(body, 'Past events')].sort();
    };
    expect(await ids('kind=international-forum')).toEqual(['paris-forum']);
    expect(await ids('attendance=online')).toEqual(['paris-forum']);
    expect(await ids('country=fr')).toEqual(['paris-forum', 'toronto-peer']);
    expect(await ids('year=2020')).toEqual(['hostile']);
    expect(await ids('year=2019&country=CA')).toEqual(['today-all-day', 'toronto-peer']);
    const body = (await get(c.app, '/en/open-government/events?kind=summit&year=2020')).body;
    expect(body).toMatch(/<option value="summit" selected>/);
    expect(body).toMatch(/name="year" value="2020"/);
    expect(body).toContain('<meta name="robots" content="noindex, follow">');
  });

  it('refuses bad filter values with a 400 page naming each', async () => {
    const en = await get(c.app, '/en/open-government/events?kind=party&year=19&country=Canada');
    expect(en.statusCode).toBe(400);
    expect(en.body).toContain('kind: &quot;party&quot; is not one of');
    expect(en.body).toContain('year: &quot;19&quot; is not a year');
    expect(en.body).toContain('country: &quot;Canada&quot; is not a two-letter country code');
    const fr = await get(c.app, '/fr/gouvernement-ouvert/evenements?attendance=maybe');
    expect(fr.statusCode).toBe(400);
    expect(fr.body).toContain('attendance : « maybe » ne fait pas partie de');
  });

  it('links the calendar feed in the page language', async () => {
    expect(dom((await get(c.app, '/en/open-government/events')).body).links().some(([, href]) => href === '/events.ics?lang=en')).toBe(true);
    expect(dom((await get(c.app, '/fr/gouvernement-ouvert/evenements')).body).links().some(([, href]) => href === '/events.ics?lang=fr')).toBe(true);
  });
});

function jsonLdOf(body: string): Record<string, unknown> {
  const page = dom(body);
  const scripts = page.all((e) => e.name === 'script' && page.attr(e, 'type') === 'application/ld+json');
  expect(scripts).toHaveLength(1);
  return JSON.parse(page.text(scripts[0]!)) as Record<string, unknown>;
}

describe('an event page', () => {
  it('has its facts and schema.org Event JSON-LD in both languages', async () => {
    const en = await get(c.app, '/en/open-government/events/toronto-peer');
    expect(en.statusCode).toBe(200);
    expect(jsonLdOf(en.body)).toMatchObject({ '@type': 'Event', name: 'Toronto peer learning', startDate: '2019-05-29T09:00:00-04:00' });
    const fr = await get(c.app, '/fr/gouvernement-ouvert/evenements/toronto-peer');
    expect(jsonLdOf(fr.body)).toMatchObject({ name: 'Apprentissage entre pairs à Toronto' });
    expect(fr.body).toContain('(America/Toronto)');
    expect(dom(fr.body).text(dom(fr.body).byTag('h1'))).toBe('Apprentissage entre pairs à Toronto');
  });

  it('keeps a title with </script> inside its JSON-LD and escaped in the page', async () => {
    const response = await get(c.app, '/en/open-government/events/hostile');
    expect(jsonLdOf(response.body).name).toBe(HOSTILE_TITLE);
    expect(response.body).not.toContain('<script>alert(1)');
    const page = dom(response.body);
    // Only the site's own script file and the data block: the title opened no element.
    expect(page.all((e) => e.name === 'script').map((s) => page.attr(s, 'type') ?? (page.attr(s, 'src')?.startsWith('/assets/') ? 'asset' : 'other'))).toEqual(['asset', 'application/ld+json']);
    expect(page.text(page.byTag('h1'))).toBe(HOSTILE_TITLE);
    // The description is Markdown, sanitized.
    expect(page.byTag('b').map((b) => page.text(b))).toEqual(['bold']);
  });

  it('is served under a CSP that forbids inline script (a JSON-LD data block is not run)', async () => {
    const response = await get(c.app, '/en/open-government/events/hostile');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('is a 404 for an unknown id', async () => {
    expect((await get(c.app, '/en/open-government/events/nothing')).statusCode).toBe(404);
    expect((await get(c.app, '/fr/gouvernement-ouvert/evenements/rien')).statusCode).toBe(404);
  });
});

describe('the charter registry', () => {
  it('lists adoptions newest first with level, date, instrument and evidence, in both languages', async () => {
    const en = dom((await get(c.app, '/en/open-government/charter')).body);
    const rows = en.all((e) => e.name === 'tr' && e.parent !== null && (e.parent as { name?: string }).name === 'tbody' && en.text(e).length > 0);
    const governmentRows = rows.filter((r) => en.links(r).some(([, href]) => href.startsWith('/en/open-government/charter/')));
    expect(governmentRows.map((r) => en.spaced(r))).toEqual([
      'Government of Canada Federal 2018 example.ca (Evidence of the adoption by Government of Canada)',
      'Ontario Provincial April 2017 ontario.example.ca (Evidence of the adoption by Ontario)',
      'Edmonton Municipal March 7, 2017 Council motion example.ca (Evidence of the adoption by Edmonton)',
    ]);
    const fr = dom((await get(c.app, '/fr/gouvernement-ouvert/charte')).body);
    expect(fr.text(fr.document.children as never)).toContain('Résolution du conseil');
    expect(fr.text(fr.document.children as never)).toContain('7 mars 2017');
  });

  it('filters by level and by province, and refuses unknown ones', async () => {
    const provincial = (await get(c.app, '/en/open-government/charter?level=provincial')).body;
    expect(provincial).toContain('/en/open-government/charter/ontario-2017');
    expect(provincial).not.toContain('/en/open-government/charter/edmonton-2017-03-07');
    const alberta = (await get(c.app, '/en/open-government/charter?region=CA-AB')).body;
    expect(alberta).toContain('/en/open-government/charter/edmonton-2017-03-07');
    expect(alberta).not.toContain('/en/open-government/charter/ontario-2017');
    const bad = await get(c.app, '/en/open-government/charter?level=galactic&region=CA-XX');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('level: &quot;galactic&quot;');
    expect(bad.body).toContain('region: &quot;CA-XX&quot;');
  });

  it('counts adoptions per province and territory, each a link to its adoptions, with a table', async () => {
    const page = dom((await get(c.app, '/en/open-government/charter')).body);
    const figure = page.all((e) => e.name === 'figure')[0]!;
    const links = page.links(figure);
    expect(links).toContainEqual(['Alberta', '/en/open-government/charter?region=CA-AB']);
    expect(links).toContainEqual(['Ontario', '/en/open-government/charter?region=CA-ON']);
    const labelled = page.all((e) => e.name === 'a' && (page.attr(e, 'aria-label') ?? '').startsWith('Alberta'));
    if (labelled.length > 0) expect(page.attr(labelled[0]!, 'aria-label')).toBe('Alberta: 1 adoption');
    const rows = page.all((e) => e.name === 'tr').map((r) => page.spaced(r));
    expect(rows).toContain('Alberta 1');
    expect(rows).toContain('Quebec 0');
    const fr = dom((await get(c.app, '/fr/gouvernement-ouvert/charte?level=provincial')).body);
    expect(fr.links()).toContainEqual(['Ontario', '/fr/gouvernement-ouvert/charte?level=provincial&region=CA-ON']);
    expect(fr.all((e) => e.name === 'tr').map((r) => fr.spaced(r))).toContain('Alberta 0');
  });

  it('has a page per adoption', async () => {
    const fr = await get(c.app, '/fr/gouvernement-ouvert/charte/edmonton-2017-03-07');
    expect(fr.statusCode).toBe(200);
    expect(fr.body).toContain('Municipal');
    expect((await get(c.app, '/en/open-government/charter/nobody')).statusCode).toBe(404);
  });
});

describe('the declarations page', () => {
  it('lists date, title, signatories, open government language and link, in both languages', async () => {
    const en = dom((await get(c.app, '/en/open-government/declarations')).body);
    const rows = en.all((e) => e.name === 'tr').slice(1).map((r) => en.spaced(r));
    expect(rows).toEqual(['May 30, 2019 Ottawa declaration Canada, France Yes example.ca (Text of Ottawa declaration)', '2018 Déclaration discrète No']);
    expect(en.all((e) => e.name === 'span' && en.attr(e, 'lang') === 'fr').map((s) => en.text(s))).toEqual(['Déclaration discrète']);
    const fr = dom((await get(c.app, '/fr/gouvernement-ouvert/declarations')).body);
    expect(fr.all((e) => e.name === 'tr').slice(1).map((r) => fr.spaced(r))).toEqual(['30 mai 2019 Déclaration d’Ottawa Canada, France Oui example.ca (Texte de Déclaration d’Ottawa)', '2018 Déclaration discrète Non']);
    expect((await get(c.app, '/fr/gouvernement-ouvert/declarations/ottawa-2019')).body).toContain('Déclaration d’Ottawa');
  });
});

describe('the learning resources', () => {
  const listed = async (url: string) => dom((await get(c.app, url)).body).links().filter(([, href]) => /\/(learning|apprentissage)\/[^?]/.test(href)).map(([, href]) => href.split('/').pop());

  it('filter by type, level, audience and language, in both languages', async () => {
    expect(await listed('/en/open-government/learning')).toEqual(['intro-course', 'advanced-video']);
    expect(await listed('/en/open-government/learning?type=video')).toEqual(['advanced-video']);
    expect(await listed('/en/open-government/learning?level=beginner')).toEqual(['intro-course']);
    expect(await listed('/fr/gouvernement-ouvert/apprentissage?audience=developers')).toEqual(['advanced-video']);
    expect(await listed('/fr/gouvernement-ouvert/apprentissage?language=fr')).toEqual(['intro-course']);
    const bad = await get(c.app, '/en/open-government/learning?level=expert');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('level: &quot;expert&quot;');
  });

  it('have a page with LearningResource JSON-LD', async () => {
    const fr = await get(c.app, '/fr/gouvernement-ouvert/apprentissage/intro-course');
    expect(jsonLdOf(fr.body)).toMatchObject({ '@type': 'LearningResource', name: 'Données ouvertes 101', educationalLevel: 'beginner', inLanguage: ['en', 'fr-CA'] });
    expect(fr.body).toContain('Débutant');
    const hostile = await get(c.app, '/en/open-government/learning/advanced-video');
    expect(jsonLdOf(hostile.body).name).toBe(`Video ${HOSTILE_TITLE}`);
    expect(hostile.body).not.toContain('<script>alert(1)');
  });
});

describe('the community paths', () => {
  it('toggle language to the same page, id and query', () => {
    expect(translatePath('/en/open-government/events/paris-forum')).toBe('/fr/gouvernement-ouvert/evenements/paris-forum');
    expect(translatePath('/fr/gouvernement-ouvert/charte?level=municipal')).toBe('/en/open-government/charter?level=municipal');
    expect(openGovernmentPath('fr', 'learning', 'a b')).toBe('/fr/gouvernement-ouvert/apprentissage/a%20b');
  });

  it('exist only when the server has a tracker', async () => {
    const bare = await communityApp(NOW, { tracker: false });
    try {
      expect((await get(bare.app, '/en/open-government/events')).statusCode).toBe(404);
      expect((await get(bare.app, '/fr/gouvernement-ouvert/charte')).statusCode).toBe(404);
    } finally {
      await bare.close();
    }
  });
});
