// The community record forms: shown to signed-in editors only; a post without its form token, from
// another site or signed out is refused; a bad one gets its errors next to the fields in the page
// language with the values kept, and writes nothing; a good one adds or changes the record.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { event } from '../../community/records.js';
import { dom } from '../harvested-app.js';
import { get, hasPostForm, postForm } from '../form-helpers.js';
import { AT, communityApp, type CommunityApp } from './community-app.js';

const NOW = new Date('2019-06-20T15:00:00Z');
let c: CommunityApp;
beforeEach(async () => {
  c = await communityApp(NOW);
  await c.store.saveCommunity('event', [event('paris-forum', { kind: 'international-forum', title: { en: 'Paris forum' }, start: '2019-09-10T14:00:00+02:00', timeZone: 'Europe/Paris', countries: ['FR', 'CA'], organizers: ['OGP', 'TBS'] })], AT);
});
afterEach(() => c.close());

const GOOD_EVENT = {
  'title.en': 'Data literacy day',
  'title.fr': 'Journée de littératie des données',
  kind: 'data-literacy',
  start: '2019-10-01T09:00-04:00',
  end: '2019-10-01T16:00-04:00',
  timeZone: 'America/Toronto',
  attendance: 'mixed',
  status: 'confirmed',
  organizers: 'Statistics Canada\r\nTBS',
  countries: 'ca',
  url: 'https://example.ca/day',
};

describe('the community record forms', () => {
  it('are shown to signed-in editors only, edit forms filled in', async () => {
    expect(hasPostForm((await get(c.app, '/en/open-government/events')).body)).toBe(false);
    expect(hasPostForm((await get(c.app, '/en/open-government/events/paris-forum')).body)).toBe(false);
    const editor = await c.session('editor', '/en/open-government/events');
    const list = dom((await get(c.app, '/en/open-government/events', editor.cookie)).body);
    expect(list.all((e) => e.name === 'form' && list.attr(e, 'method') === 'post').map((f) => list.attr(f, 'action'))).toEqual(['/en/open-government/events']);
    expect(list.all((e) => e.name === 'option' && list.attr(e, 'selected') !== undefined).map((o) => list.attr(o, 'value'))).toEqual(['confirmed']);
    const page = (await get(c.app, '/fr/gouvernement-ouvert/evenements/paris-forum', editor.cookie)).body;
    expect(page).toContain('action="/fr/gouvernement-ouvert/evenements/paris-forum"');
    expect(page).toMatch(/id="field-title-en" name="title.en"[^>]*value="Paris forum"/);
    expect(page).toMatch(/<option value="international-forum" selected>Forum international<\/option>/);
    expect(page).toMatch(/name="organizers"[^>]*>OGP\nTBS<\/textarea>/);
    expect(page).toMatch(/name="countries"[^>]*value="FR, CA"/);
    for (const path of ['/en/open-government/charter', '/fr/gouvernement-ouvert/declarations', '/en/open-government/learning']) {
      expect((await get(c.app, path, editor.cookie)).body).toContain(`action="${path}"`);
    }
  });

  it('refuse a post without the form token, from another site, or signed out, writing nothing', async () => {
    const editor = await c.session('editor', '/en/open-government/events');
    const before = await c.store.countCommunity('event');
    const noToken = await postForm(c.app, '/en/open-government/events', GOOD_EVENT, { cookie: editor.cookie });
    expect(noToken.statusCode).toBe(403);
    const otherSite = await postForm(c.app, '/en/open-government/events', { ...GOOD_EVENT, csrf: editor.csrf }, { cookie: editor.cookie, origin: 'https://evil.example' });
    expect(otherSite.statusCode).toBe(403);
    const signedOut = await postForm(c.app, '/fr/gouvernement-ouvert/evenements', { ...GOOD_EVENT, csrf: editor.csrf });
    expect(signedOut.statusCode).toBe(403);
    expect(signedOut.body).toContain('Vous devez être connecté');
    expect(await c.store.countCommunity('event')).toBe(before);
  });

  it('add an event and take the editor to its page', async () => {
    const editor = await c.session('editor', '/en/open-government/events');
    const response = await postForm(c.app, '/en/open-government/events', { ...GOOD_EVENT, csrf: editor.csrf }, { cookie: editor.cookie });
    expect(response.statusCode).toBe(303);
    const location = String(response.headers.location);
    expect(location).toMatch(/^\/en\/open-government\/events\/[^/]+$/);
    const id = decodeURIComponent(location.split('/').pop()!);
    const stored = (await c.store.getCommunity('event', id))!.data;
    expect(stored).toMatchObject({ title: { en: 'Data literacy day', fr: 'Journée de littératie des données' }, kind: 'data-literacy', attendance: 'mixed', organizers: ['Statistics Canada', 'TBS'], countries: ['CA'], timeZone: 'America/Toronto' });
    expect(stored.location).toBeUndefined();
    expect((await get(c.app, location)).body).toContain('Data literacy day');
    // The same event again is refused: its id is taken.
    const again = await postForm(c.app, '/en/open-government/events', { ...GOOD_EVENT, csrf: editor.csrf }, { cookie: editor.cookie });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain(`A record with the id &quot;${id}&quot; already exists`);
  });

  it('show each error next to its field in the page language, keep the values, and write nothing', async () => {
    const editor = await c.session('editor', '/fr/gouvernement-ouvert/evenements', 'fr');
    const before = await c.store.countCommunity('event');
    const response = await postForm(
      c.app,
      '/fr/gouvernement-ouvert/evenements',
      { ...GOOD_EVENT, 'title.en': '', 'title.fr': '', start: 'tomorrow', timeZone: 'Mars/Olympus', countries: 'CA, XX', csrf: editor.csrf },
      { cookie: editor.cookie },
    );
    expect(response.statusCode).toBe(400);
    expect(await c.store.countCommunity('event')).toBe(before);
    const page = dom(response.body);
    const errorOf = (field: string) => {
      const span = page.all((e) => e.name === 'span' && page.attr(e, 'id') === `field-${field}-error`)[0];
      return span ? page.text(span) : undefined;
    };
    expect(errorOf('title-en')).toContain('donner le texte en anglais, en français ou les deux');
    expect(errorOf('start')).toContain('« tomorrow » n’est ni une date-heure ISO 8601');
    expect(errorOf('timeZone')).toContain('« Mars/Olympus » n’est pas un fuseau horaire IANA');
    expect(errorOf('countries')).toContain('« XX »');
    expect(errorOf('kind')).toBeUndefined();
    expect(response.body).toMatch(/id="field-start" name="start" aria-describedby="field-start-error field-start-hint" aria-invalid="true" value="tomorrow"/);
    expect(response.body).toMatch(/name="organizers"[^>]*>Statistics Canada\r?\nTBS<\/textarea>/);
    expect(page.links().filter(([, href]) => href === '#field-start')).toHaveLength(1);
    expect(response.body).toContain('<html lang="fr">');
    expect(response.body).toContain('Rien n’a été enregistré');
  });

  it('edit an event in place, keeping its id', async () => {
    const editor = await c.session('editor', '/en/open-government/events/paris-forum');
    const response = await postForm(
      c.app,
      '/en/open-government/events/paris-forum',
      { ...GOOD_EVENT, 'title.en': 'Paris forum (moved online)', 'title.fr': '', start: '2019-09-10T14:00:00+02:00', end: '', timeZone: 'Europe/Paris', attendance: 'online', csrf: editor.csrf },
      { cookie: editor.cookie },
    );
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/en/open-government/events/paris-forum');
    const stored = (await c.store.getCommunity('event', 'paris-forum'))!;
    expect(stored.data).toMatchObject({ title: { en: 'Paris forum (moved online)' }, attendance: 'online' });
    expect(stored.data.end).toBeUndefined();
    expect(stored.revision).toBe(1);
    const bad = await postForm(c.app, '/en/open-government/events/paris-forum', { ...GOOD_EVENT, end: '2019-09-01T09:00-04:00', start: '2019-10-01T09:00-04:00', csrf: editor.csrf }, { cookie: editor.cookie });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('is before the start');
    expect((await c.store.getCommunity('event', 'paris-forum'))!.revision).toBe(1);
    expect((await postForm(c.app, '/en/open-government/events/nothing', { ...GOOD_EVENT, csrf: editor.csrf }, { cookie: editor.cookie })).statusCode).toBe(404);
  });

  it('add a charter adoption, a declaration and a learning resource', async () => {
    const editor = await c.session('editor', '/en/open-government/charter');
    const adoption = await postForm(c.app, '/en/open-government/charter', {
      csrf: editor.csrf, 'government.en': 'Edmonton', 'government.fr': '', level: 'municipal', region: 'CA-AB', date: '2017-03-07', 'instrument.en': 'Council motion', 'instrument.fr': '', evidence: 'https://edmonton.example.ca/motion',
    }, { cookie: editor.cookie });
    expect(adoption.statusCode).toBe(303);
    expect(adoption.headers.location).toBe('/en/open-government/charter/edmonton-2017-03-07');
    expect((await c.store.getCommunity('charter-adoption', 'edmonton-2017-03-07'))!.data).toMatchObject({ level: 'municipal', region: 'CA-AB', instrument: { en: 'Council motion' } });

    const declaration = await postForm(c.app, '/fr/gouvernement-ouvert/declarations', {
      csrf: editor.csrf, 'title.en': '', 'title.fr': 'Déclaration d’Ottawa', date: '2019-05-30', signatories: 'Canada\nFrance', openGovernmentLanguage: 'yes', url: '',
    }, { cookie: editor.cookie });
    expect(declaration.statusCode).toBe(303);
    const declarationId = decodeURIComponent(String(declaration.headers.location).split('/').pop()!);
    expect((await c.store.getCommunity('declaration', declarationId))!.data).toMatchObject({ signatories: ['Canada', 'France'], openGovernmentLanguage: true });

    const missingAnswer = await postForm(c.app, '/en/open-government/declarations', { csrf: editor.csrf, 'title.en': 'Another', date: '2019', signatories: '', openGovernmentLanguage: '' }, { cookie: editor.cookie });
    expect(missingAnswer.statusCode).toBe(400);
    expect(dom(missingAnswer.body).text(dom(missingAnswer.body).all((e) => e.name === 'span' && e.attribs.id === 'field-openGovernmentLanguage-error'))).toContain('openGovernmentLanguage');

    const resource = await postForm(c.app, '/en/open-government/learning', {
      csrf: editor.csrf, 'title.en': 'Open data 101', url: 'https://example.ca/course', learningResourceType: 'course', educationalLevel: 'beginner', inLanguage: 'en, fr-CA', audience: 'public servants', timeRequired: 'PT2H',
    }, { cookie: editor.cookie });
    expect(resource.statusCode).toBe(303);
    const resourceId = decodeURIComponent(String(resource.headers.location).split('/').pop()!);
    expect((await c.store.getCommunity('learning-resource', resourceId))!.data).toMatchObject({ inLanguage: ['en', 'fr-CA'], audience: ['public servants'], educationalLevel: 'beginner', timeRequired: 'PT2H' });
    const badUrl = await postForm(c.app, '/en/open-government/learning', { csrf: editor.csrf, 'title.en': 'Bad', url: 'javascript:alert(1)', learningResourceType: 'course', inLanguage: 'en' }, { cookie: editor.cookie });
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.body).toContain('is not an http(s) URL');
  });
});
