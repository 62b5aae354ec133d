// Fault injection, payloads: a CKAN source that answers 200 with something that is not what it
// should be. Each fails or flags its own job only; every record harvested before stays.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECORD_CAPS } from '../../src/core/caps.js';
import { answer } from './fake-ckan.js';
import { expectContained, faultHarness, harvestBothThenGrowSteady, type FaultHarness } from './harness.js';

let h: FaultHarness;
beforeEach(async () => {
  h = await faultHarness();
  await harvestBothThenGrowSteady(h);
});
afterEach(() => h.close());

const json = { 'content-type': 'application/json; charset=utf-8' };

describe('a source that answers 200 with the wrong thing', () => {
  it('an HTML error page instead of JSON: the job fails, quoting its start', async () => {
    h.hostile.turn((_u, _r, res) => answer(res, 200, { 'content-type': 'text/html' }, '<!DOCTYPE html><html><body><h1>Maintenance</h1></body></html>'));
    await expectContained(h, await h.run(), /package_search.* is not JSON .*it starts with: <!DOCTYPE html>/, 'failed');
  });

  it('truncated JSON: the job fails, naming the URL', async () => {
    h.hostile.turn((_u, _r, res, healthy) => {
      const body = JSON.stringify(healthy());
      return answer(res, 200, json, body.slice(0, Math.floor(body.length * 0.6)));
    });
    await expectContained(h, await h.run(), /package_search.* is not JSON/, 'failed');
  });

  it('invalid UTF-8: the job fails rather than storing mangled text', async () => {
    h.hostile.turn((_u, _r, res, healthy) => {
      const body = Buffer.from(JSON.stringify(healthy()));
      const at = body.indexOf('hostile-'); // in every answer, listings of stamps included
      body[at] = 0xff; // not a byte UTF-8 ever has
      return answer(res, 200, json, body);
    });
    await expectContained(h, await h.run(), /package_search.*not valid text in its declared encoding \(invalid UTF-8\?\)/, 'failed');
    expect(JSON.stringify((await h.catalogue.search({ q: 'glaciers', size: 100 })).results)).not.toMatch(/\ufffd/);
  });

  it('well-formed JSON of the wrong shape: the job fails saying what is wrong', async () => {
    h.hostile.turn((_u, _r, res) => answer(res, 200, json, JSON.stringify({ success: true, result: { count: 'many', results: { a: 1 } } })));
    await expectContained(h, await h.run(), /package_search.* is not a search result/, 'failed');
    h.hostile.turn((_u, _r, res) => answer(res, 200, json, JSON.stringify([1, 2, 3])));
    const again = await h.run();
    expect(again.jobs.find((j) => j.sourceId === 'hostile')?.error).toMatch(/is not a CKAN action response/);
  });

  it('absurd records (50,000 keywords, a 10 MB description): written with the fields cut, and reported', async () => {
    const absurd = h.hostile.packages[3]!;
    absurd.tags = Array.from({ length: 50_000 }, (_, i) => ({ name: `tag${i}` }));
    absurd.notes = `glaciers ${'ice '.repeat(2_600_000)}`;
    absurd.metadata_modified = '2026-02-01T00:00:00.000000';
    const result = await h.run({ timeoutMs: 30_000 }); // an 11 MB answer: not a time-out case
    const job = await expectContained(h, result, new RegExp(`oversized fields were cut: description \\(en\\): \\d+ characters, cut to ${RECORD_CAPS.descriptionChars}; keywords \\(en\\): 50000, kept the first ${RECORD_CAPS.keywordsPerLanguage}`), 'partial');
    expect(job.problems.find((p) => /oversized/.test(p.reason))?.recordId).toBe(absurd.id);
    expect(job.counts).toMatchObject({ updated: 1, failed: 0 });
    const stored = await h.catalogue.store.getDataset(`hostile:${absurd.id}`);
    expect(stored?.record.keywords.en).toHaveLength(RECORD_CAPS.keywordsPerLanguage);
    expect(stored?.record.description.en?.length).toBe(RECORD_CAPS.descriptionChars);
  });
});
