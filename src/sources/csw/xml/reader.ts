// A streaming, namespace-aware XML reader that builds element trees only for the subtrees asked
// for (one ISO record at a time, an exception report), so that a page of big records is never
// held whole. Well-formedness errors inside a subtree travel with it (the record is reported, the
// others go on); errors outside any subtree belong to the document.
import { refusedEntities } from '../../common/xml-entities.js';
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { canonicalName, isNamespaceDeclaration } from './namespaces.js';
import type { XmlElement } from './tree.js';

export interface SubtreeReaderOptions {
  /** Whether the element opening here starts a subtree to build (depth 0 is the root). */
  select(name: string, depth: number): boolean;
  /** Each subtree once closed, with the well-formedness errors met inside it. */
  onSubtree(tree: XmlElement, errors: string[]): void;
  /** Elements opening outside subtrees, with their attributes (the root, `csw:SearchResults`). */
  onOpen?(name: string, attrs: Record<string, string>, depth: number): void;
  /** Named in error messages (the URL or file). */
  where: string;
}

export interface DocumentOutcome {
  /** The root element's name; undefined when there was none. */
  root?: string;
  /** Errors outside the subtrees, and unclosed elements at the end. */
  errors: string[];
}

// Not data: which schema documents describe the record, the XML type of a property, and the
// register a code comes from (the same long URL on every code of a kind; the code is kept).
// Left out of the trees, which the harvester hashes and stores for every record.
const SKIPPED_ATTRIBUTES = new Set(['xsi:schemaLocation', 'xsi:noNamespaceSchemaLocation', 'xsi:type', 'codeList']);

function attributesOf(attributes: Record<string, SaxesAttributeNS>): Record<string, string> | undefined {
  let out: Record<string, string> | undefined;
  for (const key in attributes) {
    if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
    const a = attributes[key];
    if (a === undefined || isNamespaceDeclaration(a.uri ?? '')) continue;
    const name = canonicalName(a.uri ?? '', a.local ?? a.name);
    if (SKIPPED_ATTRIBUTES.has(name)) continue;
    (out ??= {})[name] = a.value;
  }
  return out;
}

export class XmlSubtreeReader {
  private readonly parser: SaxesParser<{ xmlns: true; position: true; fileName: string }>;
  private depth = 0;
  private root: string | undefined;
  /** The open elements of the subtree being built (empty outside one). */
  private readonly stack: XmlElement[] = [];
  private subtreeErrors: string[] = [];
  private readonly documentErrors: string[] = [];
  private closed = false;

  constructor(private readonly options: SubtreeReaderOptions) {
    this.parser = new SaxesParser({ xmlns: true, position: true, fileName: options.where });
    this.parser.on('error', (error) => {
      const message = error.message;
      if (this.stack.length > 0) this.subtreeErrors.push(message);
      else this.documentErrors.push(message);
    });
    // Saxes expands no declared entity: their uses fail as undefined, but the refusal says why.
    this.parser.on('doctype', (doctype) => {
      const refused = refusedEntities(doctype);
      if (refused !== undefined) this.documentErrors.push(refused);
    });
    this.parser.on('opentag', (tag) => this.open(tag));
    this.parser.on('closetag', () => this.close());
    this.parser.on('text', (text) => this.text(text));
    this.parser.on('cdata', (text) => this.text(text));
  }

  private open(tag: SaxesTagNS): void {
    const name = canonicalName(tag.uri ?? '', tag.local ?? tag.name);
    const depth = this.depth++;
    if (depth === 0) this.root = name;
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined && !this.options.select(name, depth)) {
      this.options.onOpen?.(name, attributesOf(tag.attributes) ?? {}, depth);
      return;
    }
    const element: XmlElement = { name };
    const attrs = attributesOf(tag.attributes);
    if (attrs !== undefined) element.attrs = attrs;
    if (parent !== undefined) (parent.children ??= []).push(element);
    this.stack.push(element);
  }

  private close(): void {
    this.depth--;
    const element = this.stack.pop();
    if (element === undefined) return;
    if (element.text !== undefined && element.text.trim() === '') delete element.text;
    if (this.stack.length === 0) {
      const errors = this.subtreeErrors;
      this.subtreeErrors = [];
      this.options.onSubtree(element, errors);
    }
  }

  private text(text: string): void {
    const element = this.stack[this.stack.length - 1];
    if (element === undefined) return;
    element.text = element.text === undefined ? text : element.text + text;
  }

  write(text: string): void {
    this.parser.write(text);
  }

  /** Ends the document: what it was, and what was wrong with it outside the subtrees. */
  end(): DocumentOutcome {
    if (!this.closed) {
      this.closed = true;
      // Errors found at the end (unclosed elements) concern the document: an unfinished
      // subtree is not reported as one.
      this.stack.length = 0;
      this.parser.close();
    }
    if (this.root === undefined && this.documentErrors.length === 0) this.documentErrors.push(`${this.options.where}: the document has no element`);
    return { ...(this.root !== undefined ? { root: this.root } : {}), errors: this.documentErrors };
  }
}
