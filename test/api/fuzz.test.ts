// Random and hostile input against every search and API endpoint (and the search pages) over a
// real small catalogue: never a 500, never a stack trace. Seeded: FEDERA_FUZZ_SEED reproduces a run.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../../src/api/server.js';
import type { SearchRequest } from '../../src/search/types.js';
import type { CompletionRequest } from '../../src/search/completion/completion-index.js';
import { webRoutes } from '../../src/web/server.js';
import { harvestedCatalogue, type HarvestedCatalogue } from '../helpers/harvested-catalogue.js';
import { SeededPicker, seededRandom } from '../helpers/seeded-random.js';

const SEED = Number(process.env.FEDERA_FUZZ_SEED ?? 20261127);
const ROUNDS = 1200;


// Raw pieces go into the URL as they are (invalid percent-encodings included); text is encoded.
const RAW = ['%FF', '%C3%28', '%', '%zz', '%00', '%E0%A4', '%ED%A0%80', '%2e%2e%2f', '..%2F..%2F', '%0d%0a', '%22', '%27', '%5C', '%u0041', '%%', '+', '&', '=', '#', '?'];
const TEXT = [
  "' OR 1=1 --", "'; DROP TABLE datasets; --", '" OR ""="', '1) UNION SELECT * FROM api_tokens --', "Robert'); --",
  'NEAR(', 'NEAR(a b, 2)', 'NEAR(', '"', '""', '"unterminated', '*', '**', 'a*', '^', '^title', 'a OR', 'OR', 'AND', 'NOT', 'NOT NOT', '-', '--', '-"x"', '(', ')', '()', '(a OR', '{title_en}:x', 'title_en:roads', 'dataset_text:x', ':', ':::', 'rank:1', 'x AND NOT y OR', '|', 'bm25(', '-road -water',
  '\u0000', '\u0001', '\u001b[31m', '\r\n', '\t', '\u2028', '\ufeff', '\ud800', '\udfff', '😀', 'é', 'Montréal', 'ﬁ', 'Ⅻ', 'İ', 'ß', '\u202e', 'a\u0301', '日本語',
  '../../etc/passwd', '..\\..\\windows', '/etc/passwd', '....//', '%2e%2e', '<script>alert(1)</script>', 'javascript:alert(1)', '${7*7}', '{{7*7}}', '__proto__', 'constructor', 'toString', 'null', 'undefined', 'NaN', '-1', '0', '1e309', '99999999999999999999', '0x10', ' ', '',
  'road', 'roads', 'water', 'eau', 'données', 'transport', 'budget', 'park', 'parcs', 'collisions',
];
const PARAMS = ['q', 'q', 'q', 'lang', 'sort', 'page', 'size', 'modifiedFrom', 'modifiedTo', 'jurisdictionLevel', 'jurisdiction', 'publisher', 'source', 'format', 'licence', 'open', 'subject', 'keyword', 'language', 'limit', 'q[]', 'q[a]', '__proto__', 'constructor', 'x', '', '%FF', 'size[]'];

class Fuzzer extends SeededPicker {
  /** A value for the URL, already in URL form. */
  value(): string {
    const parts: string[] = [];
    const count = 1 + this.int(4);
    for (let i = 0; i < count; i++) {
      const roll = this.next();
      if (roll < 0.2) parts.push(this.pick(RAW));
      else if (roll < 0.85) parts.push(encodeURIComponent(this.wellFormed(this.pick(TEXT))));
      else if (roll < 0.95) parts.push(encodeURIComponent(this.randomText()));
      else parts.push(encodeURIComponent(this.pick(['a', 'é', '"', '*', ' ']).repeat(1 + this.int(20_000))));
    }
    return parts.join(this.pick(['', '%20', '+', '']));
  }
  /** Lone surrogates cannot be URL-encoded: their bytes are sent raw instead, as a hostile client would. */
  private wellFormed(text: string): string {
    return text.replace(/[\ud800-\udfff]/g, '\ufffd');
  }
  randomText(): string {
    const length = this.int(30);
    let text = '';
    for (let i = 0; i < length; i++) {
      const roll = this.next();
      text += String.fromCodePoint(roll < 0.6 ? 32 + this.int(95) : roll < 0.8 ? this.int(32) : roll < 0.95 ? 0xa0 + this.int(0x2000) : 0x1f300 + this.int(0x300));
    }
    return text;
  }
  query(names: readonly string[]): string {
    const pairs: string[] = [];
    const count = this.int(5);
    for (let i = 0; i < count; i++) {
      const name = this.pick(names);
      const repeat = this.next() < 0.15 ? 2 + this.int(3) : 1;
      for (let r = 0; r < repeat; r++) pairs.push(this.next() < 0.05 ? name : `${name}=${this.value()}`);
    }
    return pairs.length > 0 ? `?${pairs.join('&')}` : '';
  }
  id(): string {
    return this.next() < 0.3 ? `demo-city:${this.value()}` : this.value() || 'x';
  }
}

let h: HarvestedCatalogue;
let app: FastifyInstance;
let starts = 0;

beforeAll(async () => {
  h = await harvestedCatalogue({ federal: 40, quebec: 30, city: 30 });
  const deps = {
    store: h.catalogue.store,
    search: (r: SearchRequest) => h.catalogue.search(r),
    suggest: (r: SearchRequest) => h.catalogue.suggest(r),
    complete: (r: CompletionRequest) => h.catalogue.complete(r),
    startHarvest: async () => {
      starts++;
      return { status: 'busy' as const };
    },
  };
  app = await buildApi(deps);
  await app.register(webRoutes(deps));
});
afterAll(async () => {
  await app?.close();
  await h?.close();
});

// A line of a stack trace ("at fn (/path/file.js:12:3)", "at node:internal/…:1:2"), a file of ours, a stack field.
const STACK = /\bat (?:async )?[^\s(]*\s*\(?(?:file:\/\/|\/|node:)[^\s)]*:\d+:\d+|node_modules|\/src\/[\w/-]+\.(?:ts|js)\b|"stack"\s*:/;

function check(method: string, url: string, status: number, body: string, type: string | undefined): void {
  const where = `${method} ${url.slice(0, 300)} (FEDERA_FUZZ_SEED=${SEED})`;
  expect(status, where).toBeLessThan(500);
  const stack = STACK.exec(body);
  expect(stack ? body.slice(Math.max(0, stack.index - 200), stack.index + 200) : null, where).toBeNull();
  if (url.startsWith('/api/') && status >= 400) {
    expect(type, where).toMatch(/^application\/json/);
    const error = (JSON.parse(body) as { error?: { status?: number; message?: { en?: unknown; fr?: unknown } } }).error;
    expect(error?.status, where).toBe(status);
    expect(typeof error?.message?.en === 'string' && typeof error.message.fr === 'string', where).toBe(true);
  }
}

describe(`fuzzing the API and search pages (seed ${SEED})`, () => {
  it('never answers 500 nor shows a stack trace to random and injection-like GET requests', async () => {
    const f = new Fuzzer(seededRandom(SEED));
    const statuses = new Map<number, number>();
    for (let i = 0; i < ROUNDS; i++) {
      const roll = f.int(10);
      const url =
        roll < 4 ? `/api/v1/datasets${f.query(PARAMS)}`
        : roll === 4 ? `/api/v1/suggest${f.query(['q', 'q', 'lang', 'limit', 'x'])}`
        : roll === 5 ? `/api/v1/datasets/${f.id()}`
        : roll === 6 ? f.pick([`/api/v1/sources/${f.id()}`, `/api/v1/sources/${f.id()}/jobs${f.query(['limit', 'limit', 'x'])}`, `/api/v1/jobs/${f.id()}`, `/api/v1/sources${f.query(PARAMS)}`])
        : roll === 7 ? `/${f.pick(['en/search', 'fr/recherche'])}${f.query(PARAMS)}`
        : roll === 8 ? f.pick([`/en/datasets/${f.id()}`, `/fr/jeux-de-donnees/${f.id()}`, `/en/sources/${f.id()}`, `/fr/moissonnages/${f.id()}`])
        : `/${f.pick(['api/v1/', 'api/', 'en/', 'assets/', '', 'api/v1/datasets/'])}${f.value()}`;
      const response = await app.inject({ method: 'GET', url });
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      check('GET', url, response.statusCode, response.body, response.headers['content-type'] as string | undefined);
    }
    // The run reached both answers and refusals (a fuzzer refused at the door tests nothing).
    expect(statuses.get(200) ?? 0).toBeGreaterThan(ROUNDS / 10);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(ROUNDS / 10);
    expect(statuses.get(404) ?? 0).toBeGreaterThan(0);
  });

  it('never answers 500 nor shows a stack trace to hostile POST requests, and starts nothing without a token', async () => {
    const f = new Fuzzer(seededRandom(SEED + 1));
    const bodies = ['', '{', '{"mode":', 'null', '[]', '"full"', '{"mode":"full"}', '{"__proto__":{"mode":"full"}}', '{"mode":{"$ne":1}}', '\u0000', 'mode=full', '{"mode":"full"'.padEnd(200_000, ' ')];
    const types = ['application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', 'application/xml', ''];
    for (let i = 0; i < 300; i++) {
      const url = `/api/v1/sources/${f.pick(['demo-city', f.id()])}/harvest${f.next() < 0.2 ? f.query(['mode', 'x']) : ''}`;
      const headers: Record<string, string> = {};
      const type = f.pick(types);
      if (type) headers['content-type'] = type;
      if (f.next() < 0.7) headers.authorization = f.pick(['Bearer ', 'Bearer fed_', `Bearer ${f.randomText().replace(/[^\x20-\x7e]/g, '')}`, 'Basic YTpi', `Bearer fed_${'A'.repeat(43)}`, `Bearer ${"' OR 1=1 --"}`]);
      const response = await app.inject({ method: 'POST', url, headers, payload: f.pick(bodies) });
      check('POST', url, response.statusCode, response.body, response.headers['content-type'] as string | undefined);
      expect([400, 401, 404, 413, 415], url).toContain(response.statusCode);
    }
    expect(starts).toBe(0);
  });
});
