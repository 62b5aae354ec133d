// A small element tree, built for one record at a time from the streaming parser. It is plain
// JSON (the harvester hashes and stores it as the raw record) and is read by namespace-qualified
// names (see `namespaces.ts`).

export interface XmlElement {
  /** `gmd:title`, `gml:TimePeriod`; `{uri}local` in a namespace Federa does not know. */
  name: string;
  /** Attributes by the same kind of name (`codeListValue`, `xlink:href`, `gml:id`). */
  attrs?: Record<string, string>;
  children?: XmlElement[];
  /** The character data directly inside the element, when it is not blank. */
  text?: string;
}

/** The first child of that name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (element?.children === undefined) return undefined;
  for (const c of element.children) if (c.name === name) return c;
  return undefined;
}

/** Every child of that name, or of any of the names. */
export function childrenNamed(element: XmlElement | undefined, ...names: string[]): XmlElement[] {
  if (element?.children === undefined) return [];
  const out: XmlElement[] = [];
  for (const c of element.children) if (names.includes(c.name)) out.push(c);
  return out;
}

/** The element at the end of a path of child names (`child(child(e, a), b)`...). */
export function at(element: XmlElement | undefined, ...path: string[]): XmlElement | undefined {
  let current = element;
  for (const name of path) {
    current = child(current, name);
    if (current === undefined) return undefined;
  }
  return current;
}

/** Every element at the end of a path, following every child of each name on the way. */
export function allAt(element: XmlElement | undefined, ...path: string[]): XmlElement[] {
  let level: XmlElement[] = element === undefined ? [] : [element];
  for (const name of path) {
    const next: XmlElement[] = [];
    for (const e of level) for (const c of e.children ?? []) if (c.name === name) next.push(c);
    level = next;
    if (level.length === 0) break;
  }
  return level;
}

/** Every descendant of that name, in document order; a match's own descendants are not searched. */
export function descendants(element: XmlElement | undefined, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (e: XmlElement): void => {
    for (const c of e.children ?? []) {
      if (c.name === name) out.push(c);
      else visit(c);
    }
  };
  if (element) visit(element);
  return out;
}

/** The element's own text, trimmed; `undefined` when blank or absent. */
export function ownText(element: XmlElement | undefined): string | undefined {
  const t = element?.text?.trim();
  return t === undefined || t === '' ? undefined : t;
}

export function attr(element: XmlElement | undefined, name: string): string | undefined {
  const v = element?.attrs?.[name]?.trim();
  return v === undefined || v === '' ? undefined : v;
}
