import { describe, expect, it } from 'vitest';
import { capRecord, RECORD_CAPS } from '../../src/core/caps.js';

const base = { title: { en: 'Roads' }, description: { en: 'Road network.' }, keywords: { en: ['roads'] }, distributions: [] };

describe('record caps', () => {
  it('leaves an ordinary record as it is, the same object', () => {
    const capped = capRecord(base);
    expect(capped.record).toBe(base);
    expect(capped.cuts).toEqual([]);
  });

  it('cuts every oversized field, in every language, and names each cut', () => {
    const huge = {
      title: { en: 'Roads', fr: 'R'.repeat(RECORD_CAPS.titleChars + 1) },
      description: { en: 'd'.repeat(RECORD_CAPS.descriptionChars * 3) },
      keywords: { en: ['ok', 'k'.repeat(RECORD_CAPS.keywordChars + 1)], fr: Array.from({ length: RECORD_CAPS.keywordsPerLanguage + 5 }, (_, i) => `mot${i}`) },
      distributions: Array.from({ length: RECORD_CAPS.distributions + 1 }, (_, i) => ({ id: `${i}`, title: {}, url: `https://x.ca/${i}`, languages: [] })),
    };
    const { record, cuts } = capRecord(huge);
    expect(record.title).toEqual({ en: 'Roads', fr: expect.stringMatching(/…$/) });
    expect(record.title.fr).toHaveLength(RECORD_CAPS.titleChars);
    expect(record.description.en).toHaveLength(RECORD_CAPS.descriptionChars);
    expect(record.keywords).toEqual({ en: ['ok'], fr: huge.keywords.fr.slice(0, RECORD_CAPS.keywordsPerLanguage) });
    expect(record.distributions).toHaveLength(RECORD_CAPS.distributions);
    expect(cuts).toEqual([
      `title (fr): ${RECORD_CAPS.titleChars + 1} characters, cut to ${RECORD_CAPS.titleChars}`,
      `description (en): ${RECORD_CAPS.descriptionChars * 3} characters, cut to ${RECORD_CAPS.descriptionChars}`,
      `keywords (en): 1 longer than ${RECORD_CAPS.keywordChars} characters, left out`,
      `keywords (fr): ${RECORD_CAPS.keywordsPerLanguage + 5}, kept the first ${RECORD_CAPS.keywordsPerLanguage}`,
      `distributions: ${RECORD_CAPS.distributions + 1}, kept the first ${RECORD_CAPS.distributions}`,
    ]);
    expect(huge.description.en).toHaveLength(RECORD_CAPS.descriptionChars * 3); // the input is not changed
  });
});
