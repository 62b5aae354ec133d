import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseDeadline } from '../../../src/core/community/deadline-parse.js';
import { fixture, fixturesPresent } from '../../helpers/fixtures.js';

const en = (text: string, dueDate?: string) => parseDeadline({ en: text }, dueDate);
const fr = (text: string) => parseDeadline({ fr: text });
const window = (d: { precision: string; from?: string; due?: string }) => [d.precision, d.from, d.due];

describe('parseDeadline', () => {
  it.each([
    ['2023-12', 'month', '2023-12-01', '2023-12-31'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2019-05-29', 'day', '2019-05-29', '2019-05-29'],
    ['By 2023', 'year', '2023-01-01', '2023-12-31'],
    ['By June 2024', 'month', '2024-06-01', '2024-06-30'],
    ['By December 2023', 'month', '2023-12-01', '2023-12-31'],
    ['Fall 2027', 'season', '2027-09-01', '2027-11-30'],
    ['By winter 2025', 'season', '2024-12-01', '2025-02-28'],
    ['By winter 2024', 'season', '2023-12-01', '2024-02-29'],
    ['Spring 2019', 'season', '2019-03-01', '2019-05-31'],
    ['By summer 2025', 'season', '2025-06-01', '2025-08-31'],
    ['Biannually until 2029', 'year', '2029-01-01', '2029-12-31'],
    ['By end of 2028', 'year', '2028-01-01', '2028-12-31'],
    ['By early 2026', 'season', '2026-01-01', '2026-04-30'],
    ['Q3 2024', 'quarter', '2024-07-01', '2024-09-30'],
    ['2024 Q1', 'quarter', '2024-01-01', '2024-03-31'],
    ['2024-25', 'year', '2024-04-01', '2025-03-31'],
    ['By fiscal year 2023-24', 'year', '2023-04-01', '2024-03-31'],
    ['May 2019 to onboard 2 provinces', 'month', '2019-05-01', '2019-05-31'],
    ['March 31, 2024', 'day', '2024-03-31', '2024-03-31'],
    ['2025 to 2029', 'year', '2029-01-01', '2029-12-31'],
    ['Completion by March 2026; report initial progress by 2024', 'month', '2026-03-01', '2026-03-31'],
    ['By June 2022 for reporting year 2022, and June 2023 for reporting year 2023', 'month', '2023-06-01', '2023-06-30'],
    ['Strategy published October 2018, commitments fulfilled by June 2020', 'month', '2020-06-01', '2020-06-30'],
  ])('reads %j in English', (text, precision, from, due) => {
    const deadline = en(text);
    expect(window(deadline)).toEqual([precision, from, due]);
    expect(deadline.text).toEqual({ en: text });
  });

  it.each([
    ["D'ici juin 2024", 'month', '2024-06-01', '2024-06-30'],
    ["D'ici l'hiver 2025", 'season', '2024-12-01', '2025-02-28'],
    ['Automne 2027', 'season', '2027-09-01', '2027-11-30'],
    ["D'ici l'été 2025", 'season', '2025-06-01', '2025-08-31'],
    ["D'ici le début de 2026", 'season', '2026-01-01', '2026-04-30'],
    ["D'ici la fin de 2028", 'year', '2028-01-01', '2028-12-31'],
    ['2026\u20112027', 'year', '2026-04-01', '2027-03-31'],
    ["D'ici décembre 2029", 'month', '2029-12-01', '2029-12-31'],
    ['31 mars 2024', 'day', '2024-03-31', '2024-03-31'],
    ["Deux fois par année jusqu'en 2029", 'year', '2029-01-01', '2029-12-31'],
  ])('reads %j in French', (text, precision, from, due) => {
    expect(window(fr(text))).toEqual([precision, from, due]);
  });

  it.each(['Ongoing', 'Ongoing, annually', 'Annually', 'En cours', 'Permanent, chaque année', 'Annually, by March 31'])(
    'reads %j as ongoing, with no dates',
    (text) => {
      const deadline = en(text);
      expect(deadline.precision).toBe('ongoing');
      expect(deadline.due).toBeUndefined();
      expect(deadline.from).toBeUndefined();
    },
  );

  it('keeps nonsense as unknown with its text', () => {
    expect(parseDeadline({ en: ' when pigs fly ', fr: 'quand les poules auront des dents' })).toEqual({
      precision: 'unknown',
      text: { en: 'when pigs fly', fr: 'quand les poules auront des dents' },
    });
    expect(parseDeadline({})).toEqual({ precision: 'unknown', text: {} });
    expect(parseDeadline({}, '2023-13').precision).toBe('unknown');
  });

  it('prefers a valid due date to the text and keeps both texts', () => {
    const deadline = parseDeadline({ en: 'By 2023', fr: "D'ici 2023" }, '2023-12');
    expect(deadline).toEqual({ precision: 'month', from: '2023-12-01', due: '2023-12-31', text: { en: 'By 2023', fr: "D'ici 2023" } });
    expect(window(parseDeadline({ en: 'By 2023' }, 'soon'))).toEqual(['year', '2023-01-01', '2023-12-31']);
  });

  it('falls back to the French text when the English one names nothing', () => {
    expect(window(parseDeadline({ en: 'TBD', fr: "D'ici juin 2024" }))).toEqual(['month', '2024-06-01', '2024-06-30']);
  });
});

interface Choice {
  en?: string;
  deadline?: { en?: string; fr?: string };
  due_date?: string;
}

describe.skipIf(!fixturesPresent)('every indicator deadline of the NAP fixtures', () => {
  it.each(['canada-nap5.yaml', 'canada-nap6.yaml'])('%s: each parses or is reported', (file) => {
    const doc = parseYaml(readFileSync(fixture('ogp', file), 'utf8')) as {
      resources: { fields: { datastore_id?: string; choices?: Record<string, Choice> }[] }[];
    };
    const indicators = doc.resources[0]!.fields.find((f) => f.datastore_id === 'indicators')!.choices!;
    const codes = Object.keys(indicators);
    expect(codes.length).toBeGreaterThan(50);
    const unknown: string[] = [];
    for (const code of codes) {
      const choice = indicators[code]!;
      const deadline = parseDeadline(choice.deadline ?? {}, choice.due_date === undefined ? undefined : String(choice.due_date));
      if (deadline.precision === 'unknown') unknown.push(`${code}: ${JSON.stringify(deadline.text.en)}`);
      else if (deadline.precision !== 'ongoing') expect(deadline.due! >= deadline.from!).toBe(true);
    }
    if (unknown.length > 0) console.warn(`${file}: deadlines read as unknown:\n${unknown.join('\n')}`);
    expect(unknown).toEqual([]);
  });
});
