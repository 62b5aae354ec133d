// A CKAN portal whose records carry the XSS corpus: one record per payload, the payload in its
// title, description, keywords, publisher, licence, contact, distribution names, descriptions and
// URLs, and the name that makes its landing page, so that every payload reaches every field kind. A few records cannot be mapped and carry
// payloads in their ids, which the job's problems quote; a few carry terminal control sequences.
import type { CkanPackage, JsonObject } from '../../../src/sources/ckan/simulator/index.js';
import { TERMINAL_PAYLOADS, XSS_CORPUS, XSS_MARKER, type XssPayload } from './xss-corpus.js';

export const XSS_SOURCE = 'xss-portal';
/** A word in every corpus title, that finds them all. */
export const CORPUS_WORD = 'corpusrecord';
/** A word in every terminal-payload title. */
export const TERMINAL_WORD = 'terminalrecord';

const MODIFIED = '2026-11-20T10:00:00.000000';

export const corpusRemoteId = (p: XssPayload) => `xss-${p.id}`;

function corpusPackage(p: XssPayload): CkanPackage {
  const id = corpusRemoteId(p);
  const call = `${XSS_MARKER}(${p.n})`;
  return {
    id,
    // The landing page is made of the name: the payload reaches it too, as CKAN would serve it.
    name: `${id}-${p.text}`,
    type: 'dataset',
    state: 'active',
    title: `${CORPUS_WORD} ${p.id} ${p.text}`,
    // Markdown and HTML around the payload, so that the description is read as rich text.
    notes: `Record **${p.id}** of the corpus, ${p.family}.\n\n${p.text}\n\n<p>${p.text}</p>\n\n[a safe link](https://example.org/${p.id})`,
    license_title: p.text,
    license_url: p.text,
    maintainer: p.text,
    maintainer_email: p.text,
    metadata_created: MODIFIED,
    metadata_modified: MODIFIED,
    organization: { id: `org-${p.id}`, name: `org-${p.id}`, title: `Publisher ${p.id} ${p.text}` },
    tags: [{ name: p.text }, { name: `${p.id} ${p.text}` }, { name: CORPUS_WORD }],
    resources: [
      { id: `${id}-payload-url`, name: p.text, description: p.text, format: 'CSV', url: p.text },
      { id: `${id}-script-url`, name: `${p.id} script URL`, format: 'HTML', url: `javascript:${call}` },
      { id: `${id}-query`, name: `${p.id} in a query`, format: 'CSV', url: `https://example.org/${p.id}.csv?q=${p.text}` },
    ],
  };
}

function brokenPackage(p: XssPayload): JsonObject {
  // Resources that are not objects: the record is a problem of the job, quoted with its id.
  return { id: `broken ${p.text}`, name: `broken-${p.id}`, title: p.text, metadata_modified: MODIFIED, resources: [42] };
}

function terminalPackage(control: string, i: number): CkanPackage {
  const id = `terminal-${i}`;
  return {
    id,
    name: id,
    type: 'dataset',
    state: 'active',
    title: `${TERMINAL_WORD} ${i} ${control} end`,
    notes: `Terminal ${control} description ${TERMINAL_WORD}`,
    metadata_created: MODIFIED,
    metadata_modified: MODIFIED,
    organization: { id: `org-terminal-${i}`, name: `org-terminal-${i}`, title: `Publisher ${control} ${i}` },
    tags: [{ name: `tag ${control}` }],
    resources: [{ id: `${id}-r`, name: `file ${control}`, format: 'CSV', url: 'https://example.org/terminal.csv' }],
  };
}

/** Payloads whose records cannot be mapped: a sample of every kind of breakout. */
export const BROKEN_SAMPLE: readonly XssPayload[] = XSS_CORPUS.filter((_, i) => i % 8 === 0);

export function corpusPackages(): CkanPackage[] {
  const broken = BROKEN_SAMPLE.map((p) => brokenPackage(p) as CkanPackage);
  const terminalBroken = { id: `broken\x1b[31m\x1b]0;job title\x07`, name: 'broken-terminal', metadata_modified: MODIFIED, resources: [42] } as CkanPackage;
  return [...XSS_CORPUS.map(corpusPackage), ...broken, terminalBroken, ...TERMINAL_PAYLOADS.map(terminalPackage)];
}
