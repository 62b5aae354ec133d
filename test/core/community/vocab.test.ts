import { describe, expect, it } from 'vitest';
import type { Label } from '../../../src/core/langstring.js';
import { COMMUNITY_KINDS } from '../../../src/core/community/types.js';
import * as vocab from '../../../src/core/community/vocab.js';

const vocabularies: [string, Readonly<Record<string, Label>>][] = [
  ['progress statuses', vocab.PROGRESS_STATUS_LABELS],
  ['event kinds', vocab.EVENT_KIND_LABELS],
  ['attendance', vocab.ATTENDANCE_LABELS],
  ['event statuses', vocab.EVENT_STATUS_LABELS],
  ['OGP values', vocab.OGP_VALUE_LABELS],
  ['deadline precisions', vocab.DEADLINE_PRECISION_LABELS],
  ['record kinds', vocab.COMMUNITY_KIND_LABELS],
  ['IRM reports', vocab.IRM_REPORT_LABELS],
  ...Object.entries(vocab.IRM_SCALE_LABELS).map(([scale, labels]): [string, Readonly<Record<string, Label>>] => [`IRM ${scale}`, labels]),
];

describe('community vocabulary labels', () => {
  it.each(vocabularies)('%s: every value has English and French, and no two share a label', (_name, labels) => {
    for (const lang of ['en', 'fr'] as const) {
      const texts = Object.values(labels).map((l) => l[lang]);
      for (const text of texts) expect(text.trim()).not.toBe('');
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('uses the national tracker’s words for progress statuses', () => {
    expect(vocab.PROGRESS_STATUS_LABELS).toEqual({
      NS: { en: 'Not started', fr: 'Non commencé' },
      LP: { en: 'Limited progress', fr: 'Progrès limité' },
      SP: { en: 'Substantial progress', fr: 'Progrès important' },
      C: { en: 'Complete', fr: 'Réalisé' },
    });
  });

  it('labels every record kind', () => {
    expect(Object.keys(vocab.COMMUNITY_KIND_LABELS).sort()).toEqual([...COMMUNITY_KINDS].sort());
  });
});
