// The crosswalk page in both languages over three configured sources (one with records): every
// configured source has its section, the kinds their tables, completeness its figures.
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UiLang } from '../../src/core/langstring.js';
import { webRoutes } from '../../src/web/server.js';
import { crosswalkSite, type CrosswalkSite } from '../standards/crosswalk/crosswalk-site.js';
import { dom } from './harvested-app.js';

let site: CrosswalkSite;
let app: FastifyInstance;

beforeAll(async () => {
  site = await crosswalkSite();
  app = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
  await app.register(webRoutes({ store: site.store, search: async () => ({}) as never, crosswalk: () => site.service.report() }));
}, 120_000);
afterAll(async () => {
  await app?.close();
  await site?.close();
});

const WORDS: Record<UiLang, { title: string; sources: string; empty: RegExp; csv: string; other: string; nav: string }> = {
  en: { title: 'Metadata crosswalk', sources: 'By configured source', empty: /no record harvested yet/, csv: 'Download the crosswalk as CSV', other: '/fr/crosswalk', nav: 'Crosswalk' },
  fr: { title: 'Correspondance des métadonnées', sources: 'Par source configurée', empty: /sans enregistrement moissonné/, csv: 'Télécharger la correspondance en CSV', other: '/en/crosswalk', nav: 'Correspondance' },
};

describe.each(['en', 'fr'] as const)('the crosswalk page (%s)', (lang) => {
  it('lists every configured source, with or without records', async () => {
    const w = WORDS[lang];
    const response = await app.inject({ url: `/${lang}/crosswalk` });
    expect(response.statusCode).toBe(200);
    const d = dom(response.body);
    expect(d.text(d.byTag('h1')[0]!)).toBe(w.title);
    expect(d.attr(d.byTag('html')[0]!, 'lang')).toBe(lang);
    const sources = d.section(w.sources);
    expect(sources).toBeDefined();
    const headings = d.all((e) => e.name === 'h3' && (d.attr(e, 'id') ?? '').startsWith('source-')).map((h) => d.attr(h, 'id'));
    expect(headings).toEqual(['source-harbour-ckan', 'source-prairie-socrata', 'source-tundra-csw']);
    const csw = d.all((e) => e.name === 'section' && d.attr(e, 'aria-labelledby') === 'source-tundra-csw')[0]!;
    expect(d.text(csw)).toMatch(w.empty);
    expect(d.links(csw)).toContainEqual([expect.any(String), '#kind-csw']);
    const ckan = d.all((e) => e.name === 'section' && d.attr(e, 'aria-labelledby') === 'source-harbour-ckan')[0]!;
    expect(d.text(ckan)).toContain('title_translated.en');
    expect(d.text(ckan)).toContain('title.en');
    expect(d.links()).toContainEqual([w.csv, '/api/v1/crosswalk.csv']);
    expect(d.links()).toContainEqual([w.nav, `/${lang}/crosswalk`]);
    const alternate = d.all((e) => e.name === 'link' && d.attr(e, 'rel') === 'alternate')[0];
    expect(alternate && d.attr(alternate, 'href')).toBe(w.other);
  });

  it('shows the GC elements Federa does not carry and the completeness by source', async () => {
    const d = dom((await app.inject({ url: `/${lang}/crosswalk` })).body);
    const text = d.text(d.document.children as never);
    expect(text).toContain('spatial_representation_type');
    const caption = lang === 'en' ? 'By source' : 'Par source';
    const table = d.all((e) => e.name === 'table' && d.text(e.children.find((c) => 'name' in c && c.name === 'caption') as never) === caption)[0];
    expect(table).toBeDefined();
    const names = d.all((e) => e.name === 'th' && d.attr(e, 'scope') === 'row').map((th) => d.text(th));
    expect(names).toContain(lang === 'en' ? 'Harbour open data' : 'Données ouvertes du port');
  });
});
