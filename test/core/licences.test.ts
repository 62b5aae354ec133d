import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LICENCES, licenceById, licenceLabel, recognizeLicence } from '../../src/core/licences.js';
import { fixture, fixturesPresent } from '../helpers/fixtures.js';
import { readCsvFixture } from './csv-fixture.js';

const idOf = (input: { id?: string; title?: string; url?: string }): string | undefined => recognizeLicence(input)?.id;

describe('recognizeLicence: ids', () => {
  it.each([
    ['ca-ogl-lgo', 'OGL-Canada-2.0'], ['OGL-Canada-2.0', 'OGL-Canada-2.0'], ['ogl-canada-2.0', 'OGL-Canada-2.0'],
    ['ab-ogla', 'OGL-Alberta-2.1'], ['OGLA', 'OGL-Alberta-2.1'], ['QPTU', 'QPTU-Alberta'], ['bc-oglbc', 'OGL-BC-2.0'], ['on-oglo', 'OGL-Ontario-1.0'],
    ['qc-cc-by', 'CC-BY-4.0'], ['cc-by', 'CC-BY'], ['CC-BY-4.0', 'CC-BY-4.0'], ['cc-by-sa', 'CC-BY-SA'], ['cc-zero', 'CC0-1.0'], ['cc-nc', 'CC-BY-NC'],
    ['odc-odbl', 'ODbL-1.0'], ['odc-by', 'ODC-By-1.0'], ['odc-pddl', 'PDDL-1.0'], ['uk-ogl', 'OGL-UK'], ['OGL-UK-3.0', 'OGL-UK-3.0'], ['gfdl', 'GFDL'],
    ['notspecified', 'notspecified'], ['other-open', 'other-open'], ['other-pd', 'other-pd'], ['other-at', 'other-at'], ['other-nc', 'other-nc'], ['other-closed', 'other-closed'],
    ['etalab-2.0', 'etalab-2.0'], ['CC_BYNCND_3_0', 'CC-BY-NC-ND-3.0'], ['CC_BY', 'CC-BY-4.0'],
  ])('%j → %s', (id, expected) => {
    expect(idOf({ id })).toBe(expected);
  });
});

describe('recognizeLicence: URLs', () => {
  it.each([
    ['https://open.canada.ca/en/open-government-licence-canada', 'OGL-Canada-2.0'],
    ['http://open.canada.ca/en/open-government-licence-canada/', 'OGL-Canada-2.0'],
    ['HTTPS://OPEN.CANADA.CA/EN/OPEN-GOVERNMENT-LICENCE-CANADA#terms', 'OGL-Canada-2.0'],
    ['https://open.canada.ca/fr/licence-du-gouvernement-ouvert-canada', 'OGL-Canada-2.0'],
    ['http://www.ontario.ca/page/open-government-licence-ontario', 'OGL-Ontario-1.0'],
    ['https://www.ontario.ca/en/page/open-government-licence-ontario', 'OGL-Ontario-1.0'],
    ['https://www.donneesquebec.ca/licence/', 'CC-BY-4.0'],
    ['http://creativecommons.org/licenses/by/4.0/', 'CC-BY-4.0'],
    ['https://creativecommons.org/licenses/by/4.0/deed.fr', 'CC-BY-4.0'],
    ['https://creativecommons.org/licenses/by-sa/3.0/legalcode', 'CC-BY-SA-3.0'],
    ['https://creativecommons.org/licenses/by-nc-nd/2.5/ca/deed.fr', 'CC-BY-NC-ND-2.5'],
    ['http://creativecommons.org/publicdomain/zero/1.0/', 'CC0-1.0'],
    ['http://opendatacommons.org/licenses/odbl/1.0/', 'ODbL-1.0'],
    ['https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/', 'OGL-UK-3.0'],
    ['http://www.opendefinition.org/licenses/cc-by', 'CC-BY'],
    ['http://publications.europa.eu/resource/authority/licence/CC_BY_4_0', 'CC-BY-4.0'],
    ['http://publications.europa.eu/resource/authority/licence/CC0', 'CC0-1.0'],
    // US federal agencies' data.json: works of the US Government are in the public domain.
    ['http://www.usa.gov/publicdomain/label/1.0/', 'other-pd'],
    ['https://www.usa.gov/government-works/', 'other-pd'],
    ['https://creativecommons.org/publicdomain/mark/1.0/', 'other-pd'],
    // National licence tables name a licence by a code at the end of the IRI (DCAT-AP.de's here).
    ['http://dcat-ap.de/def/licenses/dl-by-de/2.0', 'DL-DE-BY-2.0'],
    ['https://www.govdata.de/dl-de/zero-2-0', 'DL-DE-ZERO-2.0'],
    ['http://publications.europa.eu/resource/authority/licence/DL_DE_BY_2_0', 'DL-DE-BY-2.0'],
    ['http://dcat-ap.de/def/licenses/cc-by/4.0', 'CC-BY-4.0'],
    ['http://dcat-ap.de/def/licenses/cc-by-sa/4.0', 'CC-BY-SA-4.0'],
    ['http://dcat-ap.de/def/licenses/cc-zero', 'CC0-1.0'],
    ['http://dcat-ap.de/def/licenses/odbl', 'ODbL-1.0'],
    ['https://dcat-ap.ch/vocabulary/licenses/terms_by', 'other-at'],
    ['http://dcat-ap.ch/vocabulary/licenses/terms_by_ask', 'other-nc'],
  ])('%j → %s', (url, expected) => {
    expect(idOf({ url })).toBe(expected);
  });

  it('does not read a code out of IRIs that are no licence table, or whose code it does not know', () => {
    expect(idOf({ url: 'http://dcat-ap.ch/vocabulary/licenses/terms_unknown' })).toBeUndefined();
    expect(idOf({ url: 'https://example.org/licenses/by/4.0' })).toBeUndefined();
    expect(idOf({ url: 'https://example.org/datasets/cc-by/4.0' })).toBeUndefined();
    expect(idOf({ url: 'https://example.org/licenses/cc-by/legal/terms' })).toBeUndefined();
  });
});

describe('recognizeLicence: titles', () => {
  it.each([
    ['Open Government Licence - Canada', 'OGL-Canada-2.0'], ['Open Government License – Canada', 'OGL-Canada-2.0'],
    ['OPEN GOVERNMENT LICENCE—CANADA', 'OGL-Canada-2.0'], ['Open Government Licence - Canada version 2.0', 'OGL-Canada-2.0'],
    ['Open Government Licence – Canada v2.0', 'OGL-Canada-2.0'], ['Licence du gouvernement ouvert - Canada', 'OGL-Canada-2.0'],
    ['licence du gouvernement ouvert canada', 'OGL-Canada-2.0'], ['Open Government Licence – Canada (OGL-Canada 2.0)', 'OGL-Canada-2.0'],
    ['Licence du gouvernement ouvert – Colombie-Britannique', 'OGL-BC-2.0'], ['Licence du gouvernement ouvert – Île-du-Prince-Édouard', 'OGL-PEI'],
    ['Licence du gouvernement ouvert - Ile-du-Prince-Edouard', 'OGL-PEI'],
    ['Creative Commons Attribution 4.0 International', 'CC-BY-4.0'], ['Attribution 4.0 International (CC BY 4.0)', 'CC-BY-4.0'],
    ['CC BY-SA 3.0', 'CC-BY-SA-3.0'], ['CC-BY-NC 4.0', 'CC-BY-NC-4.0'], ['Creative Commons Attribution-NoDerivatives 4.0', 'CC-BY-ND-4.0'],
    ['Creative Commons Attribution – Pas d’Utilisation Commerciale – Partage dans les Mêmes Conditions 3.0 non transposé', 'CC-BY-NC-SA-3.0'],
    ['Creative Commons CCZero', 'CC0-1.0'], ['CC0', 'CC0-1.0'], ['Creative Commons Attribution', 'CC-BY'],
    ['Open Data Commons Open Database License (ODbL)', 'ODbL-1.0'], ['UK Open Government Licence (OGL)', 'OGL-UK'],
    ['Open Government Licence v3.0', 'OGL-UK-3.0'], ['Licence Ouverte / Open Licence version 2.0', 'etalab-2.0'],
    ['License not specified', 'notspecified'], ['Other (Open)', 'other-open'], ['Domaine public', 'other-pd'],
  ])('%j → %s', (title, expected) => {
    expect(idOf({ title })).toBe(expected);
  });

  it('reads a licence out of HTML, by its link or its text', () => {
    expect(idOf({ title: "<p><a href='https://creativecommons.org/licenses/by/4.0/'>Some licence</a></p>" })).toBe('CC-BY-4.0');
    expect(idOf({ title: '<span><b>Open Government Licence – Canada</b></span>' })).toBe('OGL-Canada-2.0');
  });

  it('returns undefined when it cannot tell', () => {
    expect(recognizeLicence({})).toBeUndefined();
    expect(recognizeLicence({ id: '', title: ' ', url: '' })).toBeUndefined();
    expect(recognizeLicence({ id: 'custom', title: 'See the terms', url: 'https://example.org/terms' })).toBeUndefined();
    expect(recognizeLicence({ title: 'Open Government Licence' })).toBeUndefined();
    expect(recognizeLicence({ title: 'Creative Commons' })).toBeUndefined();
  });
});

describe('recognizeLicence: which field wins', () => {
  it('takes the id first', () => {
    expect(idOf({ id: 'odc-odbl', url: 'https://creativecommons.org/licenses/by/4.0/' })).toBe('ODbL-1.0');
  });

  it('lets a precise licence from another field replace a vague id', () => {
    expect(idOf({ id: 'notspecified', url: 'https://open.canada.ca/en/open-government-licence-canada' })).toBe('OGL-Canada-2.0');
    expect(idOf({ id: 'other-open', title: 'Open Government Licence - Ontario' })).toBe('OGL-Ontario-1.0');
    expect(idOf({ id: 'other-open', title: 'whatever' })).toBe('other-open');
  });

  it('falls back to the URL, then the title, when the id is unknown', () => {
    expect(idOf({ id: 'city-licence', url: 'https://creativecommons.org/licenses/by-sa/4.0/', title: 'CC0' })).toBe('CC-BY-SA-4.0');
    expect(idOf({ id: 'city-licence', title: 'CC0' })).toBe('CC0-1.0');
  });
});

describe('the licence table', () => {
  it('has unique ids, bilingual labels, and finds each licence by id', () => {
    expect(new Set(LICENCES.map((l) => l.id)).size).toBe(LICENCES.length);
    for (const l of LICENCES) {
      expect(l.label.en, l.id).not.toBe('');
      expect(l.label.fr, l.id).not.toBe('');
      expect(licenceById(l.id)).toBe(l);
    }
    expect(licenceLabel('OGL-Canada-2.0')).toEqual({ en: 'Open Government Licence – Canada', fr: 'Licence du gouvernement ouvert – Canada' });
    expect(licenceLabel('nope')).toEqual({ en: 'nope', fr: 'nope' });
  });

  it('recognizes every licence by its id, labels, URLs and aliases, and by nothing else', () => {
    for (const l of LICENCES) {
      const names = [l.id, l.label.en, l.label.fr, ...l.aliases];
      for (const name of names) expect([name, idOf({ id: name })]).toEqual([name, l.id]);
      for (const url of [l.url, l.urlFr]) if (url !== undefined) expect([url, idOf({ url })]).toEqual([url, l.id]);
    }
  });

  it('says which licences are open', () => {
    const open = (id: string): boolean | undefined => licenceById(id)?.open;
    expect(open('OGL-Canada-2.0')).toBe(true);
    expect(open('CC-BY-4.0')).toBe(true);
    expect(open('CC-BY-SA-3.0')).toBe(true);
    expect(open('CC0-1.0')).toBe(true);
    expect(open('ODbL-1.0')).toBe(true);
    expect(open('QPTU-Alberta')).toBe(false);
    expect(open('notspecified')).toBe(false);
    expect(open('other-closed')).toBe(false);
    for (const l of LICENCES.filter((x) => /^CC-BY(-SA)?-(NC|ND)|^CC-BY-NC|^CC-BY-ND/.test(x.id))) expect([l.id, l.open]).toEqual([l.id, false]);
  });

  it('has Creative Commons in versions 1.0 to 4.0 with every combination of elements', () => {
    for (const code of ['BY', 'BY-SA', 'BY-ND', 'BY-NC', 'BY-NC-SA', 'BY-NC-ND']) {
      for (const version of ['1.0', '2.0', '2.5', '3.0', '4.0']) expect(licenceById(`CC-${code}-${version}`), `${code} ${version}`).toBeDefined();
    }
  });
});

const ckanLicence = z.object({ id: z.string(), title: z.string(), title_fra: z.string(), url: z.string(), url_fra: z.string() });

describe.skipIf(!fixturesPresent)('licences: conformance with open.canada.ca (licenses.json) and the crosswalk', () => {
  const licences = fixturesPresent ? z.array(ckanLicence).parse(JSON.parse(readFileSync(fixture('canada', 'vocab', 'licenses.json'), 'utf8'))) : [];

  it('reads the 17 licences', () => {
    expect(licences).toHaveLength(17);
  });

  it('recognizes every licence by id, by both URLs and by both titles, as one licence', () => {
    for (const l of licences) {
      const byId = idOf({ id: l.id });
      expect([l.id, byId !== undefined]).toEqual([l.id, true]);
      expect([l.id, 'url', idOf({ url: l.url })]).toEqual([l.id, 'url', byId]);
      expect([l.id, 'url_fra', idOf({ url: l.url_fra })]).toEqual([l.id, 'url_fra', byId]);
      expect([l.id, 'title', idOf({ title: l.title })]).toEqual([l.id, 'title', byId]);
      expect([l.id, 'title_fra', idOf({ title: l.title_fra })]).toEqual([l.id, 'title_fra', byId]);
      expect([l.id, 'title lower case', idOf({ title: l.title.toLowerCase() })]).toEqual([l.id, 'title lower case', byId]);
      expect([l.id, 'url with a trailing slash', idOf({ url: `${l.url.replace(/\/$/, '')}/` })]).toEqual([l.id, 'url with a trailing slash', byId]);
    }
  });

  it('gives the 17 licences 17 different ids', () => {
    expect(new Set(licences.map((l) => idOf({ id: l.id }))).size).toBe(17);
  });

  it('recognizes the provincial licences of the GeoDCAT crosswalk (RightsLicense.csv) as open', () => {
    const rows = readCsvFixture('canada', 'crosswalk-tables', 'GeoDCAT', 'RightsLicense.csv');
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect([row.original_value, recognizeLicence({ id: row.original_value ?? '' })?.open]).toEqual([row.original_value, true]);
  });

  it('recognizes the licence URL of every portal that uses an open.canada.ca licence (portals.csv)', () => {
    const portals = readCsvFixture('canada', 'portals.csv');
    const known = new Set(licences.flatMap((l) => [l.url, l.url_fra]));
    const urls = portals.map((p) => p['License URL'] ?? '').filter((u) => known.has(u));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect([url, idOf({ url })]).not.toEqual([url, undefined]);
  });

  it('recognizes the Creative Commons licences of the EU licence vocabulary by their IRI', () => {
    const rdf = readFileSync(fixture('mqa', 'eu-licences-skos.rdf'), 'utf8');
    const codes = [...rdf.matchAll(/authority\/licence\/(CC[A-Z0-9_]*)"/g)].map((m) => m[1] ?? '');
    expect(codes.length).toBeGreaterThan(20);
    for (const code of codes) {
      const found = idOf({ url: `http://publications.europa.eu/resource/authority/licence/${code}` });
      expect([code, found?.startsWith('CC')]).toEqual([code, true]);
    }
  });
});
