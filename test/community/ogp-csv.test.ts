import { readFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { importOgpCsv, splitInstitutions } from '../../src/community/import/ogp-csv.js';
import { fixture, fixturesPresent } from '../helpers/fixtures.js';

const HEADER = [
  'Commitment Unique Identifier', 'Country/Locality', 'Action Plan Number', 'Commitment Number', 'Code', 'National Or Local',
  'Year Of Submission', 'Action Plan End Year', 'Commitment Title', 'Full Text', 'Start Date', 'End Date', 'Lead Institution',
  'Supporting Institution(s)', 'Open Data', 'Gender', 'Report Publication Year (Progress Report)', 'Specificity', 'Verifiable',
  'OGP Value Access To Information', 'OGP Value Civic Participation', 'OGP Value Public Accountability', 'OGP Value Technology',
  'Potential Impact', 'Completion (Progress Report)', 'Starred (Current Formula) Progress Report', 'Potential for Results',
  'Report Publication Year (End Of Term)', 'Completion (End Of Term)', 'Did It Open Government (Overall)',
  'Starred (Current Formula) End of Term', 'Active Commitment', 'URL', 'Action Plan ID',
];

function row(values: Record<string, string>): string[] {
  const base: Record<string, string> = {
    'Commitment Unique Identifier': 'CA0073', 'Country/Locality': 'Canada', 'Action Plan Number': '4', 'Commitment Number': '10',
    Code: 'CAN', 'National Or Local': 'National', 'Year Of Submission': '2018', 'Action Plan End Year': '2020',
    'Commitment Title': 'Open Government Community', 'Full Text': 'The Government of Canada will...', 'Start Date': '9/1/2018',
    'End Date': '6/30/2020', 'Lead Institution': 'Canada School of Public Service (CSPS); Treasury Board of Canada Secretariat (TBS)',
    'Supporting Institution(s)': 'NA', 'Open Data': '1', Gender: '0', 'Report Publication Year (Progress Report)': '2019',
    Specificity: 'Medium', Verifiable: 'Yes', 'OGP Value Access To Information': '1', 'OGP Value Civic Participation': '0',
    'OGP Value Public Accountability': 'ND', 'OGP Value Technology': '1', 'Potential Impact': 'Moderate',
    'Completion (Progress Report)': 'Substantial', 'Starred (Current Formula) Progress Report': '1', 'Potential for Results': 'ND',
    'Report Publication Year (End Of Term)': 'NR', 'Completion (End Of Term)': 'NR', 'Did It Open Government (Overall)': 'NR',
    'Starred (Current Formula) End of Term': 'NR', 'Active Commitment': '0',
    URL: 'https://opengovpartnership.org/members/canada/commitments/CA0073/', 'Action Plan ID': 'AP_CAN04',
  };
  return HEADER.map((name) => values[name] ?? base[name]!);
}

const csv = (...rows: string[][]) => stringify([HEADER, ...rows]);

describe('importOgpCsv', () => {
  it('reads a commitment, its member, plan and IRM assessment', () => {
    const result = importOgpCsv(csv(row({})), 'ogp.csv');
    expect(result.problems).toEqual([]);
    expect(result.records.member).toEqual([{ id: 'CAN', name: { en: 'Canada' }, kind: 'national', url: 'https://www.opengovpartnership.org/members/canada/' }]);
    expect(result.records.plan![0]).toMatchObject({ id: 'AP_CAN04', member: 'CAN', number: 4, cycle: 2018, endYear: 2020 });
    expect(result.records.commitment![0]).toMatchObject({
      id: 'CA0073',
      plan: 'AP_CAN04',
      number: 10,
      leadInstitutions: ['Canada School of Public Service (CSPS)', 'Treasury Board of Canada Secretariat (TBS)'],
      supportingInstitutions: [],
      policyAreas: ['Open Data'],
      ogpValues: ['access-to-information', 'technology-innovation'],
      startDate: '2018-09-01',
      endDate: '2020-06-30',
      status: 'inactive',
    });
    expect(result.records.irm).toEqual([{
      id: 'CA0073:progress:2019', commitment: 'CA0073', report: 'progress', year: 2019, specificity: 'Medium', verifiable: true,
      relevance: ['access-to-information', 'technology-innovation'], potentialImpact: 'Moderate', completion: 'Substantial', starred: true,
    }]);
  });

  it('reads the end-of-term report apart, mapping OGP spellings to the scale', () => {
    const result = importOgpCsv(csv(row({ 'Report Publication Year (End Of Term)': '2021', 'Completion (End Of Term)': 'complete', 'Did It Open Government (Overall)': 'Did Not Change', 'Starred (Current Formula) End of Term': '0' })), 'ogp.csv');
    expect(result.records.irm![1]).toEqual({ id: 'CA0073:end-of-term:2021', commitment: 'CA0073', report: 'end-of-term', year: 2021, completion: 'Complete', didItOpenGovernment: 'Did not change', starred: false });
  });

  it('reports bad rows with row, column and value, and keeps the good ones', () => {
    const result = importOgpCsv(csv(
      row({ 'Commitment Unique Identifier': 'CA73' }),
      row({ 'Commitment Unique Identifier': 'CA0074', 'Start Date': '2018-13-45', Specificity: 'Huge' }),
      row({ 'Commitment Unique Identifier': 'CA0075', 'Action Plan ID': 'plan four' }),
    ), 'ogp.csv');
    expect(result.records.commitment!.map((c) => c.id)).toEqual(['CA0074']);
    expect(result.records.commitment![0]!.startDate).toBeUndefined();
    expect(result.records.irm![0]!.specificity).toBeUndefined();
    expect(result.problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [2, 'Commitment Unique Identifier', 'CA73'],
      [3, 'Start Date', '2018-13-45'],
      [3, 'Specificity', 'Huge'],
      [4, 'Action Plan ID', 'plan four'],
    ]);
    expect(result.problems.every((p) => p.reason.en && p.reason.fr)).toBe(true);
  });

  it('names the missing columns of a header', () => {
    const result = importOgpCsv('Commitment Unique Identifier,Code\nCA0073,CAN\n', 'short.csv');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.column).toContain('Action Plan ID');
    expect(result.problems[0]!.column).toContain('Full Text');
    expect(result.records).toEqual({});
  });
});

describe('splitInstitutions', () => {
  it.each([
    ['NA', []],
    ['Department of Finance Canada (FIN); Innovation Science and Economic Development', ['Department of Finance Canada (FIN)', 'Innovation Science and Economic Development']],
    ['Department for Development and Good Governance', ['Department for Development and Good Governance']],
    ['Fundación Directorio Legislativo, ACIJ, CIPPEC and Poder Ciudadano', ['Fundación Directorio Legislativo', 'ACIJ', 'CIPPEC', 'Poder Ciudadano']],
    ['Government of Croatia, upon the proposal by the Office for NGOs', ['Government of Croatia, upon the proposal by the Office for NGOs']],
    ['(a)        Secretary General,\n(b)        Head of Agency', ['Secretary General', 'Head of Agency']],
    ['\uf06c        Leaders of the House,\n\uf06c        The Household Committee', ['Leaders of the House', 'The Household Committee']],
  ])('%j', (cell, expected) => {
    expect(splitInstitutions(cell)).toEqual(expected);
  });
});

describe.skipIf(!fixturesPresent)('importOgpCsv on the real 171-column sample', () => {
  it('reads every row, Canada included, and reports only what is truly off', () => {
    const result = importOgpCsv(readFileSync(fixture('ogp', 'ogp-commitments-sample.csv')), 'ogp-commitments-sample.csv');
    const commitments = result.records.commitment!;
    expect(commitments.length + new Set(result.problems.filter((p) => p.column === 'Commitment Unique Identifier').map((p) => p.row)).size).toBe(558);
    expect(commitments.length).toBeGreaterThan(550);
    expect(commitments.find((c) => c.id === 'CA0066')).toMatchObject({ plan: 'AP_CAN04', leadInstitutions: expect.arrayContaining(['Department of Finance Canada (FIN)']) });
    expect(result.records.plan!.find((p) => p.id === 'AP_CAN04')).toMatchObject({ member: 'CAN', number: 4, cycle: 2018 });
    expect(result.records.member!.length).toBeGreaterThan(50);
    expect(result.records.irm!.length).toBeGreaterThan(300);
    const ids = result.records.irm!.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    console.info(`ogp-commitments-sample.csv: ${commitments.length} commitments, ${result.records.irm!.length} IRM assessments, ${result.problems.length} problems`);
    for (const p of result.problems.slice(0, 10)) console.info(`  row ${p.row} ${p.column} ${JSON.stringify(p.value)}: ${p.reason.en}`);
  });
});


describe('importOgpCsv dates', () => {
  it.each([
    ['1/1/2024', '2024-01-01'],
    ['8/21/20', '2020-08-21'],
    ['31/12/2016', '2016-12-31'],
    ['August 2014', '2014-08'],
    ['2013', '2013'],
    ['43525', '2019-03-01'],
  ])('reads the start date %j as %j', (cell, expected) => {
    const result = importOgpCsv(csv(row({ 'Start Date': cell })), 'd.csv');
    expect(result.problems).toEqual([]);
    expect(result.records.commitment![0]!.startDate).toBe(expected);
  });
});
