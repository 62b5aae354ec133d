// Entities a harvested XML document may declare in its DOCTYPE: plain text only.
/** Why a DOCTYPE's entities are refused: external ones (XXE: files, internal URLs) and ones built
 * from other entities (exponential expansion, "billion laughs"); only plain text values pass. */
export function refusedEntities(doctype: string): string | undefined {
  for (const m of doctype.matchAll(/<!ENTITY\s+(%\s+)?(\S+)\s+(SYSTEM|PUBLIC|["'])([^>]*)>/giu)) {
    const name = m[2] ?? '';
    if (m[1] !== undefined) return `the DOCTYPE declares a parameter entity "${name}": refused (entities of a harvested document may only be plain text)`;
    if (m[3]?.toUpperCase() === 'SYSTEM' || m[3]?.toUpperCase() === 'PUBLIC') return `the DOCTYPE declares an external entity "${name}" (XXE): refused, nothing was read`;
    if (/[&%]/.test(m[4] ?? '')) return `the DOCTYPE declares an entity "${name}" built from other entities (entity expansion): refused`;
  }
  return undefined;
}
