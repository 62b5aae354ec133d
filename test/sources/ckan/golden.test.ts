import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesPresent } from '../../helpers/fixtures.js';
import { fixtureSource } from './helpers/fixture-sources.js';
import { GOLDEN_CASES, GOLDEN_DIR, goldenItem, goldenJson, writeGolden } from './update-golden.js';

describe.skipIf(!fixturesPresent)('CKAN mapping: golden records', () => {
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeGolden();
  }

  for (const c of GOLDEN_CASES) {
    it(`${c.name}: ${c.why}`, () => {
      const path = resolve(GOLDEN_DIR, `${c.name}.json`);
      expect(existsSync(path), `${path} is missing: run UPDATE_GOLDEN=1 npx vitest run test/sources/ckan/golden.test.ts`).toBe(true);
      expect(goldenJson(c)).toBe(readFileSync(path, 'utf8'));
    });

    it(`${c.name}: keeps the package as received in provenance`, () => {
      const item = goldenItem(c);
      const result = fixtureSource(c.settings).map(item);
      expect(result.kind).toBe('record');
      if (result.kind === 'record') expect(result.record.provenance.raw).toBe(item.raw);
    });
  }
});
