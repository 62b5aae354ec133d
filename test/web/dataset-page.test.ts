// The dataset page over a harvested catalogue: text in the page language or the other one with a
// notice and `lang`, machine translation flagged, hostile text inert, JSON-LD, provenance and
// its cluster, and 404 for unknown and withdrawn ids.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetId } from '../../src/core/ids.js';
import { pickText, type UiLang } from '../../src/core/langstring.js';
import { safeUrl } from '../../src/web/html.js';
import { pagePath } from '../../src/web/urls.js';
import { HOSTILE_REMOTE, HOSTILE_SOURCE, plantedRecord } from '../browser/helpers/hostile-records.js';
import { dom, harvestedApp, type HarvestedApp } from './harvested-app.js';

let site: HarvestedApp;

beforeAll(async () => {
  site = await harvestedApp();
});
afterAll(async () => {
  await site?.close();
});

async function page(lang: UiLang, id: string) {
  const response = await site.app.inject({ url: pagePath(lang, 'dataset', id) });
  return { status: response.statusCode, body: response.body, dom: dom(response.body) };
}

const hostileIds = [datasetId(HOSTILE_SOURCE, HOSTILE_REMOTE.harvested), datasetId(HOSTILE_SOURCE, HOSTILE_REMOTE.planted)];

describe('dataset page: language', () => {
  it('shows French-only text on the English page with a notice and lang="fr", and not on the French page', async () => {
    const { record } = await site.find((d) => Object.keys(d.record.title).join() === 'fr' && Object.keys(d.record.description).join() === 'fr', 'demo-quebec');
    const en = await page('en', record.id);
    expect(en.status).toBe(200);
    const h1 = en.dom.byTag('h1');
    expect(h1).toHaveLength(1);
    expect(en.dom.text(h1[0]!)).toBe(record.title.fr);
    expect(en.dom.attr(h1[0]!, 'lang')).toBe('fr');
    const notices = en.dom.all((e) => (en.dom.attr(e, 'class') ?? '').includes('fallback-notice'));
    expect(notices.map((n) => en.dom.text(n))).toEqual(['This text is only available in French.', 'This text is only available in French.']);
    const description = en.dom.all((e) => en.dom.attr(e, 'class') === 'rich-text')[0]!;
    expect(en.dom.attr(description, 'lang')).toBe('fr');
    expect(en.dom.text(description)).toContain(record.description.fr!.slice(0, 40));

    const fr = await page('fr', record.id);
    expect(fr.dom.attr(fr.dom.byTag('h1')[0]!, 'lang')).toBeUndefined();
    expect(fr.body).not.toContain('fallback-notice');
    expect(fr.body).toContain('<html lang="fr">');
  });

  it('shows English-only text on the French page with « Ce texte n’existe qu’en anglais. »', async () => {
    const { record } = await site.find((d) => Object.keys(d.record.title).join() === 'en', 'demo-city');
    const fr = await page('fr', record.id);
    const h1 = fr.dom.byTag('h1')[0]!;
    expect(fr.dom.text(h1)).toBe(record.title.en);
    expect(fr.dom.attr(h1, 'lang')).toBe('en');
    expect(fr.body).toContain('<p class="notice fallback-notice">Ce texte n’existe qu’en anglais.</p>');
    expect((await page('en', record.id)).body).not.toContain('fallback-notice');
  });

  it('flags machine-translated text where it is shown', async () => {
    const { record } = await site.find((d) => d.record.title['fr-t-en'] !== undefined && d.record.title.fr === undefined, 'demo-federal');
    const fr = await page('fr', record.id);
    expect(fr.dom.text(fr.dom.byTag('h1')[0]!)).toBe(record.title['fr-t-en']);
    // Machine-translated French is French: no lang attribute, but a badge.
    expect(fr.dom.attr(fr.dom.byTag('h1')[0]!, 'lang')).toBeUndefined();
    expect(fr.body).toContain('<span class="badge badge-mt">Traduction automatique</span>');
    const en = await page('en', record.id);
    expect(en.dom.text(en.dom.byTag('h1')[0]!)).toBe(record.title.en);
    expect(en.body).not.toContain('badge-mt');
  });
});

describe('dataset page: facts and files', () => {
  it('links keywords, subjects and the publisher to the filtered search, and gives sizes in human units', async () => {
    const { record } = await site.find((d) => (d.record.keywords.fr?.length ?? 0) > 0 && d.record.subjects.length > 0 && d.record.distributions.some((x) => x.size !== undefined), 'demo-quebec');
    const { dom: fr } = await page('fr', record.id);
    const links = fr.links();
    const keyword = record.keywords.fr![0]!;
    expect(links).toContainEqual([keyword, pagePath('fr', 'search', undefined, { keyword: keyword.toLocaleLowerCase('fr-CA') })]);
    expect(links.map(([, href]) => href)).toContain(pagePath('fr', 'search', undefined, { subject: record.subjects[0]! }));
    expect(links.map(([, href]) => href)).toContain(pagePath('fr', 'search', undefined, { publisher: record.publisher!.id }));
    const table = fr.section('Données et ressources')!;
    expect(fr.text(table)).toMatch(/\d(?:,\d)?\s(?:octets?|ko|Mo|Go)\b/);
    for (const d of record.distributions) expect(fr.links(table).map(([, href]) => href)).toContain(safeUrl(d.url));
  });

  it('draws the spatial coverage on a map of Canada, with its coordinates as text', async () => {
    const { dom: en } = await page('en', datasetId(HOSTILE_SOURCE, HOSTILE_REMOTE.planted));
    const figure = en.all((e) => en.attr(e, 'class') === 'bbox-map')[0];
    expect(figure).toBeDefined();
    expect(en.text(figure!)).toContain('Area covered: west 64° W, south 44° N, east 63° W, north 45° N');
  });
});

describe('dataset page: hostile records', () => {
  it('keeps the hostile records as they came (the test has something to defend against)', async () => {
    const planted = (await site.harvested.catalogue.store.getDataset(hostileIds[1]!))?.record;
    expect(planted?.description.en).toContain('<script>');
    expect(planted?.provenance.landingPage).toMatch(/^javascript:/);
    const harvested = (await site.harvested.catalogue.store.getDataset(hostileIds[0]!))?.record;
    expect(harvested?.distributions.some((d) => d.url.startsWith('javascript:'))).toBe(true);
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`runs nothing and links nowhere unsafe (${lang})`, async () => {
      for (const id of hostileIds) {
        const { status, body, dom: d } = await page(lang, id);
        expect(status).toBe(200);
        // The only scripts: the site's own file and the JSON-LD data block.
        const scripts = d.byTag('script').map((s) => d.attr(s, 'src') ?? d.attr(s, 'type'));
        expect(scripts).toHaveLength(2);
        expect(scripts[0]).toMatch(/^\/assets\/app\.[0-9a-f]+\.js$/);
        expect(scripts[1]).toBe('application/ld+json');
        for (const element of d.all(() => true)) {
          for (const [name, value] of Object.entries(element.attribs)) {
            expect(name, `${element.name} ${name}="${value}"`).not.toMatch(/^on/i);
            if (name === 'href' || name === 'src' || name === 'action' || name === 'formaction') {
              expect(value.startsWith('/') || value.startsWith('#') || ['http:', 'https:', 'ftp:'].includes(new URL(value).protocol), `${name}="${value}"`).toBe(true);
            }
          }
        }
        expect(d.byTag('img')).toHaveLength(0);
        expect(d.byTag('iframe')).toHaveLength(0);
        expect(body).toContain('Water readings of the harbour.');
      }
    });
  }

  it('shows unsafe addresses as text, never as links', async () => {
    const planted = plantedRecord();
    const { dom: en } = await page('en', planted.id);
    const table = en.section('Data and resources')!;
    expect(en.links(table)).toEqual([]);
    const shown = en.all((e) => e.name === 'code' && en.attr(e, 'class') === 'url').map((e) => en.text(e));
    for (const d of planted.distributions) expect(shown).toContain(d.url);
    const provenance = en.section('Provenance')!;
    expect(en.links(provenance).map(([name]) => name)).not.toContain('View the original record');
    expect(en.text(provenance)).toContain(planted.provenance.landingPage);
  });
});

describe('dataset page: JSON-LD', () => {
  function jsonLd(body: string): Record<string, unknown> {
    const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(body);
    expect(match).not.toBeNull();
    return JSON.parse(match![1]!) as Record<string, unknown>;
  }

  it('describes the dataset as a schema.org Dataset with name, description, licence and distributions', async () => {
    const { record } = await site.find((d) => d.record.licence?.id !== undefined && d.record.distributions.length > 1 && Object.keys(d.record.description).length > 0, 'demo-federal');
    for (const lang of ['en', 'fr'] as const) {
      const data = jsonLd((await page(lang, record.id)).body);
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('Dataset');
      expect(data.name).toBe(pickText(record.title, lang)!.text);
      expect(typeof data.description).toBe('string');
      expect((data.description as string).length).toBeGreaterThan(20);
      expect(new URL(String(data.license)).protocol).toMatch(/^https?:$/);
      const distribution = data.distribution as Array<Record<string, unknown>>;
      expect(distribution.map((d) => d.contentUrl)).toEqual(record.distributions.map((d) => safeUrl(d.url)).filter(Boolean));
      expect(distribution.every((d) => d['@type'] === 'DataDownload')).toBe(true);
      expect(data.url).toBe(safeUrl(record.provenance.landingPage));
    }
  });

  it('escapes markup so that no text can close the script element', async () => {
    const { body } = await page('en', hostileIds[0]!);
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(body)![1]!;
    expect(block).not.toContain('<');
    const data = jsonLd(body);
    expect(data.name).toContain('<script>');
    // The description is given as plain text: its markup is gone, its words are kept.
    expect(data.description).toContain('Water readings of the harbour.');
    expect(data.description).not.toContain('<script');
    // Unsafe distribution addresses are left out of the data too.
    expect((data.distribution as Array<Record<string, unknown>>).map((d) => d.contentUrl)).toEqual(['https://example.org/readings.csv']);
  });
});

describe('dataset page: provenance', () => {
  it('says where and when it was harvested, links the original record, and lists the other copies', async () => {
    const stored = await site.find((d) => (d.cluster?.members.length ?? 0) > 1 && d.cluster?.preferred === d.record.id, 'demo-quebec');
    const { record, cluster } = stored;
    const other = cluster!.members.find((m) => m.id !== record.id)!;
    const en = await page('en', record.id);
    const provenance = en.dom.section('Provenance')!;
    expect(provenance).toBeDefined();
    const links = en.dom.links(provenance);
    expect(links).toContainEqual(['View the original record', safeUrl(record.provenance.landingPage)!]);
    expect(links).toContainEqual(['Données Québec (simulated)', '/en/sources/demo-quebec']);
    expect(en.dom.text(provenance)).toMatch(/^Provenance Harvested from Données Québec \(simulated\) on [A-Z][a-z]+ \d{1,2}, \d{4}\./);
    expect(links.map(([, href]) => href)).toContain(pagePath('en', 'dataset', other.id));
    expect(links.map(([, href]) => href)).toContain(safeUrl(other.landingPage));

    const fr = await page('fr', record.id);
    expect(fr.dom.links(fr.dom.section('Provenance')!)).toContainEqual(['Voir la fiche d’origine', safeUrl(record.provenance.landingPage)!]);

    // The other copy's page points back to the copy search shows.
    const copy = await page('en', other.id);
    expect(copy.status).toBe(200);
    expect(copy.dom.text(copy.dom.section('Provenance')!)).toContain('Search shows this dataset from: Données Québec (simulated)');
    expect(copy.dom.links(copy.dom.section('Provenance')!).map(([, href]) => href)).toContain(pagePath('en', 'dataset', record.id));
  });
});

describe('dataset page: not found', () => {
  it('answers unknown ids with the 404 page in the page language', async () => {
    const en = await page('en', 'demo-quebec:no-such-record');
    expect(en.status).toBe(404);
    expect(en.body).toContain('Page not found');
    const fr = await page('fr', 'nowhere');
    expect(fr.status).toBe(404);
    expect(fr.body).toContain('Page introuvable');
  });

  it('answers a withdrawn record with the 404 page', async () => {
    const store = site.harvested.catalogue.store;
    const doomed = { ...plantedRecord(), id: datasetId(HOSTILE_SOURCE, 'to-withdraw') };
    doomed.provenance = { ...doomed.provenance, remoteId: 'to-withdraw' };
    await store.write([doomed]);
    expect((await page('en', doomed.id)).status).toBe(200);
    const keep = new Set([HOSTILE_REMOTE.harvested, HOSTILE_REMOTE.planted]);
    expect(await store.withdrawMissing(HOSTILE_SOURCE, keep, new Date().toISOString())).toBe(1);
    const gone = await page('en', doomed.id);
    expect(gone.status).toBe(404);
    expect(gone.body).toContain('Page not found');
    expect((await page('en', hostileIds[1]!)).status).toBe(200);
  });
});
