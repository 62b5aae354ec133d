// Every kind's crosswalk, derived from its specimens with its own mapping: what it feeds, and
// that every field the mapping reads on a specimen shows up (present in a specimen, or listed as
// read when present), so that a field a mapping starts to read appears in the published table.
import { describe, expect, it } from 'vitest';
import { kindNames } from '../../../src/harvest/kinds.js';
import { isRecord, valueAt } from '../../../src/standards/crosswalk/locations.js';
import { KIND_INPUTS } from '../../../src/standards/crosswalk/kinds.js';
import { crosswalkOf } from '../../../src/standards/crosswalk/report.js';
import { traceReads } from '../../../src/standards/crosswalk/trace.js';
import { kindOf } from '../../../src/harvest/kinds.js';
import type { HttpClient } from '../../../src/sources/http.js';

it('has specimens and a path model for every kind the harvester knows', () => {
  expect(KIND_INPUTS.map((k) => k.kind).sort()).toEqual(kindNames().sort());
});

describe.each(KIND_INPUTS.map((input) => [input.kind, input] as const))('the %s crosswalk', (kind, input) => {
  it('maps every specimen and feeds the main core elements from present fields', async () => {
    const { settings, items } = await input.specimens();
    expect(items.length).toBeGreaterThanOrEqual(5);
    const started = performance.now();
    const crosswalk = crosswalkOf(settings, items);
    console.log(`crosswalk of ${kind}: ${items.length} specimens derived in ${Math.round(performance.now() - started)} ms, ${crosswalk.rows.length} rows`);
    expect(crosswalk.unmapped).toBe(0);
    const fed = new Set(crosswalk.rows.filter((r) => r.seen > 0).flatMap((r) => r.elements));
    for (const element of ['title.en', 'modified', 'distribution.url']) expect(fed.has(element), `${kind} feeds ${element}`).toBe(true);
    expect(fed.size).toBeGreaterThanOrEqual(10);
    for (const row of crosswalk.rows) expect(row.seen).toBeLessThanOrEqual(items.length);
  }, 60_000);

  it('lists every field its mapping reads on a specimen', async () => {
    const { settings, items } = await input.specimens();
    const source = kindOf(kind)!.create(settings, {} as HttpClient, { pageSize: 100 });
    const crosswalk = crosswalkOf(settings, items);
    const present = new Set(items.flatMap((item) => input.model.leaves(item.raw).map((leaf) => leaf.name)));
    const listed = new Set(crosswalk.rows.map((r) => r.path));
    const unlisted: string[] = [];
    for (const item of items) {
      const { reads } = traceReads(structuredClone(item.raw), (raw) => source.map({ ...item, raw }));
      for (const loc of reads.present) {
        const value = valueAt(item.raw, loc);
        if (isRecord(value) || Array.isArray(value)) continue;
        const name = input.model.nameOf(item.raw, loc);
        if (name !== undefined && !present.has(name)) unlisted.push(name);
      }
      if (!input.model.tracesAbsent) continue;
      for (const loc of reads.absent) {
        const name = input.model.nameOf(item.raw, loc);
        if (name !== undefined && !present.has(name) && !listed.has(name)) unlisted.push(name);
      }
    }
    expect([...new Set(unlisted)]).toEqual([]);
  }, 60_000);
});
