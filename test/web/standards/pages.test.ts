// The data standards' pages in both languages: the list, a standard's page with every field, the
// validation form and its report, and the coverage page.
import { readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoverageService } from '../../../src/standards/coverage/service.js';
import { fieldTitle } from '../../../src/standards/field-text.js';
import { getStandard, listStandards } from '../../../src/standards/registry.js';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { webRoutes } from '../../../src/web/server.js';
import { multipartBody } from '../../helpers/multipart.js';
import { stubDocument } from '../../store/stub-document.js';
import { brokenPermits } from '../../standards/broken-example.js';
import { attr, byId, byTag, links, parsePage, text } from '../page-dom.js';

let store: SqliteStore;
let app: FastifyInstance;

beforeAll(async () => {
  store = SqliteStore.open({ path: ':memory:', buildDocument: stubDocument });
  const search = async () => ({ total: 0, page: 1, size: 0, results: [], facets: {} });
  app = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
  await app.register(webRoutes({ store, search, standards: { list: listStandards, coverage: new CoverageService({ store, search, standards: listStandards }), maxUploadBytes: 20_000 } }));
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const get = (url: string) => app.inject({ method: 'GET', url });
const upload = (lang: 'en' | 'fr', fields: Record<string, string>, file?: { name: string; content: string | Buffer }) => {
  const { body, contentType } = multipartBody(fields, file ? { field: 'file', ...file } : undefined);
  return app.inject({ method: 'POST', url: lang === 'en' ? '/en/standards/validate' : '/fr/standards/valider', payload: body, headers: { 'content-type': contentType } });
};

describe('standards pages', () => {
  it('lists the five standards in each language, linking to their pages, with the nav link current', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const response = await get(`/${lang}/standards`);
      expect(response.statusCode).toBe(200);
      const page = parsePage(response.body);
      const h2 = byTag(page, 'h2').map(text);
      expect(h2).toEqual(listStandards().map((s) => s.title[lang]));
      const hrefs = links(page).map((l) => l.href);
      for (const s of listStandards()) expect(hrefs).toContain(`/${lang}/standards/${s.name}`);
      expect(byTag(page, 'a').some((a) => attr(a, 'aria-current') === 'page' && attr(a, 'href') === `/${lang}/standards`)).toBe(true);
    }
  });

  it('shows every field of a standard with its title in the page language, its files and the other language', async () => {
    const standard = getStandard('food-inspections')!;
    for (const lang of ['en', 'fr'] as const) {
      const page = parsePage((await get(`/${lang}/standards/food-inspections`)).body);
      expect(text(byTag(page, 'h1')[0]!)).toBe(standard.title[lang]);
      const rows = byTag(byTag(page, 'tbody')[0]!, 'tr');
      expect(rows.map((r) => text(byTag(r, 'th')[0]!))).toEqual(standard.schema.fields.map((f) => f.name));
      for (const [i, field] of standard.schema.fields.entries()) expect(text(rows[i]!)).toContain(fieldTitle(field, lang));
      const hrefs = links(page).map((l) => l.href);
      expect(hrefs).toContain('/api/v1/standards/food-inspections/schema.json');
      expect(hrefs).toContain('/api/v1/standards/food-inspections/example.csv');
      expect(byTag(page, 'link').find((l) => attr(l, 'rel') === 'alternate')?.attribs.href).toBe(`/${lang === 'en' ? 'fr' : 'en'}/standards/food-inspections`);
      expect(attr(byId(page, 'schema')!, 'name')).toBe('schema');
    }
    expect((await get('/en/standards/parking-tickets')).statusCode).toBe(404);
  });

  it('validates an uploaded example as valid, and names the rows of a broken one', async () => {
    const permits = getStandard('building-permits')!;
    const ok = await upload('en', { schema: 'building-permits' }, { name: 'permits.csv', content: readFileSync(permits.examplePath) });
    expect(ok.statusCode).toBe(200);
    expect(text(byTag(parsePage(ok.body), 'main')[0]!)).toContain('Valid: the file conforms');

    const broken = brokenPermits();
    const bad = await upload('fr', { schema: 'building-permits' }, { name: 'permis.csv', content: broken.csv });
    expect(bad.statusCode).toBe(200);
    const page = parsePage(bad.body);
    expect(text(byTag(page, 'main')[0]!)).toContain('Non valide');
    const region = byTag(page, 'div').find((d) => attr(d, 'aria-labelledby') === 'errors')!;
    const errorRows = byTag(byTag(region, 'tbody')[0]!, 'tr').map((r) => byTag(r, 'td').map(text));
    expect(errorRows.map((cells) => [cells[0], cells[3]])).toEqual([
      [String(broken.rows.cost), 'type-error'],
      [String(broken.rows.area), 'type-error'],
      [String(broken.rows.duplicate), 'primary-key-error'],
    ]);
  });

  it('refuses a file over the limit, a missing file and an unknown standard with the form and a message', async () => {
    const large = await upload('en', { schema: 'building-permits' }, { name: 'big.csv', content: `permit_number\n${'x\n'.repeat(15_000)}` });
    expect(large.statusCode).toBe(413);
    expect(text(byTag(parsePage(large.body), 'main')[0]!)).toContain('federa validate');
    const none = await upload('fr', { schema: 'building-permits' });
    expect(none.statusCode).toBe(400);
    expect(text(byTag(parsePage(none.body), 'main')[0]!)).toContain('Choisissez un fichier CSV');
    const unknown = await upload('en', { schema: 'nope' }, { name: 'a.csv', content: 'a\n1\n' });
    expect(unknown.statusCode).toBe(400);
    expect(byTag(parsePage(unknown.body), 'form')).toHaveLength(1);
  });

  it('shows the validation form and the coverage of each standard in both languages', async () => {
    const form = parsePage((await get('/fr/standards/valider?schema=traffic-collisions')).body);
    const options = byTag(form, 'option');
    expect(options).toHaveLength(5);
    expect(options.find((o) => attr(o, 'selected') !== undefined)?.attribs.value).toBe('traffic-collisions');
    expect(attr(byTag(form, 'form')[0]!, 'enctype')).toBe('multipart/form-data');
    for (const [lang, path] of [['en', '/en/standards/coverage'], ['fr', '/fr/standards/couverture']] as const) {
      const response = await get(path);
      expect(response.statusCode).toBe(200);
      const page = parsePage(response.body);
      expect(byTag(page, 'h2').map(text)).toEqual(listStandards().map((s) => s.title[lang]));
    }
  });
});
