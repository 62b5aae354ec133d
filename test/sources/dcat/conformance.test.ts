// Every recorded DCAT document maps without a crash: each dataset becomes a record (or a problem
// that says why), with a title, and distributions that all have a URL.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapDcatDataset } from '../../../src/sources/dcat/map/map.js';
import { FIXTURES, fixture, fixturesPresent } from '../../helpers/fixtures.js';
import { dcatSettings, readFixtureFile } from './helpers/fixtures.js';

const files = fixturesPresent ? readdirSync(fixture('dcat')).sort() : [];

describe.skipIf(!fixturesPresent)(`every DCAT document of ${FIXTURES}/dcat maps`, () => {
  it('has documents to read', () => {
    expect(files.length).toBeGreaterThanOrEqual(18);
  });

  for (const file of files) {
    it(file, async () => {
      const { datasets, end } = await readFixtureFile(fixture('dcat', file));
      expect(datasets.length, `${file}: no dataset read`).toBeGreaterThan(0);
      for (const settings of [dcatSettings(), dcatSettings({ primaryLanguage: 'bilingual' })]) {
        for (const dataset of datasets) {
          const result = mapDcatDataset(dataset.raw, { settings });
          expect(result.kind, `${file} ${dataset.key}: ${JSON.stringify(result).slice(0, 200)}`).toBe('record');
          if (result.kind !== 'record') continue;
          const record = result.record;
          expect(Object.values(record.title).some((t) => (t ?? '').trim() !== ''), `${file} ${dataset.key}: no title`).toBe(true);
          for (const distribution of record.distributions) expect(distribution.url).toMatch(/^(?:https?|ftp):\/\//);
          expect(JSON.parse(JSON.stringify(record))).toEqual(record);
        }
      }
      // A recorded file with a syntax error is reported with its line; the others read to the end.
      if (end.malformed !== undefined) expect(end.malformed.message).toMatch(/line \d+/);
    });
  }

  it('reads the known syntax error of dataset.ttl, keeping the dataset stated before it', async () => {
    const { datasets, end } = await readFixtureFile(fixture('dcat', 'dataset.ttl'));
    expect(datasets.map((d) => d.key)).toEqual(['http://example.healthdata.nl/set/dataset']);
    expect(end.malformed?.message).toMatch(/line 154/);
  });
});
