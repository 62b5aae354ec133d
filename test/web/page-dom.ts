// Reading server-rendered pages in tests: elements by id, tag, heading and accessible name,
// with htmlparser2's DOM (no browser needed).
import { parseDocument } from 'htmlparser2';
import { findAll, findOne, getAttributeValue, textContent } from 'domutils';
import type { Document, Element } from 'domhandler';

export type { Element };

export function parsePage(body: string): Document {
  return parseDocument(body);
}

export function all(root: Document | Element, test: (e: Element) => boolean): Element[] {
  return findAll(test, root.children);
}

export function byTag(root: Document | Element, tag: string): Element[] {
  return all(root, (e) => e.name === tag);
}

export function byId(root: Document | Element, id: string): Element | undefined {
  return findOne((e) => getAttributeValue(e, 'id') === id, root.children) ?? undefined;
}

export function attr(element: Element, name: string): string | undefined {
  return getAttributeValue(element, name);
}

/** Text with runs of white space made one space (as an accessible name is). */
export function text(node: Element | Document): string {
  return textContent(node).replace(/\s+/g, ' ').trim();
}

/** The accessible name of a link or button: aria-label, or its text without aria-hidden parts. */
export function accessibleName(element: Element): string {
  const label = attr(element, 'aria-label');
  if (label !== undefined) return label.replace(/\s+/g, ' ').trim();
  const visible = (node: Element): string =>
    node.children
      .map((child) => (child.type === 'text' ? (child as unknown as { data: string }).data : 'name' in child && attr(child as Element, 'aria-hidden') !== 'true' ? visible(child as Element) : ''))
      .join('');
  return visible(element).replace(/\s+/g, ' ').trim();
}

/** The `<section>` whose h2 or h3 heading says `heading`. */
export function sectionByHeading(root: Document | Element, heading: string): Element | undefined {
  return all(root, (e) => e.name === 'section').find((s) => all(s, (h) => h.name === 'h2' || h.name === 'h3').some((h) => text(h) === heading));
}

export interface Link {
  name: string;
  href: string;
  element: Element;
}

export function links(root: Document | Element): Link[] {
  return byTag(root, 'a').map((element) => ({ name: accessibleName(element), href: attr(element, 'href') ?? '', element }));
}
