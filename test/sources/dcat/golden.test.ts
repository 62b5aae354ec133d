import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturesPresent } from '../../helpers/fixtures.js';
import { GOLDEN_CASES, GOLDEN_DIR, goldenJson, goldenResult, writeGolden } from './golden-cases.js';

describe.skipIf(!fixturesPresent)('DCAT mapping: golden records', () => {
  beforeAll(async () => {
    if (process.env['UPDATE_GOLDEN'] === '1') {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      await writeGolden();
    }
  });

  for (const c of GOLDEN_CASES) {
    it(`${c.name}: ${c.why}`, async () => {
      const path = resolve(GOLDEN_DIR, `${c.name}.json`);
      expect(existsSync(path), `${path} is missing: run UPDATE_GOLDEN=1 npx vitest run test/sources/dcat/golden.test.ts`).toBe(true);
      expect(await goldenJson(c)).toBe(readFileSync(path, 'utf8'));
    });
  }

  it('keeps the dataset as read, in JSON-LD, in provenance', async () => {
    const result = await goldenResult(GOLDEN_CASES[0] ?? (undefined as never));
    expect(result.kind).toBe('record');
    if (result.kind === 'record') expect(result.record.provenance.raw).toMatchObject({ '@id': 'https://example.org/dataset/0112cf32-bce0-4071-9504-923375f9f2ad' });
  });
});
