// Hostile records planted in the browser tests' catalogue: harvested text is untrusted, so HTML,
// script and `javascript:` links in it must reach the page as inert text or not at all.
import { createHash } from 'node:crypto';
import type { DatasetRecord } from '../../../src/core/dataset.js';
import { datasetId } from '../../../src/core/ids.js';
import type { CkanPackage } from '../../../src/sources/ckan/simulator/index.js';

/** The source id of the hostile CKAN portal. */
export const HOSTILE_SOURCE = 'hostile-portal';

/** What a script that ran would set: the tests look for it after each page. */
export const PWNED = '__federaPwned';

/** Each payload sets `window.__federaPwned` and opens a dialog if it ever runs. */
const payload = (where: string) => `window.${PWNED}='${where}';alert('${where}')`;

/** HTML that must never run: inline script, event handlers, script URLs in links and Markdown. */
export const HOSTILE_DESCRIPTION = [
  'Water readings of the harbour.',
  `<script>${payload('script')}</script>`,
  `<img src="x" onerror="${payload('img')}">`,
  `<a href="javascript:${payload('html-link')}">html link</a>`,
  `<svg onload="${payload('svg')}"></svg>`,
  `[markdown link](javascript:${payload('markdown-link')})`,
  // Breaks out of a JSON-LD block if the page puts descriptions in one unescaped.
  `</script><script>${payload('json-ld')}</script>`,
].join('\n\n');

export const HOSTILE_TITLE = 'Harbour <b>water</b> readings <script>alert(1)</script>';

/** Remote ids of the records of the hostile portal. */
export const HOSTILE_REMOTE = { harvested: 'harbour-water-readings', broken: 'broken-record', planted: 'planted-script-links' } as const;

/** The packages the hostile CKAN portal serves: one hostile record, one that cannot be mapped (a job problem). */
export function hostilePackages(): CkanPackage[] {
  const modified = '2026-11-20T10:00:00.000000';
  return [
    {
      id: HOSTILE_REMOTE.harvested,
      name: HOSTILE_REMOTE.harvested,
      type: 'dataset',
      state: 'active',
      title: HOSTILE_TITLE,
      notes: HOSTILE_DESCRIPTION,
      license_id: 'CC-BY-4.0',
      metadata_created: modified,
      metadata_modified: modified,
      organization: { id: 'harbour', name: 'harbour', title: 'Harbour <i>Authority</i>' },
      tags: [{ name: '<img src=x onerror=alert(1)>' }, { name: 'water' }],
      resources: [
        { id: 'evil-csv', name: 'Readings <b>CSV</b>', format: 'CSV', url: `javascript:${payload('distribution')}` },
        { id: 'good-csv', name: 'Readings', format: 'CSV', url: 'https://example.org/readings.csv' },
      ],
    },
    {
      id: HOSTILE_REMOTE.broken,
      name: HOSTILE_REMOTE.broken,
      type: 'dataset',
      state: 'active',
      title: 'A record whose resources are not objects',
      metadata_created: modified,
      metadata_modified: modified,
      resources: [42],
    },
  ] as unknown as CkanPackage[];
}

/** A record written straight to the store, as no mapper would let it through: script URLs as its
 * landing page and distribution, HTML in every text. The web face must not trust the store either. */
export function plantedRecord(): DatasetRecord {
  const raw = { planted: true };
  return {
    id: datasetId(HOSTILE_SOURCE, HOSTILE_REMOTE.planted),
    provenance: {
      sourceId: HOSTILE_SOURCE,
      remoteId: HOSTILE_REMOTE.planted,
      landingPage: `javascript:${payload('landing-page')}`,
      harvestedAt: '2026-11-21T09:00:00.000Z',
      contentHash: createHash('sha256').update(JSON.stringify(raw)).digest('hex'),
      raw,
    },
    title: { en: `Planted <b>bold</b> <img src=x onerror="${payload('title')}">`, fr: `Fiche <b>piégée</b> <img src=x onerror="${payload('titre')}">` },
    description: { en: HOSTILE_DESCRIPTION, fr: HOSTILE_DESCRIPTION },
    keywords: { en: ['<script>alert(1)</script>'], fr: ['piège'] },
    publisher: { id: 'harbour', name: { en: 'Harbour <i>Authority</i>' } },
    jurisdiction: { level: 'municipal', code: 'CA-NS', municipality: 'Halifax' },
    subjects: [],
    licence: { original: '<a href="javascript:alert(1)">licence</a>', url: ` JaVaScRiPt:${payload('licence')}` },
    modified: '2026-11-21',
    languages: ['en', 'fr'],
    contactPoint: { email: 'x@example.org"><script>alert(1)</script>', url: `javascript:${payload('contact')}` },
    spatial: { bbox: [-64, 44, -63, 45], places: ['<b>Halifax</b>'] },
    distributions: [
      { id: 'evil', title: { en: '<b>Evil</b> file' }, url: `javascript:${payload('planted-distribution')}`, format: 'CSV', languages: [] },
      { id: 'data', title: { en: 'Data' }, url: `data:text/html,<script>${payload('data-url')}</script>`, format: 'HTML', languages: [] },
    ],
  };
}
