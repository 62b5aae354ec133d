// A small standard for coverage tests, independent of the shipped ones.
import type { Standard } from '../../../src/standards/registry.js';

export function permitsStandard(): Standard {
  return {
    name: 'building-permits',
    title: { en: 'Building permits', fr: 'Permis de construire' },
    description: { en: 'Permits', fr: 'Permis' },
    schema: {
      fields: [
        { name: 'permit_number', type: 'string', constraints: { required: true } },
        { name: 'issue_date', type: 'date' },
        { name: 'estimated_cost', type: 'number', constraints: { minimum: 0 } },
      ],
      primaryKey: ['permit_number'],
    },
    guide: { en: '', fr: '' },
    schemaPath: '',
    examplePath: '',
    keywords: { en: ['building permits'], fr: ['permis de construire'] },
  };
}
