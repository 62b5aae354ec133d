// The shipped seed list against the text it was transcribed from (shared/seed, beside the fixtures).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ca0073 } from '../../src/community/seed/ca0073.js';
import { CANADA_COMMITMENTS } from '../../src/community/seed/commitments.js';
import { fixture } from '../helpers/fixtures.js';

const SEED = fixture('..', 'seed');
const present = existsSync(SEED);
if (!present) console.warn(`skipped: ${SEED} not found (set FEDERA_FIXTURES); the seed list was not checked against its source`);

function sourceText(): string {
  return readdirSync(SEED)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(SEED, name), 'utf8'))
    .join('\n');
}

describe.skipIf(!present)('community seed against its source text', () => {
  it('has every listed commitment with the same title, cycle and policy area', () => {
    const lines = sourceText().split('\n');
    const listed = new Map<string, { cycle: number; title: string; policyArea?: string }>();
    lines.forEach((line, i) => {
      const match = /^(CA\d{4}), (\d{4}),\s*(.*)$/.exec(line);
      if (!match || lines[i - 2] !== '-') return;
      listed.set(match[1]!, { cycle: Number(match[2]), title: lines[i - 1]!, ...(match[3] ? { policyArea: match[3].trim() } : {}) });
    });
    expect(listed.size).toBeGreaterThan(0);
    expect(new Map(CANADA_COMMITMENTS.map(({ ogpId, ...rest }) => [ogpId, rest]))).toEqual(listed);
  });

  it('has CA0073’s lead institutions as the overview names them', () => {
    const lead = /^Lead Institution: (.*)$/m.exec(sourceText())?.[1];
    expect(lead?.split(';').map((s) => s.trim())).toEqual(ca0073().leadInstitutions);
  });
});
