// Bad input never throws out of an importer: it comes back as problems, with valid rows kept.
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/community/import/import-file.js';
import { writeProgressCsv } from '../../src/community/import/progress-csv.js';
import type { ImportFormat } from '../../src/community/import/detect-format.js';
import { seededRandom } from '../helpers/seeded-random.js';

const PROGRESS = writeProgressCsv([
  { indicator: 'AP_CAN06:C01.1.1', period: '2025-12', status: 'LP', progress: { en: '- a, "b"', fr: '- à' }, evidence: {}, challenges: { en: 'x', fr: 'y' }, recordedBy: 'import:p.csv' },
]);
const NAP = 'dataset_type: nap4\nresources:\n- fields:\n  - datastore_id: reporting_period\n    choices: {2019-01: 2019-01}\n  - datastore_id: commitments\n    choices: {C10: {en: A, fr: B}}\n  - datastore_id: milestones\n    choices: {C10.5: {en: A}}\n  - datastore_id: indicators\n    choices:\n      C10.5.1: {en: A, deadline: {en: May 2019}, lead_dept: tbs}\n';
const OGP = 'Commitment Unique Identifier,Code,Action Plan ID,Full Text\nCA0073,CAN,AP_CAN04,"x, y"\n';

/** The text with a few characters replaced, deleted or duplicated at seeded places. */
function mutate(text: string, random: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(random() * 6);
  const alphabet = ['"', ',', '\n', ':', '{', '[', '-', ' ', '\uFEFF', '\u0000', 'é', 'C', '9', ';'];
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (out.length + 1));
    const kind = random();
    const ch = alphabet[Math.floor(random() * alphabet.length)]!;
    out = kind < 0.4 ? out.slice(0, at) + ch + out.slice(at + 1) : kind < 0.7 ? out.slice(0, at) + out.slice(at + 1) : out.slice(0, at) + ch + out.slice(at);
  }
  return random() < 0.1 ? out.slice(0, Math.floor(random() * out.length)) : out;
}

describe('importers on mangled input', () => {
  it.each([
    ['progress-csv', PROGRESS],
    ['nap-yaml', NAP],
    ['ogp-csv', OGP],
  ] as [ImportFormat, string][])('%s: 300 seeded mutations never throw and always explain a loss', (format, text) => {
    const random = seededRandom(format.length * 7919);
    for (let i = 0; i < 300; i++) {
      const input = mutate(text, random);
      const bytes = random() < 0.5 ? input : new TextEncoder().encode(input);
      const result = importFile('mangled', bytes, { format });
      const kept = Object.values(result.records).reduce((n, list) => n + list.length, 0) + result.progress.length;
      if (kept === 0) expect(result.problems.length, `input ${JSON.stringify(input)}`).toBeGreaterThan(0);
      for (const p of result.problems) {
        expect(p.reason.en).toBeTruthy();
        expect(p.reason.fr).toBeTruthy();
      }
    }
  });
});
