import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { licenceById } from '../../src/core/licences.js';
import { ConfigError, loadConfig, parseConfig } from '../../src/harvest/config.js';
import { kindNames } from '../../src/harvest/kinds.js';

const good = {
  id: 'city',
  name: { en: 'City', fr: 'Ville' },
  type: 'ckan',
  url: 'https://data.example.ca',
  jurisdiction: { level: 'municipal', code: 'CA-ON', municipality: 'Guelph' },
  primaryLanguage: 'en',
};

function write(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'federa-config-'));
  const file = join(dir, 'sources.yaml');
  writeFileSync(file, text);
  return file;
}

describe('sources.yaml', () => {
  it('applies defaults and normalizes filters and schedules', () => {
    const config = parseConfig({ sources: [{ ...good, filters: { type: 'opendata' }, schedule: { incremental: '6h', full: 'P7D' } }] }, 'x.yaml');
    const source = config.sources[0]!;
    expect(source.filters).toEqual({ type: ['opendata'] });
    expect(source.schedule).toEqual({ incrementalMs: 6 * 3_600_000, fullMs: 7 * 86_400_000 });
    expect(source.enabled).toBe(true);
    expect(source.allowPrivateNetwork).toBe(false);
    expect(config.harvest.withdrawalGraceMs).toBe(7 * 86_400_000);
    expect(config.harvest.perHostConcurrency).toBe(1);
    expect(config.harvest.pageSize).toBe(500);
  });

  it('names the file, the source and the field of an error', () => {
    const bad = { ...good, jurisdiction: { level: 'galactic', code: 'CA' } };
    expect(() => parseConfig({ sources: [good, bad] }, 'conf/sources.yaml')).toThrow(ConfigError);
    try {
      parseConfig({ sources: [{ ...good, id: 'one' }, { ...bad, id: 'two' }] }, 'conf/sources.yaml');
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('conf/sources.yaml');
      expect(message).toContain('source "two" (sources[1])');
      expect(message).toContain('jurisdiction.level');
    }
  });

  it('rejects unknown fields, duplicate ids, bad URLs and unknown licences', () => {
    expect(() => parseConfig({ sources: [{ ...good, colour: 'blue' }] }, 'f')).toThrow(/colour/);
    expect(() => parseConfig({ sources: [good, good] }, 'f')).toThrow(/"city" is used by another source/);
    expect(() => parseConfig({ sources: [{ ...good, url: 'ftp://x' }] }, 'f')).toThrow(/field "url"/);
    expect(() => parseConfig({ sources: [{ ...good, licenceGate: ['no-such-licence'] }] }, 'f')).toThrow(/licenceGate\[0\].*not a known licence/);
    expect(() => parseConfig({ sources: [{ ...good, schedule: { incremental: 'often' } }] }, 'f')).toThrow(/schedule.incremental/);
    expect(() => parseConfig({ sources: [{ ...good, type: 'gopher' }] }, 'f')).toThrow(/field "type": must be one of ckan/);
    expect(() => parseConfig({ sources: [{ ...good, options: { colour: 'blue' } }] }, 'f')).toThrow(/source "city" \(sources\[0\]\): field "options.colour": CKAN sources take no options/);
  });

  it('takes allowPrivateNetwork as true, false or a list of addresses and CIDR ranges, and names a bad entry', () => {
    expect(parseConfig({ sources: [{ ...good, allowPrivateNetwork: ['10.2.3.4', 'fd00::/8'] }] }, 'f').sources[0]!.allowPrivateNetwork).toEqual(['10.2.3.4', 'fd00::/8']);
    expect(parseConfig({ sources: [{ ...good, allowPrivateNetwork: true }] }, 'f').sources[0]!.allowPrivateNetwork).toBe(true);
    expect(() => parseConfig({ sources: [{ ...good, allowPrivateNetwork: ['10.2.3.4', 'intranet.local'] }] }, 'f')).toThrow(/source "city" \(sources\[0\]\): field "allowPrivateNetwork(\[1\])?": .*IP address or a CIDR range/);
    expect(() => parseConfig({ sources: [{ ...good, allowPrivateNetwork: [] }] }, 'f')).toThrow(/field "allowPrivateNetwork"/);
  });

  it('takes a priority per source (lower wins), 100 by default, and names a bad one', () => {
    const config = parseConfig({ sources: [good, { ...good, id: 'aggregator', priority: 200 }, { ...good, id: 'first', priority: -5.5 }] }, 'f');
    expect(config.sources.map((s) => s.priority)).toEqual([100, 200, -5.5]);
    expect(() => parseConfig({ sources: [{ ...good, priority: 'high' }] }, 'f')).toThrow(/source "city" \(sources\[0\]\): field "priority"/);
  });

  it('reports YAML syntax errors with the line', () => {
    const file = write('sources:\n  - id: a\n   name: [\n');
    expect(() => loadConfig(file)).toThrow(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+: invalid YAML`));
  });

  it('reports a missing file', () => {
    expect(() => loadConfig('/nonexistent/sources.yaml')).toThrow(/\/nonexistent\/sources.yaml: cannot read the file \(ENOENT\)/);
  });

  it('loads the default configuration of the real Canadian portals', () => {
    const config = loadConfig(resolve(import.meta.dirname, '../../config/sources.yaml'));
    const ids = config.sources.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['open-canada', 'alberta', 'british-columbia', 'ontario', 'donnees-quebec', 'yukon']));
    const levels = new Set(config.sources.map((s) => s.jurisdiction.level));
    expect([...levels]).toEqual(expect.arrayContaining(['federal', 'provincial', 'territorial', 'municipal']));
    expect(config.sources.every((s) => !s.allowPrivateNetwork)).toBe(true);
    expect(config.sources.find((s) => s.id === 'alberta')?.filters).toEqual({ type: ['opendata'] });
    expect(config.sources.find((s) => s.id === 'donnees-quebec')?.organizationJurisdictions['ville-de-laval']).toEqual({
      level: 'municipal',
      code: 'CA-QC',
      municipality: 'Laval',
    });
  });
});

describe('the default config/sources.yaml', () => {
  const config = loadConfig(resolve(import.meta.dirname, '../../config/sources.yaml'));
  const enabled = config.sources.filter((s) => s.enabled);
  // Kinds given only as disabled examples: their portals duplicate enabled ones or are not Canadian.
  const EXAMPLES_ONLY = ['datajson', 'dcat'];

  it('has a source of every kind, enabled except the kinds given only as examples', () => {
    const kinds = new Set(config.sources.map((s) => s.type));
    for (const kind of kindNames()) expect(kinds, `no source of kind ${kind}`).toContain(kind);
    const enabledKinds = new Set(enabled.map((s) => s.type));
    expect([...enabledKinds].sort()).toEqual(kindNames().filter((k) => !EXAMPLES_ONLY.includes(k)).sort());
  });

  it('harvests federal, provincial or territorial, and municipal portals', () => {
    const levels = new Set(enabled.map((s) => s.jurisdiction.level));
    expect(levels).toContain('federal');
    expect(levels.has('provincial') || levels.has('territorial')).toBe(true);
    expect(levels).toContain('municipal');
    for (const s of enabled) {
      if (s.jurisdiction.level === 'federal') expect(s.jurisdiction.code, s.id).toBe('CA');
      else expect(s.jurisdiction.code, s.id).toMatch(/^CA-[A-Z]{2}$/);
    }
  });

  it('gates only on known, open licences', () => {
    const gated = config.sources.filter((s) => s.licenceGate.length > 0);
    expect(gated.length).toBeGreaterThan(0);
    for (const s of gated) {
      for (const id of s.licenceGate) {
        const licence = licenceById(id);
        expect(licence, `${s.id}: licence gate names unknown ${id}`).toBeDefined();
        expect(licence?.open, `${s.id}: licence gate admits ${id}, which is not open`).toBe(true);
      }
    }
  });

  it('names every source in English and French, and schedules every enabled one', () => {
    for (const s of config.sources) {
      expect(s.name.en.trim(), s.id).not.toBe('');
      expect(s.name.fr.trim(), s.id).not.toBe('');
    }
    for (const s of enabled) expect(s.schedule.fullMs, s.id).toBeGreaterThan(0);
  });

  it('no longer harvests Ottawa on the CKAN it left', () => {
    expect(enabled.filter((s) => s.type === 'ckan' && new URL(s.url).hostname === 'data.ottawa.ca')).toEqual([]);
    expect(enabled.find((s) => s.id === 'ottawa')?.type).toBe('arcgis-hub');
  });
});
