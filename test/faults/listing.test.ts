// Fault injection, listings: a CKAN source whose paging cannot be trusted (loops, repeats, a
// count that lies, nothing at all, an id twice). The job ends partial, withdraws nothing, and
// every record harvested before stays.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer, searchResult } from './fake-ckan.js';
import { expectContained, faultHarness, harvestBothThenGrowSteady, HOSTILE_RECORDS, type FaultHarness } from './harness.js';

let h: FaultHarness;
beforeEach(async () => {
  h = await faultHarness();
  await harvestBothThenGrowSteady(h);
});
afterEach(() => h.close());

const json = { 'content-type': 'application/json; charset=utf-8' };
/** The healthy answer to this URL with `start` replaced. */
const asIfStart = (url: URL, start: number) => {
  const moved = new URL(url);
  moved.searchParams.set('start', String(start));
  return moved;
};
/** The portal's answer, changed by `edit` (its `result` object). */
const editedAnswer = (edit: (result: { count: number; results: Record<string, unknown>[] }, url: URL) => void) => (url: URL, _req: unknown, res: import('node:http').ServerResponse) => {
  const body = searchResult(h.hostile.packages, url) as { result: { count: number; results: Record<string, unknown>[] } };
  edit(body.result, url);
  return answer(res, 200, json, JSON.stringify(body));
};

describe('a source whose listing cannot be trusted', () => {
  it('a paging loop (later pages point back to the first): the listing stops, nothing is withdrawn', async () => {
    h.hostile.turn((url, _req, res) => {
      const start = Number(url.searchParams.get('start') ?? 0);
      return answer(res, 200, json, JSON.stringify(searchResult(h.hostile.packages, asIfStart(url, start >= 8 ? start - 8 : start))));
    });
    const job = await expectContained(h, await h.run(), /brings no record not already listed; the listing stopped after 9 of 12 records/, 'partial');
    expect(job.flagged).toMatch(/listing was incomplete/);
    expect(h.hostile.requests.length).toBeLessThan(20); // it did not go round and round
  });

  it('a page that repeats the previous one: the listing stops, nothing is withdrawn', async () => {
    h.hostile.turn((url, _req, res) => {
      const start = Number(url.searchParams.get('start') ?? 0);
      return answer(res, 200, json, JSON.stringify(searchResult(h.hostile.packages, asIfStart(url, start === 4 ? 0 : start))));
    });
    await expectContained(h, await h.run(), /repeats the previous page; the listing stopped after 5 of 12 records/, 'partial');
  });

  it('a count larger than the listing: the short listing withdraws nothing', async () => {
    h.hostile.packages.splice(8); // only 8 records still listed...
    h.hostile.turn(editedAnswer((result) => void (result.count = 1000))); // ...but a thousand announced
    const job = await expectContained(h, await h.run(), /announced 1000 records|of 1000 records/, 'partial');
    expect(job.counts.seen).toBe(8);
  });

  it('a count smaller than the listing: paging goes on past it and nothing is withdrawn', async () => {
    h.hostile.packages.splice(10); // 10 listed of the 12 harvested: 2 really gone...
    h.hostile.turn(editedAnswer((result) => void (result.count = 7))); // ...and a count that would end the listing early
    const job = await expectContained(h, await h.run(), /announced 7 records but the page at .* lists more: the count is not trusted/, 'partial');
    expect(job.counts.seen).toBe(10);
  });

  it('an empty catalogue: the mass-withdrawal guard keeps every record', async () => {
    h.hostile.turn(editedAnswer((result) => {
      result.count = 0;
      result.results = [];
    }));
    const job = await expectContained(h, await h.run(), /the source listed 0 records, fewer than half of the 12 of the previous complete run: nothing was withdrawn/, 'partial');
    expect(job.flagged).toMatch(/fewer than half/);
  });

  it('an id twice within one run: kept once, reported, nothing withdrawn', async () => {
    h.hostile.turn(editedAnswer((result, url) => {
      if (url.searchParams.get('start') === '4' && result.results[0]) result.results.splice(2, 0, { ...result.results[0] });
    }));
    const job = await expectContained(h, await h.run(), /lists "hostile-0004" more than once: the first copy was kept/, 'partial');
    expect(job.counts.seen).toBe(HOSTILE_RECORDS);
  });
});
