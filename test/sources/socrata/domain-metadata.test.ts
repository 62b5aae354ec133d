import { describe, expect, it } from 'vitest';
import { readDomainMetadata, roleOf } from '../../../src/sources/socrata/domain-metadata.js';

describe('site metadata fields by meaning', () => {
  it.each([
    ['Common-Core_Contact-Email', 'contactEmail'],
    ['Dataset-Information_Contact-Email', 'contactEmail'],
    ['Additional-Metadata_Email', 'contactEmail'],
    ['Common-Core_Contact-Name', 'contactName'],
    ['Additional-Metadata_Contact', 'contactName'],
    ['Common-Core_Publisher', 'publisher'],
    ['Additional-Metadata_Publisher', 'publisher'],
    ['Dataset-Information_Department', 'department'],
    ['Attributes_Business-Unit', 'department'],
    ['Ownership_Ministry', 'department'],
    ['Dataset-Summary_Data-Frequency', 'frequency'],
    ['Common-Core_Update-Frequency', 'frequency'],
    ['Additional-Metadata_Refresh-Frequency', 'frequency'],
    ['Metadonnees_Frequence-de-mise-a-jour', 'frequency'],
    ['Common-Core_License', 'licence'],
    ['Licensing-and-Attribution_License-URL', 'licenceUrl'],
    ['Common-Core_Language', 'language'],
    ['Common-Core_Temporal', 'temporal'],
    ['Dataset-Summary_Time-Period', 'temporal'],
    ['Temporal_Start-Date', 'temporalStart'],
    ['Common-Core_Spatial', 'places'],
    ['Dataset-Summary_Geographic-Coverage', 'places'],
    ['Common-Core_Issued', 'issued'],
    ['Dataset-Summary_Title-French', 'titleFr'],
    ['Bilingual_Titre-FR', 'titleFr'],
    ['Dataset-Summary_Description-French', 'descriptionFr'],
    ['Keywords_Keywords', 'keywords'],
  ])('%s is read as %s', (key, role) => {
    expect(roleOf(key)).toBe(role);
  });

  it.each(['Dataset-Summary_Data-Last-Updated', 'Common-Core_Bureau-Code', 'Contact_Phone', 'Dataset-Information_Notes', 'Common-Core_Public-Access-Level'])('%s is not mapped', (key) => {
    expect(roleOf(key)).toBeUndefined();
  });

  it('keeps values in the order the site gave them, without blanks and placeholders', () => {
    const metadata = readDomainMetadata([
      { key: 'A_Publisher', value: ' Finance ' },
      { key: 'B_Publisher', value: 'N/A' },
      { key: 'C_Department', value: '' },
      { key: 'D_Language', value: ['English', 'French'] },
      { key: 'E_Contact-Email', value: 42 },
      { key: 'F_Whatever', value: 'x' },
    ]);
    expect([...metadata.entries()]).toEqual([
      ['publisher', ['Finance']],
      ['language', ['English', 'French']],
      ['contactEmail', ['42']],
    ]);
  });
});
