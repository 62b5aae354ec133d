// Entities a harvested XML document may declare in its DOCTYPE: short plain text only.

/** Longer than any namespace IRI an RDF/XML document abbreviates with an entity: a longer value
 * only serves to be repeated (quadratic blowup). */
export const MAX_ENTITY_CHARACTERS = 1024;

/** Why a DOCTYPE's entities are refused: external ones (XXE: files, internal URLs), ones built
 * from other entities (exponential expansion, "billion laughs") and long ones (quadratic
 * expansion: one large entity referenced many times); only short plain text values pass. */
export function refusedEntities(doctype: string): string | undefined {
  // A quoted value may hold ">": read it whole, so that nothing after it escapes the checks.
  for (const m of doctype.matchAll(/<!ENTITY\s+(%\s*)?([^\s"'>]+)\s+(?:(SYSTEM|PUBLIC)\b|"([^"]*)"|'([^']*)')/giu)) {
    const name = m[2] ?? '';
    if (m[1] !== undefined) return `the DOCTYPE declares a parameter entity "${name}": refused (entities of a harvested document may only be plain text)`;
    if (m[3] !== undefined) return `the DOCTYPE declares an external entity "${name}" (XXE): refused, nothing was read`;
    const value = m[4] ?? m[5] ?? '';
    if (/[&%]/.test(value)) return `the DOCTYPE declares an entity "${name}" built from other entities (entity expansion): refused`;
    if (value.length > MAX_ENTITY_CHARACTERS) {
      return `the DOCTYPE declares an entity "${name}" of ${value.length} characters, over ${MAX_ENTITY_CHARACTERS} (quadratic entity expansion): refused`;
    }
  }
  return undefined;
}

/** How many characters the entities of a DOCTYPE may add to a document beyond its own size:
 * enough for namespace shorthands in every literal, not for a document that multiplies itself. */
export const ENTITY_EXPANSION_FLOOR = 1_000_000;

/** Counts what references to declared entities add as a document is read, and says when that
 * outgrows the document (many references to an entity under the length limit). */
export class ExpansionBudget {
  private readonly lengths = new Map<string, number>();
  private added = 0;
  private read = 0;

  declare(name: string, value: string): void {
    this.lengths.set(name, value.length);
  }

  get declared(): number {
    return this.lengths.size;
  }

  /** Counts a chunk; the refusal when the expansion so far is too large. A reference cut between
   * two chunks goes uncounted: one reference, not a way around the budget. `again`: the chunk
   * was counted before the entities it declares were known (its references only, once more). */
  count(text: string, again = false): string | undefined {
    if (!again) this.read += text.length;
    if (this.lengths.size === 0) return undefined;
    for (const m of text.matchAll(/&([^\s&;<>"']+);/gu)) this.added += this.lengths.get(m[1] ?? '') ?? 0;
    if (this.added > Math.max(ENTITY_EXPANSION_FLOOR, this.read)) {
      return `entity references add ${this.added} characters to a document of ${this.read} so far (entity expansion): refused`;
    }
    return undefined;
  }
}
