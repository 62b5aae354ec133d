// The progress form on an indicator's page: shown to signed-in editors only, refused without its
// form token or from another origin, errors shown next to their fields in the page language with
// nothing written, and an accepted report appended to the history.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { get, hasPostForm, postForm } from './form-helpers.js';
import { trackerApp, type TrackerApp } from './open-government-app.js';
import { all, attr, byId, byTag, parsePage, text } from './page-dom.js';

let t: TrackerApp;
beforeEach(async () => {
  // During the plan: 2019-09 is the current period.
  t = await trackerApp('2019-10-15T12:00:00.000Z');
});
afterEach(() => t.close());

const INDICATOR = 'AP_CAN04:C10.5.1';
const url = (lang: 'en' | 'fr' = 'en') => (lang === 'en' ? '/en/open-government/indicators/AP_CAN04%3AC10.5.1' : '/fr/gouvernement-ouvert/indicateurs/AP_CAN04%3AC10.5.1');

const GOOD = {
  period: '2019-09',
  status: 'SP',
  'progress-en': '- Alberta and Quebec federated',
  'progress-fr': '- L’Alberta et le Québec fédérés',
  'evidence-en': '[Search](https://search.open.canada.ca/)',
  'evidence-fr': '',
  'challenges-en': '',
  'challenges-fr': '',
};

const stored = () => t.store.listProgress({ indicator: INDICATOR });

describe('the progress form', () => {
  it('is shown to signed-in editors and administrators only, the current period chosen', async () => {
    expect(hasPostForm((await get(t.app, url())).body)).toBe(false);
    const editor = await t.session('editor', url());
    const doc = parsePage((await get(t.app, url(), editor.cookie)).body);
    const form = all(doc, (e) => e.name === 'form' && attr(e, 'action') === url())[0]!;
    expect(attr(form, 'method')).toBe('post');
    const selected = all(form, (e) => e.name === 'option' && attr(e, 'selected') !== undefined).map((o) => attr(o, 'value'));
    expect(selected).toEqual(['2019-09']);
    for (const id of ['progress-en', 'progress-fr', 'evidence-en', 'evidence-fr', 'challenges-en', 'challenges-fr']) {
      const label = all(form, (e) => e.name === 'label' && attr(e, 'for') === id)[0];
      expect(label, id).toBeDefined();
      expect(attr(byId(form, id)!, 'lang'), id).toBe(id.slice(-2));
    }
    const admin = await t.session('admin', url('fr'), 'fr');
    const fr = parsePage((await get(t.app, url('fr'), admin.cookie)).body);
    expect(text(byId(fr, 'report-heading')!)).toBe('Déclarer des progrès');
  });

  it('is refused without the form token, with another’s, or from another origin, and writes nothing', async () => {
    const editor = await t.session('editor', url());
    const refusals = [
      await postForm(t.app, url(), { ...GOOD }, { cookie: editor.cookie }),
      await postForm(t.app, url(), { ...GOOD, csrf: 'forged' }, { cookie: editor.cookie }),
      await postForm(t.app, url(), { ...GOOD, csrf: editor.csrf }, { cookie: editor.cookie, origin: 'http://evil.example' }),
      await postForm(t.app, url(), { ...GOOD, csrf: editor.csrf }, { cookie: editor.cookie, origin: '' }),
    ];
    for (const response of refusals) {
      expect(response.statusCode).toBe(403);
      expect(response.body).toContain('Nothing was changed.');
      // Its language link leads to the same indicator in French.
      expect(response.body).toContain('hreflang="fr" href="/fr/gouvernement-ouvert/indicateurs/AP_CAN04%3AC10.5.1"');
    }
    const signedOut = await postForm(t.app, url(), { ...GOOD, csrf: editor.csrf });
    expect(signedOut.statusCode).toBe(403);
    expect(signedOut.body).toContain('You must be signed in');
    expect(await stored()).toEqual([]);
  });

  it('shows each error next to its field, in English, keeps what was typed and writes nothing', async () => {
    const editor = await t.session('editor', url());
    const response = await postForm(
      t.app,
      url(),
      { ...GOOD, csrf: editor.csrf, status: 'LP', 'progress-fr': '  ', 'evidence-en': '[bad](javascript:alert(1))', 'progress-en': '<b>kept</b> text' },
      { cookie: editor.cookie },
    );
    expect(response.statusCode).toBe(400);
    const doc = parsePage(response.body);
    expect(text(byTag(doc, 'title')[0]!)).toMatch(/^Error: Indicator C10\.5\.1/);
    expect(text(byId(doc, 'progress-fr-error')!)).toBe('progress.fr: the progress in French is required (write NIL when there is none)');
    expect(attr(byId(doc, 'progress-fr')!, 'aria-invalid')).toBe('true');
    expect(attr(byId(doc, 'progress-fr')!, 'aria-describedby')).toContain('progress-fr-error');
    expect(text(byId(doc, 'challenges-en-error')!)).toContain('required when the status is LP');
    expect(text(byId(doc, 'challenges-fr-error')!)).toContain('required when the status is LP');
    expect(text(byId(doc, 'evidence-en-error')!)).toContain('is not an http(s) URL');
    expect(byId(doc, 'progress-en-error')).toBeUndefined();
    expect(attr(byId(doc, 'progress-en')!, 'aria-invalid')).toBeUndefined();
    // The summary links each error to its field.
    const summary = byId(doc, 'form-errors')!;
    expect(all(summary, (e) => e.name === 'a').map((a) => attr(a, 'href'))).toEqual(['#progress-fr', '#challenges-en', '#challenges-fr', '#evidence-en']);
    // What was typed comes back, escaped.
    expect(text(byId(doc, 'progress-en')!)).toBe('<b>kept</b> text');
    expect(response.body).toContain('&lt;b&gt;kept&lt;/b&gt; text');
    expect(attr(byId(doc, 'status-LP')!, 'checked')).toBeDefined();
    expect(await stored()).toEqual([]);
  });

  it('shows the errors in French on the French page', async () => {
    const editor = await t.session('editor', url('fr'), 'fr');
    const response = await postForm(t.app, url('fr'), { ...GOOD, csrf: editor.csrf, status: 'done', period: '2019-08' }, { cookie: editor.cookie });
    expect(response.statusCode).toBe(400);
    const doc = parsePage(response.body);
    expect(text(byId(doc, 'status-error')!)).toBe('status : « done » n’est pas l’un de NS, LP, SP, C');
    expect(text(byId(doc, 'period-error')!)).toContain('period : 2019-08 n’est pas une période de rapport de AP_CAN04');
    expect(text(byId(doc, 'form-errors')!)).toContain('Le rapport n’a pas été enregistré.');
    expect(await stored()).toEqual([]);
  });

  it('appends an accepted report and shows it in the history, recorded as the session’s token', async () => {
    const editor = await t.session('editor', url());
    const response = await postForm(t.app, url(), { ...GOOD, csrf: editor.csrf }, { cookie: editor.cookie });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`${url()}#history`);
    const reports = await stored();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ period: '2019-09', status: 'SP', recordedBy: `web:${editor.tokenId}`, progress: { en: '- Alberta and Quebec federated', fr: '- L’Alberta et le Québec fédérés' }, evidence: { en: '[Search](https://search.open.canada.ca/)' } });
    const second = await postForm(t.app, url(), { ...GOOD, csrf: editor.csrf, status: 'C' }, { cookie: editor.cookie });
    expect(second.statusCode).toBe(303);
    const doc = parsePage((await get(t.app, url())).body);
    const entries = all(doc, (e) => e.name === 'li' && attr(e, 'class') === 'timeline-entry');
    expect(entries.map((e) => text(byTag(e, 'h3')[0]!))).toEqual(['Period ending September 2019 Complete', 'Period ending September 2019 Substantial progress']);
    expect(text(entries[1]!)).toContain('Alberta and Quebec federated');
    expect(text(entries[1]!)).toContain(`web:${editor.tokenId}`);
    // Complete: the indicator has left the due list.
    expect((await get(t.app, '/en/open-government/due')).body).not.toContain('AP_CAN04%3AC10.5.1');
  });

  it('is a 404 for an indicator that does not exist, writing nothing', async () => {
    const editor = await t.session('editor', url());
    const response = await postForm(t.app, '/en/open-government/indicators/AP_CAN04%3AC99.1.1', { ...GOOD, csrf: editor.csrf }, { cookie: editor.cookie });
    expect(response.statusCode).toBe(404);
    expect(await t.store.listProgress()).toEqual([]);
  });
});
