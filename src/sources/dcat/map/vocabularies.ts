// DCAT's controlled values onto the core vocabularies. Each property may be an IRI of an EU
// authority table (`…/authority/licence/CC_BY_4_0`, `…/frequency/MONTHLY`, `…/language/FRA`,
// `…/access-right/PUBLIC`, `…/data-theme/TRAN`), a Dublin Core or IANA IRI, a literal, or a node
// with a label; the core normalizers are given every form the value has.
import type { AccessRights, LicenceRef } from '../../../core/dataset.js';
import { normalizeFrequency } from '../../../core/frequencies.js';
import { normalizeLanguages } from '../../../core/languages.js';
import { recognizeLicence } from '../../../core/licences.js';
import { normalizeSubjects } from '../../../core/subjects.js';
import { isLiteral } from '../raw.js';
import { httpUrl, labelLiterals, RdfNode, vocabularyTexts } from './node.js';
import { P } from './predicates.js';

/** A licence from a `dct:license` (or `dct:rights`) value: recognized by its IRI, label or identifier. */
export function licenceOf(node: RdfNode, ...predicates: string[]): { ref: LicenceRef; recognized: boolean } | undefined {
  for (const value of node.values(...predicates)) {
    let iri: string | undefined;
    let title: string | undefined;
    let id: string | undefined;
    if (isLiteral(value)) {
      const text = value['@value'].trim();
      if (text === '') continue;
      if (httpUrl(text) !== undefined) iri = text;
      else title = text;
    } else {
      const inner = new RdfNode(value);
      iri = inner.iri;
      title = labelLiterals(inner)[0]?.['@value'].trim() || undefined;
      id = inner.firstText(P.DCT_identifier);
    }
    const known = recognizeLicence({ ...(id !== undefined ? { id } : {}), ...(title !== undefined ? { title } : {}), ...(iri !== undefined ? { url: iri } : {}) });
    const url = httpUrl(iri);
    if (known) return { ref: { id: known.id, ...(known.url ?? url ? { url: known.url ?? url } : {}) }, recognized: true };
    const original = title ?? iri ?? id;
    if (original !== undefined) return { ref: { original, ...(url !== undefined ? { url } : {}) }, recognized: false };
  }
  return undefined;
}

/** `dct:accrualPeriodicity`: the first of its forms the core knows. */
export function frequencyOf(node: RdfNode): string | undefined {
  for (const text of vocabularyTexts(node, P.DCT_accrualPeriodicity)) {
    const frequency = normalizeFrequency(text);
    if (frequency !== undefined) return frequency;
  }
  return undefined;
}

/** `dct:language` (and `dc:language`) as ISO 639-1 codes. */
export function languagesOf(node: RdfNode): string[] {
  return normalizeLanguages(vocabularyTexts(node, P.DCT_language, P.DC_language));
}

/** `dcat:theme` and `dct:subject` onto the Government of Canada subjects (EU data themes included). */
export function subjectsOf(node: RdfNode, ...predicates: string[]): string[] {
  const texts = vocabularyTexts(node, ...predicates);
  return texts.length === 0 ? [] : normalizeSubjects(texts);
}

const ACCESS_CODES: Record<string, AccessRights> = {
  public: 'public',
  open: 'public',
  unrestricted: 'public',
  nolimitations: 'public',
  publique: 'public',
  restricted: 'restricted',
  'restricted public': 'restricted',
  restreint: 'restricted',
  'non-public': 'non-public',
  non_public: 'non-public',
  'non public': 'non-public',
  nonpublic: 'non-public',
  private: 'non-public',
  confidential: 'non-public',
  'non publique': 'non-public',
};

function accessOfText(text: string): AccessRights | undefined {
  const last = /[/#]([^/#]+)\/?$/.exec(text)?.[1] ?? text;
  const key = last.trim().toLowerCase().replace(/\s+/g, ' ');
  const direct = ACCESS_CODES[key];
  if (direct !== undefined) return direct;
  // INSPIRE's limitations on public access: article 13 grounds restrict it.
  if (/inspire_directive_article13/i.test(last)) return 'restricted';
  return undefined;
}

/** `dct:accessRights`: the EU access-right table, INSPIRE's limitations, or words. */
export function accessRightsOf(node: RdfNode): AccessRights | undefined {
  for (const text of vocabularyTexts(node, P.DCT_accessRights)) {
    const access = accessOfText(text);
    if (access !== undefined) return access;
  }
  return undefined;
}

/** A media type from `dcat:mediaType` or a `dct:format` given as one: IANA IRI, text, `dct:IMT` node. */
export function mediaTypeOf(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const fromIri = /\/media-?types\/([a-z0-9.+-]+\/[a-z0-9.+_-]+)\/?$/i.exec(text)?.[1];
    const candidate = (fromIri ?? text).split(';')[0]?.trim().toLowerCase() ?? '';
    if (/^[a-z]+\/[a-z0-9][a-z0-9.+_-]*$/.test(candidate)) return candidate;
  }
  return undefined;
}

