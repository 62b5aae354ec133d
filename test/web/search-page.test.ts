// The search page over a harvested catalogue: results and their count, facets that combine,
// chips that remove, language and `lang` attributes, escaping of hostile records, 400 for bad
// parameters, and an empty result that explains itself with a corrected spelling.
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseLanguage, type UiLang } from '../../src/core/langstring.js';
import { analyze } from '../../src/search/analysis/analyze.js';
import type { SearchRequest, SearchResponse } from '../../src/search/types.js';
import { formatNumber } from '../../src/web/i18n/messages.js';
import { webRoutes } from '../../src/web/server.js';
import { pagePath } from '../../src/web/urls.js';
import { record } from '../search/records.js';
import { harvestedCatalogue, type HarvestedCatalogue } from '../helpers/harvested-catalogue.js';
import { all, attr, byId, byTag, links, parsePage, sectionByHeading, text, type Element } from './page-dom.js';

let h: HarvestedCatalogue;
let app: FastifyInstance;

const HOSTILE_TITLE = '<script>alert("title")</script> Zanzibar hostile record';
const HOSTILE = record({
  id: 'hostile',
  source: 'hostile',
  title: { en: HOSTILE_TITLE, fr: HOSTILE_TITLE },
  description: {
    en: 'Zanzibar <img src=x onerror=alert(1)> and <script>alert("snippet")</script> "quoted" & more',
    fr: 'Zanzibar <img src=x onerror=alert(1)>',
  },
  keywords: { en: ['<b>bold</b>'] },
  publisher: { id: 'evil', en: '<i>Evil</i> "publisher"', fr: '<i>Éditeur</i>' },
  formats: ['CSV'],
  licence: 'OGL-Canada-2.0',
  modified: '2024-02-02',
});
HOSTILE.provenance.landingPage = 'javascript:alert(1)';

beforeAll(async () => {
  h = await harvestedCatalogue({ federal: 120, quebec: 90, city: 60 });
  await h.catalogue.store.write([HOSTILE]);
  app = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
  await app.register(webRoutes({ store: h.catalogue.store, search: (r) => h.catalogue.search(r), suggest: (r) => h.catalogue.suggest(r) }));
});
afterAll(async () => {
  await app?.close();
  await h?.close();
});

async function page(url: string) {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.body, doc: parsePage(response.body) };
}

const search = (request: SearchRequest): Promise<SearchResponse> => h.catalogue.search({ size: 20, ...request });

/** The query parameters of a link, repeated ones kept, sorted. */
function params(href: string): string[] {
  return [...new URL(href, 'http://x').searchParams].map(([k, v]) => `${k}=${v}`).sort();
}

function countLine(doc: ReturnType<typeof parsePage>): string {
  const line = byId(doc, 'result-count');
  expect(line?.name).toBe('p');
  return text(line!);
}

const expectedCount = (lang: UiLang, n: number) =>
  `${formatNumber(lang, n)} ${lang === 'en' ? (n === 1 ? 'dataset' : 'datasets') : n < 2 ? 'jeu de données' : 'jeux de données'}`;

function facetLinks(doc: ReturnType<typeof parsePage>, heading: string) {
  const section = sectionByHeading(doc, heading);
  expect(section, heading).toBeDefined();
  return links(section!);
}

function resultArticles(doc: ReturnType<typeof parsePage>): Element[] {
  const list = all(doc, (e) => e.name === 'ol' && attr(e, 'class') === 'results')[0];
  expect(list).toBeDefined();
  return byTag(list!, 'article');
}

describe('the search page', () => {
  it('lists results under a count line, in the page language, with a toggle keeping the query', async () => {
    const expected = await search({ lang: 'en', q: 'data' });
    expect(expected.total).toBeGreaterThan(20);
    const { status, body, doc } = await page('/en/search?q=data');
    expect(status).toBe(200);
    expect(body).toContain('<html lang="en">');
    expect(countLine(doc)).toBe(expectedCount('en', expected.total));
    const articles = resultArticles(doc);
    expect(articles).toHaveLength(20);
    const titles = articles.map((a) => byTag(a, 'h2')[0]!).map((h2) => links(h2)[0]!);
    expect(titles.map((l) => l.href)).toEqual(expected.results.map((r) => pagePath('en', 'dataset', r.id)));
    expect(titles.map((l) => l.name)).toEqual(expected.results.map((r) => r.title.text.replace(/\s+/g, ' ').trim()));
    const toggle = all(doc, (e) => attr(e, 'class') === 'lang-toggle')[0]!;
    expect(attr(toggle, 'href')).toBe('/fr/recherche?q=data');
    expect(text(toggle)).toBe('Français');
    // The search box keeps the words, labelled, in a search landmark.
    const form = all(doc, (e) => e.name === 'form' && attr(e, 'role') === 'search')[0]!;
    const input = all(form, (e) => e.name === 'input' && attr(e, 'name') === 'q')[0]!;
    expect(attr(input, 'type')).toBe('search');
    expect(attr(input, 'value')).toBe('data');
    expect(text(all(form, (e) => e.name === 'label' && attr(e, 'for') === attr(input, 'id'))[0]!)).toBe('Search datasets');
    expect(text(byTag(form, 'button')[0]!)).toBe('Search');
  });

  it('writes the count line and the page in French', async () => {
    const expected = await search({ lang: 'fr' });
    const { body, doc } = await page('/fr/recherche');
    expect(body).toContain('<html lang="fr">');
    expect(countLine(doc)).toBe(expectedCount('fr', expected.total));
    expect(countLine(doc)).toMatch(/^\d{1,3}(?:[\u00a0\u202f ]\d{3})* jeux de données$/);
    const form = all(doc, (e) => e.name === 'form' && attr(e, 'role') === 'search')[0]!;
    expect(text(byTag(form, 'label')[0]!)).toBe('Chercher des jeux de données');
    expect(text(byTag(form, 'button')[0]!)).toBe('Chercher');
    expect(text(all(doc, (e) => attr(e, 'class') === 'lang-toggle')[0]!)).toBe('English');
  });

  it('shows what describes each result: publisher, jurisdiction, formats, licence and whether it is open, date', async () => {
    const expected = await search({ lang: 'en', filters: { licence: ['OGL-Canada-2.0'] } });
    const { doc } = await page('/en/search?licence=OGL-Canada-2.0');
    const articles = resultArticles(doc);
    expected.results.forEach((hit, i) => {
      const meta = text(all(articles[i]!, (e) => e.name === 'dl')[0]!);
      if (hit.publisher) expect(meta).toContain(hit.publisher.label.en);
      expect(meta).toContain(hit.jurisdiction.label.en);
      for (const format of hit.formats) expect(meta).toContain(format);
      expect(meta).toContain(`${hit.licence!.label.en} (${hit.licence!.open ? 'open' : 'not open'})`);
      const time = byTag(articles[i]!, 'time')[0];
      expect(time && attr(time, 'datetime')).toBe(hit.modified);
    });
  });

  it('badges machine-translated results and marks text in the other language with lang', async () => {
    const fr = await search({ lang: 'fr', size: 100 });
    const translated = fr.results.filter((r) => r.machineTranslated).length;
    const english = fr.results.filter((r) => baseLanguage(r.title.tag) === 'en').length;
    expect(translated).toBeGreaterThan(0);
    expect(english).toBeGreaterThan(0);
    // 100 per page is more than the page shows: compare page by page.
    for (const pageNumber of [1, 2, 3]) {
      const expected = await search({ lang: 'fr', page: pageNumber });
      const { doc } = await page(`/fr/recherche?page=${pageNumber}`);
      const articles = resultArticles(doc);
      expected.results.forEach((hit, i) => {
        const badge = all(articles[i]!, (e) => attr(e, 'class') === 'badge');
        expect(badge.map(text)).toEqual(hit.machineTranslated ? ['Traduction automatique'] : []);
        const title = links(byTag(articles[i]!, 'h2')[0]!)[0]!.element;
        const base = baseLanguage(hit.title.tag);
        expect(attr(title, 'lang')).toBe(base === 'fr' || base === 'und' ? undefined : base);
      });
    }
  });

  it('lists "also available from" for datasets other sources hold', async () => {
    const all100 = await search({ lang: 'en', size: 100, filters: { source: ['demo-federal'] } });
    const withCopies = all100.results.find((r) => r.alsoAvailableFrom.length > 0);
    expect(withCopies).toBeDefined();
    const { doc } = await page(`/en/search?q=${encodeURIComponent(`"${withCopies!.title.text}"`)}`);
    const article = resultArticles(doc).find((a) => links(a).some((l) => l.href === pagePath('en', 'dataset', withCopies!.id)))!;
    const also = all(article, (e) => attr(e, 'class') === 'also')[0]!;
    expect(links(also).map((l) => l.href)).toEqual(withCopies!.alsoAvailableFrom.map((c) => pagePath('en', 'dataset', c.id)));
  });
});

describe('facets', () => {
  it('are sections headed by the facet name, with links "label (count)" to the filtered search', async () => {
    const expected = await search({ lang: 'en' });
    const { doc } = await page('/en/search');
    const names = { jurisdictionLevel: 'Jurisdiction level', jurisdiction: 'Jurisdiction', publisher: 'Publisher', format: 'Format', licence: 'Licence', subject: 'Subject', keyword: 'Keyword', source: 'Source' } as const;
    for (const [key, heading] of Object.entries(names)) {
      const values = expected.facets[key] ?? [];
      expect(values.length, key).toBeGreaterThan(0);
      const found = facetLinks(doc, heading);
      expect(found.map((l) => l.name)).toEqual(values.map((v) => `${v.label.en} (${formatNumber('en', v.count)})`));
      expect(found.map((l) => params(l.href))).toEqual(values.map((v) => [`${key}=${v.value}`]));
    }
  });

  it('show the top ten and the rest under "Show all"', async () => {
    const expected = await search({ lang: 'en' });
    const publishers = expected.facets.publisher!;
    expect(publishers.length).toBeGreaterThan(10);
    const section = sectionByHeading((await page('/en/search')).doc, 'Publisher')!;
    const details = byTag(section, 'details')[0]!;
    expect(text(byTag(details, 'summary')[0]!)).toBe('Show all');
    expect(links(details)).toHaveLength(publishers.length - 10);
    const french = sectionByHeading((await page('/fr/recherche')).doc, 'Éditeur')!;
    expect(text(byTag(byTag(french, 'details')[0]!, 'summary')[0]!)).toBe('Tout afficher');
  });

  it('combine: values of one key with OR, keys with AND, and a selected value’s link removes it', async () => {
    const levels = (await search({ lang: 'en' })).facets.jurisdictionLevel!;
    const [first, second] = levels;
    expect(second).toBeDefined();
    let current = await page('/en/search');
    const follow = async (heading: string, label: string) => {
      const link = facetLinks(current.doc, heading).find((l) => l.name.startsWith(`${label} (`));
      expect(link, `${heading}: ${label}`).toBeDefined();
      current = await page(link!.href);
      return link!.href;
    };
    const one = await follow('Jurisdiction level', first!.label.en);
    expect(params(one)).toEqual([`jurisdictionLevel=${first!.value}`]);
    expect(countLine(current.doc)).toBe(expectedCount('en', first!.count));
    const both = await follow('Jurisdiction level', second!.label.en);
    expect(params(both)).toEqual([`jurisdictionLevel=${first!.value}`, `jurisdictionLevel=${second!.value}`].sort());
    const either = await search({ lang: 'en', filters: { jurisdictionLevel: [first!.value, second!.value] } });
    expect(countLine(current.doc)).toBe(expectedCount('en', either.total));
    // The selected values are marked.
    const selected = facetLinks(current.doc, 'Jurisdiction level').filter((l) => attr(l.element, 'aria-current') === 'true');
    expect(selected).toHaveLength(2);
    const format = either.facets.format![0]!;
    const narrowed = await follow('Format', format.label.en);
    expect(params(narrowed)).toContain(`format=${format.value}`);
    const and = await search({ lang: 'en', filters: { jurisdictionLevel: [first!.value, second!.value], format: [format.value] } });
    expect(and.total).toBe(format.count);
    expect(countLine(current.doc)).toBe(expectedCount('en', and.total));
    // Following a selected value takes it out.
    const removed = await follow('Jurisdiction level', first!.label.en);
    expect(params(removed)).toEqual([`format=${format.value}`, `jurisdictionLevel=${second!.value}`].sort());
  });
});

describe('active filters', () => {
  it('are chips that each remove one filter or the words, named "Remove filter: …"', async () => {
    const { doc } = await page('/en/search?q=data&jurisdictionLevel=provincial&format=CSV&page=2');
    const list = all(doc, (e) => e.name === 'ul' && attr(e, 'aria-label') === 'Active filters')[0];
    expect(list).toBeDefined();
    const chips = links(list!);
    expect(chips.map((c) => c.name)).toEqual(['Remove filter: “data”', 'Remove filter: Provincial', 'Remove filter: CSV']);
    expect(chips.map((c) => params(c.href))).toEqual([
      ['format=CSV', 'jurisdictionLevel=provincial'],
      ['format=CSV', 'q=data'],
      ['jurisdictionLevel=provincial', 'q=data'],
    ]);
    const fr = await page('/fr/recherche?jurisdictionLevel=provincial');
    const frList = all(fr.doc, (e) => e.name === 'ul' && attr(e, 'aria-label') === 'Filtres actifs')[0]!;
    expect(links(frList).map((c) => c.name)).toEqual(['Retirer le filtre : Provincial']);
  });

  it('are absent when nothing narrows the search', async () => {
    const { doc } = await page('/en/search');
    expect(all(doc, (e) => attr(e, 'aria-label') === 'Active filters')).toEqual([]);
  });
});

describe('sorting and paging', () => {
  it('sorts in a form that keeps the filters and the words', async () => {
    const { doc } = await page('/en/search?q=data&format=CSV&format=JSON&sort=title');
    const form = all(doc, (e) => e.name === 'form' && attr(e, 'class') === 'sort-form')[0]!;
    expect(attr(form, 'method')).toBe('get');
    const hidden = all(form, (e) => e.name === 'input' && attr(e, 'type') === 'hidden').map((e) => `${attr(e, 'name')}=${attr(e, 'value')}`);
    expect(hidden.sort()).toEqual(['format=CSV', 'format=JSON', 'q=data']);
    const selected = all(form, (e) => e.name === 'option' && attr(e, 'selected') !== undefined);
    expect(selected.map((o) => attr(o, 'value'))).toEqual(['title']);
    const expected = await search({ lang: 'en', q: 'data', filters: { format: ['CSV', 'JSON'] }, sort: 'title' });
    expect(resultArticles(doc).map((a) => links(byTag(a, 'h2')[0]!)[0]!.href)).toEqual(expected.results.map((r) => pagePath('en', 'dataset', r.id)));
  });

  it('pages with previous, next and numbers, the current one marked', async () => {
    const expected = await search({ lang: 'en', page: 2 });
    const { doc } = await page('/en/search?page=2');
    const nav = all(doc, (e) => e.name === 'nav' && attr(e, 'aria-label') === 'Pages of results')[0]!;
    const navLinks = links(nav);
    expect(navLinks[0]!.name).toBe('Previous');
    expect(navLinks.at(-1)!.name).toBe('Next');
    const current = navLinks.filter((l) => attr(l.element, 'aria-current') === 'page');
    expect(current.map((l) => l.name)).toEqual(['Page 2']);
    expect(params(navLinks[0]!.href)).toEqual([]);
    expect(params(navLinks.at(-1)!.href)).toEqual(['page=3']);
    const list = all(doc, (e) => e.name === 'ol' && attr(e, 'class') === 'results')[0]!;
    expect(attr(list, 'start')).toBe('21');
    expect(resultArticles(doc)).toHaveLength(expected.results.length);
  });

  it('says when a page is past the last one', async () => {
    const total = (await search({ lang: 'en', q: 'data' })).total;
    const last = Math.ceil(total / 20);
    const { status, doc } = await page(`/en/search?q=data&page=${last + 5}`);
    expect(status).toBe(200);
    expect(text(doc)).toContain(`There is no page ${last + 5}: these results end on page ${last}.`);
    expect(links(doc).find((l) => l.name === 'Go to the last page')?.href).toBe(`/en/search?q=data&page=${last}`);
  });
});

describe('hostile records', () => {
  it('escape titles, snippets and labels, and never link to javascript:', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const { status, body, doc } = await page(pagePath(lang, 'search', undefined, { q: 'zanzibar' }));
      expect(status).toBe(200);
      expect(body).not.toMatch(/<script>alert/);
      expect(body).not.toMatch(/<img src=x/i);
      expect(body).not.toMatch(/<i>Evil|<b>bold/);
      expect(body).not.toContain('javascript:');
      expect(body).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;');
      const article = resultArticles(doc).find((a) => text(a).includes('Zanzibar hostile record'));
      expect(article).toBeDefined();
      // The snippet keeps only its <mark>: everything else is text.
      const snippet = all(article!, (e) => attr(e, 'class') === 'snippet')[0]!;
      expect(all(snippet, () => true).map((e) => e.name)).toEqual(['mark']);
      expect(text(byTag(snippet, 'mark')[0]!)).toBe('Zanzibar');
      // Only the site's own script.
      expect(byTag(doc, 'script').map((s) => attr(s, 'src'))).toEqual([expect.stringMatching(/^\/assets\/app\.[0-9a-f]+\.js$/)]);
    }
  });

  it('escape the words searched wherever they are echoed', async () => {
    const q = '"><script>alert(1)</script>';
    const { status, body, doc } = await page(`/en/search?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(body).not.toContain('<script>alert(1)');
    const input = all(doc, (e) => e.name === 'input' && attr(e, 'name') === 'q')[0]!;
    expect(attr(input, 'value')).toBe(q);
    expect(text(byTag(doc, 'title')[0]!)).toContain(q);
  });
});

describe('bad parameters', () => {
  const cases: Array<[string, string, string]> = [
    ['page=abc', 'The page number must be a whole number from 1, got “abc”.', 'Le numéro de page doit être un nombre entier à partir de 1, reçu « abc ».'],
    ['page=0', 'got “0”', 'reçu « 0 »'],
    ['sort=popularity', 'The order must be relevance, modified or title, got “popularity”.', 'reçu « popularity »'],
    ['q=a&q=b', 'The parameter “q” can be given only once.', 'Le paramètre « q » ne peut être donné qu’une fois.'],
    ['open=maybe', 'open: must be true or false, got "maybe"', 'open : doit être true ou false'],
    ['modifiedFrom=yesterday', 'modifiedFrom: must be an ISO 8601 date', 'modifiedFrom : doit être une date ISO 8601'],
    ['jurisdictionLevel=galactic', 'jurisdictionLevel: must be one of', 'jurisdictionLevel : doit être l’un de'],
    ['page=600', 'page: goes past the first 10000 results', 'page : dépasse les 10000 premiers résultats'],
  ];

  it.each(cases)('%s gets the page with a 400 that says what is wrong, in each language', async (query, en, fr) => {
    for (const [lang, message] of [['en', en], ['fr', fr]] as const) {
      const { status, body, doc } = await page(`${pagePath(lang, 'search')}?${query}`);
      expect(status).toBe(400);
      expect(body).toContain(`<html lang="${lang}">`);
      const problem = all(doc, (e) => attr(e, 'role') === 'alert')[0]!;
      expect(text(problem).replace(/\u00a0/g, ' ')).toContain(message);
      expect(text(byTag(problem, 'h2')[0]!)).toBe(lang === 'en' ? 'This search could not be run' : 'Cette recherche n’a pas pu être lancée');
      expect(all(doc, (e) => e.name === 'form' && attr(e, 'role') === 'search')).toHaveLength(1);
    }
  });
});

describe('an empty result', () => {
  /** A word of the catalogue that is its own term, with a letter of its middle dropped, that the
   * catalogue does not find. */
  async function misspelled(lang: UiLang): Promise<string> {
    const { results } = await search({ lang, size: 100 });
    for (const hit of results) {
      for (const word of hit.title.text.split(/[^\p{L}]+/u).filter((w) => w.length >= 6 && /^[a-z]+$/.test(w))) {
        if (analyze(word, lang).join() !== word) continue;
        const typo = word.slice(0, 3) + word.slice(4);
        if ((await search({ lang, q: typo, size: 0 })).total === 0) return typo;
      }
    }
    throw new Error('no word to misspell');
  }

  it('explains what was searched with which filters, and links to the search without each', async () => {
    const { status, doc } = await page('/en/search?q=zzqxvjw&jurisdictionLevel=provincial&format=CSV');
    expect(status).toBe(200);
    expect(countLine(doc)).toBe('0 datasets');
    const empty = sectionByHeading(doc, 'No datasets found')!;
    expect(text(empty)).toContain('Nothing matches “zzqxvjw” with these filters: Provincial, CSV');
    const found = links(empty);
    expect(found.find((l) => l.name === 'Search without “Provincial”')?.href).toBe('/en/search?q=zzqxvjw&format=CSV');
    expect(found.find((l) => l.name === 'Search without “CSV”')?.href).toBe('/en/search?q=zzqxvjw&jurisdictionLevel=provincial');
    expect(found.find((l) => l.name === 'Search “zzqxvjw” without any filter')?.href).toBe('/en/search?q=zzqxvjw');
    expect(text(empty)).not.toContain('Did you mean');
    // The chips still take filters out.
    const chips = links(all(doc, (e) => attr(e, 'aria-label') === 'Active filters')[0]!);
    expect(chips.map((c) => c.name)).toEqual(['Remove filter: “zzqxvjw”', 'Remove filter: Provincial', 'Remove filter: CSV']);
  });

  it('suggests a corrected spelling that finds datasets, in each language', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const typo = await misspelled(lang);
      const suggestion = await h.catalogue.suggest({ lang, q: typo });
      expect(suggestion, typo).toBeDefined();
      // Another near word may be the likelier one; it is a word of the catalogue, not the typo.
      expect(analyze(suggestion!.q, lang)).not.toEqual(analyze(typo, lang));
      const { doc } = await page(pagePath(lang, 'search', undefined, { q: typo }));
      const empty = sectionByHeading(doc, lang === 'en' ? 'No datasets found' : 'Aucun jeu de données trouvé')!;
      const didYouMean = all(empty, (e) => attr(e, 'class') === 'did-you-mean')[0]!;
      expect(text(didYouMean).replace(/\u00a0/g, ' ')).toContain(lang === 'en' ? `Did you mean ${suggestion!.q}?` : `Vouliez-vous dire ${suggestion!.q} ?`);
      const link = links(didYouMean)[0]!;
      expect(link.name).toBe(suggestion!.q);
      const followed = await page(link.href);
      expect(countLine(followed.doc)).toBe(expectedCount(lang, suggestion!.total));
      expect(suggestion!.total).toBeGreaterThan(0);
    }
  });
});

describe('page weight', () => {
  it('stays under 150 KB with every facet full and filters set', async () => {
    const facets = (await search({ lang: 'en' })).facets;
    const query = new URLSearchParams();
    for (const key of ['jurisdictionLevel', 'publisher', 'format', 'keyword'] as const) for (const v of facets[key]!.slice(0, 3)) query.append(key, v.value);
    for (const url of ['/en/search', `/en/search?${query}`, '/fr/recherche?q=donn%C3%A9es']) {
      const { body } = await page(url);
      expect(Buffer.byteLength(body), url).toBeLessThan(150 * 1024);
    }
  });
});

