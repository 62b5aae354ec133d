import { describe, expect, it } from 'vitest';
import { declaresStandard, isCsvDistribution, mentions } from '../../../src/standards/coverage/match.js';

describe('coverage: what names a standard', () => {
  it('reads conformsTo as the bare name or a /standards/<name> URL path, nothing looser', () => {
    expect(declaresStandard('building-permits', 'building-permits')).toBe(true);
    expect(declaresStandard('https://federa.example.ca/api/v1/standards/building-permits/schema.json', 'building-permits')).toBe(true);
    expect(declaresStandard('https://federa.example.ca/en/standards/building-permits', 'building-permits')).toBe(true);
    expect(declaresStandard('https://x.example/standards/building-permits-v0/schema.json', 'building-permits')).toBe(false);
    expect(declaresStandard('https://x.example/building-permits', 'building-permits')).toBe(false);
    expect(declaresStandard('https://project-open-data.cio.gov/v1.1/schema', 'building-permits')).toBe(false);
  });

  it('finds a phrase as adjacent words, accents, case and plurals folded', () => {
    expect(mentions('Building Permit Applications 2024', 'building permits')).toBe(true);
    expect(mentions('Permis de construire délivrés', 'permis de construire')).toBe(true);
    expect(mentions('COLLISIONS ROUTIÈRES', 'collision routiere')).toBe(true);
    expect(mentions('Permits for building signs', 'building permits')).toBe(false);
    expect(mentions('', 'building permits')).toBe(false);
  });

  it('takes CSV files by format, then media type, then URL', () => {
    const base = { id: 'd', title: {}, languages: [] };
    expect(isCsvDistribution({ ...base, url: 'https://x/a.csv', format: 'CSV' })).toBe(true);
    expect(isCsvDistribution({ ...base, url: 'https://x/a.csv', format: 'XLSX' })).toBe(false);
    expect(isCsvDistribution({ ...base, url: 'https://x/a', mediaType: 'text/csv; charset=utf-8' })).toBe(true);
    expect(isCsvDistribution({ ...base, url: 'https://x/a.CSV?download=1' })).toBe(true);
    expect(isCsvDistribution({ ...base, url: 'https://x/a.json' })).toBe(false);
  });
});
