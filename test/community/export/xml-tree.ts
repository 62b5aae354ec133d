// A strict XML parse (saxes, namespace-aware) into a small tree, for reading feeds back in tests.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** Namespace URI and local name: `http://www.w3.org/2005/Atom feed`. */
  uri: string;
  local: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Throws on anything that is not well-formed XML. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) attributes[attr.prefix ? `${attr.prefix}:${attr.local}` : attr.local] = attr.value;
    const element: XmlElement = { uri: tag.uri ?? '', local: tag.local ?? tag.name, attributes, children: [], text: '' };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  const addText = (text: string): void => {
    const top = stack.at(-1);
    if (top) top.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((c) => c.local === local);
}

export function child(element: XmlElement, local: string): XmlElement {
  const found = childrenNamed(element, local)[0];
  if (!found) throw new Error(`<${element.local}> has no <${local}>`);
  return found;
}
