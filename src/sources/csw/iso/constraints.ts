// Licence and access from `gmd:resourceConstraints`: `MD_LegalConstraints`/`MD_Constraints`
// `useLimitation` and `otherConstraints` texts in every language, `gmx:Anchor` links to a
// licence, and URLs inside the texts (`Open Government Licence - Canada (http://…)`).
import type { AccessRights, LicenceRef } from '../../../core/dataset.js';
import { recognizeLicence } from '../../../core/licences.js';
import { collapseWhitespace } from '../../../core/text.js';
import { allAt, descendants, type XmlElement } from '../xml/tree.js';
import type { TextLanguages } from './language.js';
import { rawLangString } from './texts.js';
import { anchorHref, codeOf, firstPart } from './values.js';

interface ConstraintTexts {
  /** Texts in document order, the main language's first within each property. */
  texts: string[];
  links: string[];
  accessCodes: string[];
  classifications: string[];
}

const CONSTRAINT_TYPES = ['gmd:MD_LegalConstraints', 'gmd:MD_Constraints', 'gmd:MD_SecurityConstraints'];
const TEXT_PROPERTIES = new Set(['gmd:useLimitation', 'gmd:otherConstraints']);

function collect(identification: XmlElement | undefined, languages: TextLanguages): ConstraintTexts {
  const out: ConstraintTexts = { texts: [], links: [], accessCodes: [], classifications: [] };
  for (const holder of allAt(identification, 'gmd:resourceConstraints')) {
    for (const constraints of holder.children ?? []) {
      if (!CONSTRAINT_TYPES.includes(constraints.name)) continue;
      for (const property of constraints.children ?? []) {
        if (TEXT_PROPERTIES.has(property.name)) {
          const texts = rawLangString(property, languages);
          const main = texts[languages.main];
          if (main !== undefined) out.texts.push(collapseWhitespace(main));
          for (const [tag, text] of Object.entries(texts)) if (tag !== languages.main && text !== undefined) out.texts.push(collapseWhitespace(text));
          const href = anchorHref(property);
          if (href !== undefined) out.links.push(href);
        } else if (property.name === 'gmd:accessConstraints' || property.name === 'gmd:useConstraints') {
          const code = codeOf(property);
          const value = firstPart(code.text) ?? code.value;
          if (value !== undefined && property.name === 'gmd:accessConstraints') out.accessCodes.push(value);
        } else if (property.name === 'gmd:classification') {
          const code = codeOf(property);
          const value = code.value ?? code.text;
          if (value !== undefined) out.classifications.push(value);
        }
      }
      for (const anchor of descendants(constraints, 'gmx:Anchor')) {
        const href = anchor.attrs?.['xlink:href'];
        if (href !== undefined && !out.links.includes(href)) out.links.push(href);
      }
    }
  }
  return out;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>()"']+[^\s<>()"'.,;]/g;
const LICENCE_WORD = /licen[cs]e|licence|lizenz|licencia|licenza|open data|donn[ée]es ouvertes|creative commons|\bcc[- ]by\b|public domain|domaine public/i;

export function licenceOf(identification: XmlElement | undefined, languages: TextLanguages): LicenceRef | undefined {
  const { texts, links } = collect(identification, languages);
  const urls = [...links, ...texts.flatMap((t) => t.match(URL_IN_TEXT) ?? [])];
  for (const url of urls) {
    const known = recognizeLicence({ url });
    if (known) return { id: known.id, url: known.url || url };
  }
  for (const text of texts) {
    // "Licence name (https://…)" is recognized by its name without the link too.
    const name = text.replace(URL_IN_TEXT, '').replace(/\(\s*\)/g, '').trim().replace(/[.:;,-]+$/, '').trim();
    const known = recognizeLicence({ title: text }) ?? (name !== '' && name.length <= 200 ? recognizeLicence({ title: name }) : undefined);
    if (known) return { id: known.id, ...(known.url ? { url: known.url } : {}) };
  }
  const stated = texts.find((t) => LICENCE_WORD.test(t) && t.length <= 300);
  if (stated === undefined) return undefined;
  const link = stated.match(URL_IN_TEXT)?.[0] ?? links[0];
  return { original: stated, ...(link !== undefined ? { url: link } : {}) };
}

const SECRET = /^(?:restricted|confidential|secret|topsecret|sensitive|protected)$/i;

export function accessRightsOf(identification: XmlElement | undefined, languages: TextLanguages): AccessRights | undefined {
  const { accessCodes, classifications } = collect(identification, languages);
  if (classifications.some((c) => SECRET.test(c.replace(/\s+/g, '')))) return 'non-public';
  if (accessCodes.some((c) => /^restricted$/i.test(c))) return 'restricted';
  return undefined;
}
