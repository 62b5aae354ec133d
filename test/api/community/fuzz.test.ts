// Seeded hostile requests to every community route: never a 500, never a stack trace, always the
// bilingual error shape; bodies sent with an editor token never store a record that breaks a rule.
// FEDERA_FUZZ_SEED replays a run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITABLE_KINDS } from '../../../src/community/edits.js';
import { validateRecord } from '../../../src/community/validate/records.js';
import { KIND_PATHS } from '../../../src/api/routes/community/paths.js';
import { SeededPicker, seededRandom } from '../../helpers/seeded-random.js';
import { communityApi, type CommunityApi } from './app.js';

const SEED = Number(process.env.FEDERA_FUZZ_SEED ?? 20261127);
const ROUNDS = 400;

const TEXT = ['CA0073', 'AP_CAN04:C10.5.1', 'C10.5.1', '', ' ', '../../etc/passwd', '<script>alert(1)</script>', "' OR 1=1 --", '__proto__', 'constructor', '%00', 'é'.repeat(300), 'javascript:alert(1)', '2019-13-45', 'true', '-1', '1e309', 'NaN'];
const PARAMS = ['when', 'kind', 'attendance', 'country', 'indicator', 'openGovernmentLanguage', 'level', 'region', 'type', 'audience', 'language', 'lang', '__proto__', 'x', ''];
const VALUES: unknown[] = [null, true, 0, -1, 1e309, 'x', '', [], {}, ['x'], { en: 1 }, { en: 'ok', fr: 'ok' }, { __proto__: { polluted: true } }, 'https://example.ca', 'javascript:alert(1)', '2019-05-29T09:00:00-04:00', 'America/Toronto', 'x'.repeat(30_000)];
const FIELDS = ['id', 'title', 'text', 'plan', 'commitment', 'milestone', 'code', 'kind', 'start', 'end', 'timeZone', 'attendance', 'date', 'url', 'deadline', 'targets', 'government', 'level', 'evidence', 'inLanguage', 'member', 'number', 'cycle', 'cadence', 'periods', 'status', 'period', 'progress', '__proto__', 'constructor'];

class Fuzzer extends SeededPicker {
  segment(): string {
    return encodeURIComponent(this.pick(TEXT)) || 'x';
  }
  query(): string {
    const pairs = Array.from({ length: this.int(4) }, () => `${encodeURIComponent(this.pick(PARAMS))}=${encodeURIComponent(this.pick(TEXT))}`);
    return pairs.length > 0 ? `?${pairs.join('&')}` : '';
  }
  body(): string {
    if (this.next() < 0.1) return this.pick(['', '{', 'null', '[]', '"x"', '{"a":', '\u0000']);
    const entries = Array.from({ length: this.int(8) }, () => [this.pick(FIELDS), this.pick(VALUES)] as const);
    return JSON.stringify(Object.fromEntries(entries));
  }
}

const STACK = /\bat (?:async )?[^\s(]*\s*\(?(?:file:\/\/|\/|node:)[^\s)]*:\d+:\d+|node_modules|\/src\/[\w/-]+\.(?:ts|js)\b|"stack"\s*:/;

let api: CommunityApi;
beforeAll(async () => {
  api = await communityApi();
});
afterAll(() => api.close());

function check(where: string, status: number, body: string, type: string | undefined): void {
  expect(status, where).toBeLessThan(500);
  expect(STACK.test(body), where).toBe(false);
  if (status >= 400 && where.includes('/api/')) {
    expect(type, where).toMatch(/^application\/json/);
    const error = (JSON.parse(body) as { error?: { status?: number; message?: { en?: unknown; fr?: unknown } } }).error;
    expect(error?.status, where).toBe(status);
    expect(typeof error?.message?.en === 'string' && typeof error.message.fr === 'string', where).toBe(true);
  }
}

describe(`fuzzing the community routes (seed ${SEED})`, () => {
  it('answers random GET requests without a 500 or a stack trace', async () => {
    const f = new Fuzzer(seededRandom(SEED));
    const statuses = new Set<number>();
    for (let i = 0; i < ROUNDS; i++) {
      const url = f.pick([
        () => `/api/v1/community/${f.pick(['plans', 'commitments', 'indicators', 'milestones', 'events', 'declarations', 'charter-adoptions', 'learning-resources'])}/${f.segment()}${f.query()}`,
        () => `/api/v1/community/${f.pick(['plans', 'events', 'declarations', 'charter-adoptions', 'learning-resources', 'due'])}${f.query()}`,
        () => `/api/v1/community/indicators/${f.segment()}/progress${f.query()}`,
        () => `/api/v1/community/commitments/${f.segment()}/feed.atom${f.query()}`,
        () => `/events.ics${f.query()}`,
      ])();
      const response = await api.app.inject({ method: 'GET', url });
      statuses.add(response.statusCode);
      check(`GET ${url.slice(0, 200)} (FEDERA_FUZZ_SEED=${SEED})`, response.statusCode, response.body, response.headers['content-type'] as string | undefined);
    }
    expect([...statuses].sort()).toEqual(expect.arrayContaining([200, 400, 404]));
  });

  it('answers hostile bodies from an editor without a 500, and stores only records that pass validation', async () => {
    const f = new Fuzzer(seededRandom(SEED + 1));
    for (let i = 0; i < ROUNDS; i++) {
      const kind = f.pick(EDITABLE_KINDS);
      const put = f.next() < 0.3;
      const url = put ? `/api/v1/community/${KIND_PATHS[kind]}/${f.segment()}` : f.next() < 0.2 ? `/api/v1/community/indicators/${f.segment()}/progress` : `/api/v1/community/${KIND_PATHS[kind]}`;
      const response = await api.app.inject({ method: put ? 'PUT' : 'POST', url, headers: { ...api.auth.editor, 'content-type': 'application/json' }, payload: f.body() });
      check(`${put ? 'PUT' : 'POST'} ${url.slice(0, 200)} (FEDERA_FUZZ_SEED=${SEED})`, response.statusCode, response.body, response.headers['content-type'] as string | undefined);
    }
    // Whatever got in passes the same validation again.
    for (const kind of EDITABLE_KINDS) {
      for (const stored of await api.store.listCommunity(kind)) {
        const { deadlineHistory: _h, ...data } = stored.data as unknown as Record<string, unknown>;
        expect('record' in validateRecord(kind, data), `${kind} ${stored.id}`).toBe(true);
      }
    }
  });
});
