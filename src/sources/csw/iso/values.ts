// Reading ISO 19139 property values: a property element (`gmd:title`) holds its value in a
// `gco:CharacterString`, a `gmx:Anchor` (text plus a link), another `gco:` type, or (in sloppy
// documents) as its own text. HNAP code values read `english; français`.
import { attr, child, ownText, type XmlElement } from '../xml/tree.js';

const VALUE_ELEMENTS = ['gco:CharacterString', 'gmx:Anchor', 'gco:Decimal', 'gco:Real', 'gco:Integer', 'gco:Date', 'gco:DateTime', 'gco:Boolean', 'gco:LocalName', 'gco:ScopedName', 'gmx:FileName', 'gmx:MimeFileType', 'gmd:URL'];

/** The value element inside a property (`gco:CharacterString`, `gmx:Anchor`...). */
export function valueElement(property: XmlElement | undefined): XmlElement | undefined {
  if (property?.children === undefined) return undefined;
  for (const c of property.children) if (VALUE_ELEMENTS.includes(c.name)) return c;
  return undefined;
}

/** The main text of a property: its value element's text, or its own text; trimmed. */
export function propertyText(property: XmlElement | undefined): string | undefined {
  return ownText(valueElement(property)) ?? ownText(property);
}

/** The link of a property given as a `gmx:Anchor` (`xlink:href`). */
export function anchorHref(property: XmlElement | undefined): string | undefined {
  const anchor = child(property, 'gmx:Anchor');
  return attr(anchor, 'xlink:href');
}

/** `pointOfContact; contact` → `pointOfContact`: HNAP writes codes and labels in both languages. */
export function firstPart(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const first = text.split(';')[0]?.trim();
  return first === undefined || first === '' ? undefined : first;
}

/** A code list value (`<gmd:CI_RoleCode codeListValue="RI_414">pointOfContact; contact</…>`)
 * inside a property: its `codeListValue`, then its text's first part. */
export function codeOf(property: XmlElement | undefined): { value?: string; text?: string } {
  const code = property?.children?.[0];
  if (code === undefined) {
    const text = firstPart(ownText(property));
    return text === undefined ? {} : { text };
  }
  const value = attr(code, 'codeListValue');
  const text = firstPart(ownText(code));
  return { ...(value !== undefined ? { value } : {}), ...(text !== undefined ? { text } : {}) };
}

/** Absolute web or FTP URLs only: a distribution must lead somewhere. */
export function absoluteUrl(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (!/^(?:https?|ftps?):\/\/[^\s/]+/i.test(trimmed)) return undefined;
  try {
    return new URL(trimmed).href === '' ? undefined : trimmed;
  } catch {
    return undefined;
  }
}
