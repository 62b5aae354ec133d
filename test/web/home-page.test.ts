// The home page over a harvested catalogue: search box, counts by level of government linking to
// their searches, the map of Canada, recently updated datasets, in both languages.
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseLanguage } from '../../src/core/langstring.js';
import { formatNumber } from '../../src/web/i18n/messages.js';
import { webRoutes } from '../../src/web/server.js';
import { pagePath } from '../../src/web/urls.js';
import { record } from '../search/records.js';
import { harvestedCatalogue, type HarvestedCatalogue } from '../helpers/harvested-catalogue.js';
import { all, attr, byTag, links, parsePage, sectionByHeading, text } from './page-dom.js';

let h: HarvestedCatalogue;
let app: FastifyInstance;

beforeAll(async () => {
  h = await harvestedCatalogue({ federal: 60, quebec: 40, city: 30 });
  // The newest dataset of all, with a hostile title.
  await h.catalogue.store.write([record({ id: 'newest', source: 'hostile', title: { en: '<script>alert(1)</script> Newest', fr: '<b>Le plus récent</b>' }, modified: '2099-01-01' })]);
  app = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
  await app.register(webRoutes({ store: h.catalogue.store, search: (r) => h.catalogue.search(r) }));
});
afterAll(async () => {
  await app?.close();
  await h?.close();
});

async function page(url: string) {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.body, doc: parsePage(response.body) };
}

describe('the home page', () => {
  it('has the search box, labelled, sending to the search page of its language', async () => {
    for (const [lang, label, button] of [['en', 'Search datasets', 'Search'], ['fr', 'Chercher des jeux de données', 'Chercher']] as const) {
      const { status, body, doc } = await page(`/${lang}/`);
      expect(status).toBe(200);
      expect(body).toContain(`<html lang="${lang}">`);
      const form = all(doc, (e) => e.name === 'form' && attr(e, 'role') === 'search')[0]!;
      expect(attr(form, 'action')).toBe(pagePath(lang, 'search'));
      const input = all(form, (e) => e.name === 'input' && attr(e, 'name') === 'q')[0]!;
      expect(attr(input, 'type')).toBe('search');
      expect(text(all(form, (e) => e.name === 'label' && attr(e, 'for') === attr(input, 'id'))[0]!)).toBe(label);
      expect(text(byTag(form, 'button')[0]!)).toBe(button);
    }
  });

  it('counts datasets by level of government, each linking to its search', async () => {
    for (const [lang, heading] of [['en', 'Datasets by level of government'], ['fr', 'Jeux de données par ordre de gouvernement']] as const) {
      const expected = (await h.catalogue.search({ lang, size: 0 })).facets.jurisdictionLevel!;
      expect(expected.length).toBeGreaterThan(1);
      const section = sectionByHeading((await page(`/${lang}/`)).doc, heading)!;
      expect(links(section).map((l) => [l.name, l.href])).toEqual(
        expected.map((v) => [`${v.label[lang]} (${formatNumber(lang, v.count)})`, pagePath(lang, 'search', undefined, { jurisdictionLevel: v.value })]),
      );
    }
  });

  it('says how many datasets the catalogue holds', async () => {
    const total = (await h.catalogue.search({ size: 0 })).total;
    const { doc } = await page('/fr/');
    expect(text(all(doc, (e) => attr(e, 'class') === 'intro')[0]!)).toContain(`${formatNumber('fr', total)} jeux de données`);
  });

  it('draws the map of Canada with each region linking to its search', async () => {
    const counts = new Map((await h.catalogue.search({ size: 0, lang: 'en' })).facets.jurisdiction!.map((v) => [v.value, v.count]));
    const { doc } = await page('/en/');
    const figure = all(doc, (e) => e.name === 'figure' && (attr(e, 'class') ?? '').includes('ca-map'))[0];
    expect(figure).toBeDefined();
    const quebec = links(figure!).find((l) => l.href === pagePath('en', 'search', undefined, { jurisdiction: 'CA-QC' }));
    expect(quebec?.name).toContain(`${formatNumber('en', counts.get('CA-QC')!)} datasets`);
  });

  it('lists the ten most recently updated datasets, newest first, escaped', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const expected = await h.catalogue.search({ lang, sort: 'modified', size: 10 });
      const { body, doc } = await page(`/${lang}/`);
      const section = sectionByHeading(doc, lang === 'en' ? 'Recently updated datasets' : 'Jeux de données mis à jour récemment')!;
      const list = byTag(section, 'ul')[0]!;
      const titles = links(list);
      expect(titles.map((l) => l.href)).toEqual(expected.results.map((r) => pagePath(lang, 'dataset', r.id)));
      expect(titles.map((l) => l.name)).toEqual(expected.results.map((r) => r.title.text.replace(/\s+/g, ' ').trim()));
      titles.forEach((l, i) => {
        const base = baseLanguage(expected.results[i]!.title.tag);
        expect(attr(l.element, 'lang')).toBe(base === lang || base === 'und' ? undefined : base);
      });
      expect(titles[0]!.href).toBe(pagePath(lang, 'dataset', 'hostile:newest'));
      expect(body).not.toContain('<script>alert');
      expect(body).not.toContain('<b>Le plus');
    }
  });

  it('stays light', async () => {
    for (const url of ['/en/', '/fr/']) expect(Buffer.byteLength((await page(url)).body)).toBeLessThan(150 * 1024);
  });
});
