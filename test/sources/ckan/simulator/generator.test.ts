import { describe, expect, it } from 'vitest';
import type { CkanPackage, JsonValue } from '../../../../src/sources/ckan/simulator/ckan-types.js';
import { GeneratedCatalogue, generatePackage } from '../../../../src/sources/ckan/simulator/generated-catalogue.js';
import type { ProfileName } from '../../../../src/sources/ckan/simulator/profiles/index.js';

const SUBJECTS = new Set([
  'arts_music_literature', 'agriculture', 'economics_and_industry', 'education_and_training', 'form_descriptors',
  'government_and_politics', 'health_and_safety', 'history_and_archaeology', 'information_and_communications', 'labour',
  'language_and_linguistics', 'law', 'military', 'nature_and_environment', 'persons', 'processes', 'society_and_culture',
  'science_and_technology', 'transport',
]);
const FREQUENCIES = new Set(['P1D', 'P1W', 'P1M', 'P3M', 'P6M', 'P1Y', 'as_needed', 'continual', 'irregular', 'not_planned', 'unknown']);
const FRENCH_LETTERS = /[éèêàâçôîûù]/;

function sample(profile: ProfileName, n: number, seed?: number): CkanPackage[] {
  return Array.from({ length: n }, (_, i) => generatePackage(profile, i, seed === undefined ? {} : { seed }));
}

function object(value: JsonValue | undefined): Record<string, JsonValue> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`not an object: ${JSON.stringify(value)}`);
  return value;
}

function list(value: JsonValue | undefined): JsonValue[] {
  if (!Array.isArray(value)) throw new Error(`not a list: ${JSON.stringify(value)}`);
  return value;
}

function resources(pkg: CkanPackage): Record<string, JsonValue>[] {
  return list(pkg.resources).map(object);
}

function share(items: CkanPackage[], test: (pkg: CkanPackage) => boolean): number {
  return items.filter(test).length / items.length;
}

function meanSize(items: CkanPackage[]): number {
  return items.reduce((sum, pkg) => sum + Buffer.byteLength(JSON.stringify(pkg)), 0) / items.length;
}

describe('generated catalogues are deterministic', () => {
  it.each(['federal', 'quebec', 'city'] as const)('%s: the same seed gives the same packages, another seed others', (profile) => {
    expect(sample(profile, 30, 99)).toEqual(sample(profile, 30, 99));
    const other = sample(profile, 30, 100);
    expect(other.map((p) => p.id)).not.toEqual(sample(profile, 30, 99).map((p) => p.id));
  });

  it('makes record i without the others: a lone record equals the same record of a catalogue', () => {
    const catalogue = new GeneratedCatalogue({ profile: 'quebec', records: 300, seed: 5 });
    const alone = generatePackage('quebec', 250, { seed: 5 });
    expect(catalogue.get(alone.id)).toEqual(alone);
  });

  it('keeps no package in memory: each read makes a fresh copy of the same content', () => {
    const catalogue = new GeneratedCatalogue({ profile: 'federal', records: 50 });
    const first = catalogue.at(10);
    const again = catalogue.at(10);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });

  it('gives every record of a 100,000-record catalogue its own id', () => {
    // The catalogue refuses duplicate ids, so building it is the check.
    const catalogue = new GeneratedCatalogue({ profile: 'federal', records: 100_000 });
    expect(catalogue.count()).toBe(100_000);
  });

  it('gives each portal its own ids from one seed', () => {
    const federal = new Set(sample('federal', 200).map((p) => p.id));
    expect(sample('quebec', 200).some((p) => federal.has(p.id))).toBe(false);
  });

  it('gives unique URL names', () => {
    const names = new GeneratedCatalogue({ profile: 'city', records: 5000 }).names();
    expect(new Set(names).size).toBe(5000);
    for (const name of names.slice(0, 200)) expect(name).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('bilingual federal profile (open.canada.ca)', () => {
  const packages = sample('federal', 1500);

  it('has the scheming/fluent fields on every record', () => {
    for (const pkg of packages) {
      const title = object(pkg.title_translated);
      expect(Object.keys(title).some((k) => k === 'en' || k === 'en-t-fr')).toBe(true);
      expect(Object.keys(title).some((k) => k === 'fr' || k === 'fr-t-en')).toBe(true);
      expect(Object.keys(object(pkg.notes_translated)).length).toBe(2);
      expect(Object.keys(object(pkg.keywords)).length).toBe(2);
      expect(object(pkg.org_title_at_publication)).toHaveProperty('fr');
      expect(object(pkg.organization).title).toMatch(/^.+ \| .+$/);
      for (const subject of list(pkg.subject)) expect(SUBJECTS.has(String(subject))).toBe(true);
      expect(FREQUENCIES.has(String(pkg.frequency))).toBe(true);
      expect(['dataset', 'info']).toContain(pkg.type);
      const res = resources(pkg);
      expect(res.length).toBeGreaterThanOrEqual(1);
      expect(res.length).toBeLessThanOrEqual(6);
      for (const r of res) expect(Object.keys(object(r.name_translated)).length).toBe(2);
    }
  });

  it('writes French with accents and English without', () => {
    const french = packages.map((p) => Object.entries(object(p.title_translated)).find(([k]) => k.startsWith('fr'))?.[1]).join(' ');
    expect(french).toMatch(FRENCH_LETTERS);
    expect(french).toMatch(/Données|Qualité|Émissions|Hôpitaux|Réseau/);
    const english = packages.map((p) => object(p.title_translated).en ?? '').join(' ');
    expect(english).toMatch(/Traffic collisions|Hospitals|Water/);
  });

  it('marks a realistic share of records as machine-translated', () => {
    const machine = share(packages, (p) => Object.keys(object(p.title_translated)).some((k) => k.includes('-t-')));
    expect(machine).toBeGreaterThan(0.12);
    expect(machine).toBeLessThan(0.4);
    expect(packages.some((p) => 'fr-t-en' in object(p.title_translated))).toBe(true);
    expect(packages.some((p) => 'en-t-fr' in object(p.title_translated))).toBe(true);
  });

  it('federates provincial records with their province licence, the rest under the federal licence', () => {
    const provincial = packages.filter((p) => p.jurisdiction === 'provincial');
    expect(provincial.length / packages.length).toBeGreaterThan(0.1);
    expect(provincial.length / packages.length).toBeLessThan(0.3);
    expect(new Set(provincial.map((p) => p.license_id))).toEqual(new Set(['on-oglo', 'bc-oglbc', 'qc-cc-by', 'ab-ogla', 'ns-oglns', 'nb-oglnb']));
    for (const p of provincial) expect(p.collection).toBe('federated');
    for (const p of packages.filter((x) => x.jurisdiction === 'federal')) expect(p.license_id).toBe('ca-ogl-lgo');
  });

  it('has packages of open.canada.ca size (about 6.8 KB of JSON)', () => {
    const size = meanSize(packages);
    expect(size).toBeGreaterThan(5000);
    expect(size).toBeLessThan(8000);
  });

  it('writes descriptions of 1 to 5 paragraphs', () => {
    const counts = packages.map((p) => String(object(p.notes_translated).en ?? object(p.notes_translated)['en-t-fr']).split('\n\n').length);
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBe(5);
  });
});

describe('French-first provincial aggregator profile (Données Québec)', () => {
  const packages = sample('quebec', 1500);

  it('uses plain CKAN fields in French', () => {
    for (const pkg of packages) {
      expect(typeof pkg.title).toBe('string');
      expect(pkg).not.toHaveProperty('title_translated');
      expect(list(pkg.tags).length).toBeGreaterThan(0);
      expect(list(pkg.extras).map((e) => object(e).key)).toContain('update_frequency');
      expect(list(pkg.groups)).toHaveLength(1);
    }
    const text = packages.map((p) => `${String(p.title)} ${String(p.notes ?? '')}`).join(' ');
    expect(text).toMatch(FRENCH_LETTERS);
    expect(text).toMatch(/ les | des | de la /);
    expect(text).toMatch(/hôpitaux|qualité de l'eau/i);
  });

  it('writes Markdown descriptions', () => {
    const notes = packages.map((p) => String(p.notes ?? ''));
    expect(notes.some((n) => /\n- /.test(n))).toBe(true);
    expect(notes.some((n) => n.includes('**'))).toBe(true);
    expect(notes.some((n) => /\[[^\]]+\]\(https?:[^)]+\)/.test(n))).toBe(true);
  });

  it('carries ministries and cities as organizations', () => {
    const organizations = new Set(packages.map((p) => String(object(p.organization).name)));
    for (const city of ['ville-de-montreal', 'ville-de-quebec', 'ville-de-laval', 'ville-de-gatineau', 'ville-de-sherbrooke']) expect(organizations).toContain(city);
    expect([...organizations].some((o) => o.startsWith('ministere-'))).toBe(true);
  });

  it('uses CC-BY-style licence ids and a few others', () => {
    const licences = packages.map((p) => String(p.license_id));
    expect(share(packages, (p) => p.license_id === 'cc-by')).toBeGreaterThan(0.5);
    expect(licences).toContain('qc-cc-by');
    expect(new Set(licences).size).toBeGreaterThanOrEqual(4);
  });

  it('writes formats every way publishers write them', () => {
    const formats = new Set(packages.flatMap((p) => resources(p).map((r) => String(r.format))));
    for (const spelling of ['CSV', 'csv', '.csv', 'text/csv', 'XLSX', 'GeoJSON', 'SHP', 'Esri REST', 'PDF']) expect(formats).toContain(spelling);
    expect(formats).toContain('');
  });

  it('has real oddities: missing or null notes, sizes as strings', () => {
    expect(packages.some((p) => !('notes' in p))).toBe(true);
    expect(packages.some((p) => p.notes === null)).toBe(true);
    expect(packages.some((p) => resources(p).some((r) => typeof r.size === 'string'))).toBe(true);
  });

  it('has packages of 2 to 8 KB of JSON on average', () => {
    const size = meanSize(packages);
    expect(size).toBeGreaterThan(2000);
    expect(size).toBeLessThan(8000);
  });
});

describe('English-only city profile (Guelph)', () => {
  const packages = sample('city', 1000);

  it('uses plain CKAN fields in English, with groups and update_frequency extras', () => {
    for (const pkg of packages) {
      expect(typeof pkg.title).toBe('string');
      expect(String(pkg.title)).not.toMatch(FRENCH_LETTERS);
      expect(list(pkg.groups)).toHaveLength(1);
      expect(list(pkg.extras).map((e) => object(e).key)).toContain('update_frequency');
    }
    const frequencies = new Set(packages.flatMap((p) => list(p.extras).map(object).filter((e) => e.key === 'update_frequency').map((e) => String(e.value))));
    expect(frequencies).toContain('Monthly');
    expect(frequencies).toContain('monthly');
  });

  it('gives the licence by title and URL only', () => {
    for (const pkg of packages) {
      expect(pkg).not.toHaveProperty('license_id');
      expect(String(pkg.license_title)).toMatch(/Guelph/);
      expect(String(pkg.license_url)).toMatch(/^https:\/\//);
    }
    expect(packages.some((p) => p.license_title === 'Open Government Licence – City of Guelph')).toBe(true);
  });

  it('has records without notes and resources without a format', () => {
    expect(packages.some((p) => p.notes === null)).toBe(true);
    expect(packages.some((p) => resources(p).some((r) => r.format === ''))).toBe(true);
  });

  it('has packages of 2 to 8 KB of JSON on average', () => {
    const size = meanSize(packages);
    expect(size).toBeGreaterThan(2000);
    expect(size).toBeLessThan(8000);
  });
});

describe('realistic spread', () => {
  const packages = sample('federal', 2000);

  it('spreads modification dates over years, after creation', () => {
    const years = new Set(packages.map((p) => String(p.metadata_modified).slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(8);
    for (const p of packages) expect(String(p.metadata_modified) >= String(p.metadata_created)).toBe(true);
  });

  it('has Zipf-like publisher frequencies: a few publish most', () => {
    const counts = new Map<string, number>();
    for (const p of packages) counts.set(String(p.owner_org), (counts.get(String(p.owner_org)) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 1;
    expect(sorted[0]! / median).toBeGreaterThan(3);
  });

  it('has 1 to 6 resources, with the whole range used', () => {
    const counts = new Set(packages.map((p) => resources(p).length));
    expect([...counts].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
