// Well-formedness of an RDF/XML document, checked beside the RDF/XML parser, which is lenient in
// ways that lose data silently: a bare "&" (common in titles) swallows the rest of the document,
// and a document cut off midway (a dropped connection, a proxy's time-out) just ends. The check
// says where the document first breaks, so that only what comes before is read.
import { SaxesParser } from 'saxes';
import { ExpansionBudget, refusedEntities } from '../../common/xml-entities.js';

export class XmlCheck {
  private readonly parser = new SaxesParser({ xmlns: true, position: true });
  private readonly budget = new ExpansionBudget();
  private failure: Error | undefined;
  /** Characters written before the current chunk. */
  private offset = 0;
  private failedAt = 0;

  constructor() {
    this.parser.on('error', (error) => {
      if (this.failure !== undefined) return;
      this.failure = error;
      this.failedAt = this.parser.position;
    });
    // Entities a DOCTYPE declares (`<!ENTITY xsd "http://…#">`), as the RDF/XML parser takes them.
    this.parser.on('doctype', (doctype) => {
      const refused = refusedEntities(doctype);
      if (refused !== undefined && this.failure === undefined) {
        this.failure = new Error(refused);
        this.failedAt = this.parser.position;
        return;
      }
      for (const m of doctype.matchAll(/<!ENTITY\s+(\S+)\s+["']([^"']+)["']\s*>/gu)) {
        this.parser.ENTITIES[m[1] ?? ''] = m[2] ?? '';
        this.budget.declare(m[1] ?? '', m[2] ?? '');
      }
    });
  }

  get error(): Error | undefined {
    return this.failure;
  }

  /** Reads a chunk; returns how much of it comes before the first error (all of it when none). */
  write(text: string): number {
    const start = this.offset;
    if (this.failure === undefined) {
      // Counted before the parser expands anything, and again when the chunk declared entities:
      // none of a chunk over the budget goes on to the RDF/XML parser.
      const known = this.budget.declared;
      let refused = this.budget.count(text);
      if (refused === undefined) {
        this.parser.write(text);
        if (this.budget.declared > known) refused = this.budget.count(text, true);
      }
      if (refused !== undefined && this.failure === undefined) {
        this.failure = new Error(refused);
        this.failedAt = start + 1;
      }
    }
    this.offset += text.length;
    if (this.failure === undefined) return text.length;
    // The position is past the character that broke the document: keep what precedes it.
    return Math.max(0, Math.min(text.length, this.failedAt - 1 - start));
  }

  /** The document's end: an error when it is not complete (unclosed elements, no root). */
  end(): Error | undefined {
    if (this.failure === undefined) this.parser.close();
    return this.failure;
  }
}
