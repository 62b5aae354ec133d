// The community API's state-changing routes: tokens and roles, 422 details, progress reports that
// show in the history and the Atom feed, records created, replaced and deleted.
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { communityApi, type CommunityApi, type ErrorBody } from './app.js';

let api: CommunityApi;
beforeEach(async () => {
  api = await communityApi({ renderMarkdown: (md) => `<p>${md.replace(/[<>&]/g, '')}</p>` });
});
afterEach(() => api.close());

const PROGRESS = '/api/v1/community/indicators/C10.5.1/progress';
const REPORT = {
  period: '2019-06',
  status: 'SP',
  progress: { en: '- Three provinces adopted the charter', fr: '- Trois provinces ont adopté la charte' },
  evidence: { en: '[Motion](https://example.ca/motion)' },
};

const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, headers: Record<string, string>, payload?: unknown) =>
  api.app.inject({ method, url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
const get = (url: string, headers: Record<string, string> = {}) => api.app.inject({ method: 'GET', url, headers });

describe('POST /api/v1/community/indicators/{code}/progress', () => {
  it('refuses no token, a bad token and a revoked one with 401, and stores nothing', async () => {
    for (const headers of [{}, { authorization: 'Bearer fed_not_a_real_token' }, { authorization: 'Basic YTpi' }, api.auth.revoked]) {
      const response = await send('POST', PROGRESS, headers, REPORT);
      expect(response.statusCode).toBe(401);
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
      expect((response.json() as ErrorBody).error.message.fr.length).toBeGreaterThan(0);
    }
    expect((await get(PROGRESS)).json()).toMatchObject({ total: 0, results: [] });
  });

  it('answers 422 with every bad field in English and French, and stores nothing', async () => {
    const response = await send('POST', PROGRESS, api.auth.editor, { period: '2031-01', status: 'XX', progress: { en: 'x' }, evidence: { fr: '[a](javascript:alert(1))' } });
    expect(response.statusCode).toBe(422);
    const error = (response.json() as ErrorBody).error;
    expect(error.code).toBe('invalid_record');
    expect(error.issues!.map((i) => i.field).sort()).toEqual(['evidence.fr', 'period', 'progress.fr', 'status']);
    for (const issue of error.issues!) {
      expect(issue.message.en).toContain(issue.field);
      expect(issue.message.fr).toContain(issue.field);
      expect(issue.message.fr).not.toBe(issue.message.en);
    }
    const shape = await send('POST', PROGRESS, api.auth.editor, { period: 2019, status: 'SP', extra: true });
    expect(shape.statusCode).toBe(422);
    expect((shape.json() as ErrorBody).error.issues!.map((i) => i.field).sort()).toEqual(['extra', 'period']);
    expect((await get(PROGRESS)).json()).toMatchObject({ total: 0 });
  });

  it('answers 404 for an unknown indicator', async () => {
    expect((await send('POST', '/api/v1/community/indicators/C99.9/progress', api.auth.editor, REPORT)).statusCode).toBe(404);
  });

  it('stores a report with the token name, shown in the history and in the Atom feed of its commitment', async () => {
    const response = await send('POST', PROGRESS, api.auth.editor, REPORT);
    expect(response.statusCode).toBe(201);
    const stored = response.json() as { id: string; recordedBy: string; indicator: string };
    expect(stored).toMatchObject({ indicator: 'AP_CAN04:C10.5.1', recordedBy: 'api:ci-editor', id: 'AP_CAN04:C10.5.1@2019-06#1' });
    const history = (await get('/api/v1/community/indicators/AP_CAN04:C10.5.1/progress')).json() as { results: { id: string; recordedBy: string }[] };
    expect(history.results.map((r) => [r.id, r.recordedBy])).toEqual([[stored.id, 'api:ci-editor']]);
    const commitment = (await get('/api/v1/community/commitments/CA0073')).json() as { history: { id: string }[] };
    expect(commitment.history.map((r) => r.id)).toEqual([stored.id]);

    const feed = await get('/api/v1/community/commitments/CA0073/feed.atom', { host: 'federa.example.ca' });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^application\/atom\+xml/);
    expect(feed.body).toContain('Three provinces adopted the charter');
    expect(feed.body).toContain('C10.5.1');
    expect(feed.body).toContain('href="http://federa.example.ca/en/open-government/commitments/CA0073"');
    const fr = await get('/api/v1/community/commitments/CA0073/feed.atom?lang=fr', { host: 'federa.example.ca' });
    expect(fr.body).toContain('Trois provinces ont adopté la charte');
    expect(fr.body).toContain('href="http://federa.example.ca/fr/gouvernement-ouvert/engagements/CA0073"');
    expect(fr.body).toContain('xml:lang="fr"');
    expect((await get('/api/v1/community/commitments/CA0073/feed.atom?lang=de')).statusCode).toBe(400);
    expect((await get('/api/v1/community/commitments/CA0073/feed.atom', { host: 'evil.example/<x>' })).statusCode).toBe(400);
    expect((await get('/api/v1/community/commitments/CA9999/feed.atom')).statusCode).toBe(404);
  });
});

const DECLARATION = { title: { en: 'Ottawa Declaration', fr: 'Déclaration d’Ottawa' }, date: '2019-05-30', signatories: ['Canada'], openGovernmentLanguage: true };

describe('creating, replacing and deleting records', () => {
  it('needs an editor or admin token for every change', async () => {
    expect((await send('POST', '/api/v1/community/declarations', {}, DECLARATION)).statusCode).toBe(401);
    expect((await send('POST', '/api/v1/community/declarations', api.auth.revoked, DECLARATION)).statusCode).toBe(401);
    expect((await send('PUT', '/api/v1/community/plans/AP_CAN04', {}, {})).statusCode).toBe(401);
    expect((await send('DELETE', '/api/v1/community/indicators/AP_CAN04:C10.5.1', {})).statusCode).toBe(401);
    expect((await get('/api/v1/community/declarations')).json()).toMatchObject({ total: 0 });
  });

  it('creates (201), refuses a taken id (409), replaces (200), deletes (200) and then no longer finds it', async () => {
    const created = await send('POST', '/api/v1/community/declarations', api.auth.editor, DECLARATION);
    expect(created.statusCode).toBe(201);
    const body = created.json() as { id: string; href: string; revision: number };
    expect(body).toMatchObject({ id: 'ottawa-declaration-2019-05-30', revision: 0 });
    expect(created.headers.location).toBe(body.href);
    expect((await send('POST', '/api/v1/community/declarations', api.auth.admin, DECLARATION)).statusCode).toBe(409);
    const replaced = await send('PUT', body.href, api.auth.editor, { ...DECLARATION, signatories: ['Canada', 'France'] });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json()).toMatchObject({ status: 'replaced', revision: 1, record: { signatories: ['Canada', 'France'] } });
    expect((await send('PUT', body.href, api.auth.editor, { ...DECLARATION, id: 'another' })).statusCode).toBe(422);
    expect((await send('PUT', '/api/v1/community/declarations/nothing-here', api.auth.editor, DECLARATION)).statusCode).toBe(404);
    expect((await send('DELETE', body.href, api.auth.editor)).statusCode).toBe(200);
    expect((await get(body.href)).statusCode).toBe(404);
    expect((await send('DELETE', body.href, api.auth.editor)).statusCode).toBe(404);
  });

  it('answers 422 naming every bad field and each missing reference', async () => {
    const response = await send('POST', '/api/v1/community/events', api.auth.editor, {
      kind: 'workshop',
      title: { en: 'W' },
      start: '2019-05-29 09:00',
      timeZone: 'Nowhere/City',
      attendance: 'online',
      url: 'javascript:alert(1)',
    });
    expect(response.statusCode).toBe(422);
    expect((response.json() as ErrorBody).error.issues!.map((i) => i.field).sort()).toEqual(['start', 'timeZone', 'url']);
    const orphan = await send('POST', '/api/v1/community/milestones', api.auth.editor, { plan: 'AP_CAN09', commitment: 'CA9999', code: 'C1.1', title: { en: 'M' } });
    expect(orphan.statusCode).toBe(422);
    expect((orphan.json() as ErrorBody).error.issues!.map((i) => i.field)).toEqual(['plan', 'commitment']);
    const notJson = await api.app.inject({ method: 'POST', url: '/api/v1/community/events', headers: { ...api.auth.editor, 'content-type': 'application/json' }, payload: '[1,2' });
    expect(notJson.statusCode).toBe(400);
  });

  it('refuses to delete what other records or progress reports depend on', async () => {
    const milestone = await send('DELETE', '/api/v1/community/milestones/AP_CAN04:C10.5', api.auth.editor);
    expect(milestone.statusCode).toBe(409);
    expect((milestone.json() as ErrorBody).error.message.en).toContain('AP_CAN04:C10.5.1');
    await send('POST', PROGRESS, api.auth.editor, REPORT);
    expect((await send('DELETE', '/api/v1/community/indicators/AP_CAN04:C10.5.1', api.auth.admin)).statusCode).toBe(409);
    expect((await get('/api/v1/community/indicators/AP_CAN04:C10.5.1')).statusCode).toBe(200);
  });

  it('records each change of an indicator deadline in its history, whatever history the client sends', async () => {
    const url = '/api/v1/community/indicators/AP_CAN04:C10.5.1';
    const before = ((await get(url)).json() as { indicator: Record<string, unknown> & { deadlineHistory: unknown[] } }).indicator;
    const { id: _id, ...input } = before;
    const deadline = { precision: 'month', from: '2020-12-01', due: '2020-12-31', text: { en: 'December 2020', fr: 'décembre 2020' } };
    const moved = await send('PUT', url, api.auth.editor, { ...input, deadline, deadlineHistory: [] });
    expect(moved.statusCode).toBe(200);
    const history = (moved.json() as { record: { deadlineHistory: { deadline: { due?: string }; by: string }[] } }).record.deadlineHistory;
    expect(history).toHaveLength(before.deadlineHistory.length + 1);
    expect(history.at(-1)).toMatchObject({ deadline: { due: '2020-12-31' }, by: 'api:ci-editor' });
    const again = await send('PUT', url, api.auth.editor, { ...input, deadline });
    expect((again.json() as { status: string; record: { deadlineHistory: unknown[] } }).record.deadlineHistory).toHaveLength(history.length);
  });

  it('serves created events in the iCalendar feed, which ical.js reads back', async () => {
    const created = await send('POST', '/api/v1/community/events', api.auth.editor, {
      kind: 'international-forum',
      title: { en: 'OGP Global Summit', fr: 'Sommet mondial du PGO' },
      start: '2019-05-29T09:00:00-04:00',
      end: '2019-05-31T17:00:00-04:00',
      timeZone: 'America/Toronto',
      attendance: 'in-person',
      location: { en: 'Ottawa' },
    });
    expect(created.statusCode).toBe(201);
    const feed = await get('/events.ics?lang=fr', { host: 'federa.example.ca:8080' });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    const events = new ICAL.Component(ICAL.parse(feed.body)).getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual(['ogp-global-summit-2019-05-29@federa.example.ca']);
    expect(events[0]!.getFirstPropertyValue('summary')).toBe('Sommet mondial du PGO');
    const start = events[0]!.getFirstPropertyValue('dtstart');
    expect(start instanceof ICAL.Time && start.toUnixTime()).toBe(Date.parse('2019-05-29T13:00:00Z') / 1000);
    expect((await get('/events.ics?lang=xx')).statusCode).toBe(400);
    expect((await get('/events.ics', { host: 'bad host' })).statusCode).toBe(400);
  });
});

describe('the Atom feed with the site’s sanitizing Markdown renderer (as federa serve passes it)', () => {
  it('renders Markdown and drops scripts, handlers and javascript: links from a report', async () => {
    const { markdownToSafeHtml } = await import('../../../src/web/render/rich-text.js');
    const served = await communityApi({ renderMarkdown: (md) => markdownToSafeHtml(md).value, publicUrl: 'https://federa.example.ca' });
    try {
      const hostile = {
        ...REPORT,
        progress: { en: '- **Bold** step <script>alert(1)</script> <img src=x onerror=alert(2)>', fr: '- Étape [lien](javascript:alert(3))' },
      };
      expect((await served.app.inject({ method: 'POST', url: PROGRESS, headers: served.auth.editor, payload: hostile })).statusCode).toBe(201);
      for (const lang of ['en', 'fr']) {
        const feed = await served.app.inject({ method: 'GET', url: `/api/v1/community/commitments/CA0073/feed.atom?lang=${lang}`, headers: { host: 'ignored.example' } });
        expect(feed.statusCode).toBe(200);
        expect(feed.body).not.toMatch(/<script|onerror|javascript:/i);
        expect(feed.body).toContain('https://federa.example.ca/');
        expect(feed.body).not.toContain('ignored.example');
      }
      const en = await served.app.inject({ method: 'GET', url: '/api/v1/community/commitments/CA0073/feed.atom' });
      expect(en.body).toContain('<strong>Bold</strong>');
    } finally {
      await served.close();
    }
  });
});
