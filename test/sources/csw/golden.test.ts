import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturesPresent } from '../../helpers/fixtures.js';
import { GOLDEN_CASES, GOLDEN_DIR, goldenJson, goldenResult, goldenTree, writeGolden } from './update-golden.js';

describe.skipIf(!fixturesPresent)('CSW mapping: golden records', () => {
  beforeAll(async () => {
    if (process.env['UPDATE_GOLDEN'] === '1') {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      await writeGolden();
    }
  });

  for (const c of GOLDEN_CASES) {
    it(`${c.name}: ${c.why}`, async () => {
      const path = resolve(GOLDEN_DIR, `${c.name}.json`);
      expect(existsSync(path), `${path} is missing: run UPDATE_GOLDEN=1 npx vitest run test/sources/csw/golden.test.ts`).toBe(true);
      expect(await goldenJson(c)).toBe(readFileSync(path, 'utf8'));
    });

    it(`${c.name}: keeps the record tree as received in provenance`, async () => {
      const result = await goldenResult(c);
      expect(result.kind).toBe('record');
      if (result.kind === 'record') expect(result.record.provenance.raw).toEqual(await goldenTree(c));
    });
  }
});
