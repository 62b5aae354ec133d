// What a harvested DCAT dataset is kept as: its description in JSON-LD expanded form, with every
// node it refers to that the document describes (distributions, publishers, contact points,
// periods, places, blank or not) embedded in place, so that the record stands alone. Blank
// nodes carry no `@id` (their labels change from one request to the next); predicates and
// values are sorted, so that the same description always serializes, and hashes, the same.

export interface RawLiteral {
  '@value': string;
  '@language'?: string;
  '@type'?: string;
}

export interface RawNode {
  '@id'?: string;
  '@type'?: string[];
  /** `dcat:CatalogRecord`s about the dataset (`foaf:primaryTopic`), the one reverse link kept. */
  '@reverse'?: Record<string, RawNode[]>;
  [predicate: string]: RawValue[] | string | string[] | Record<string, RawNode[]> | undefined;
}

export type RawValue = RawNode | RawLiteral;

export function isLiteral(value: RawValue): value is RawLiteral {
  return typeof (value as RawLiteral)['@value'] === 'string';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Where `value` is not a raw node (a path and what is wrong), or undefined when it is one. A
 * hand-written check rather than a schema: it runs on every record of every harvest and remap,
 * and a recursive schema costs more than the rest of the mapping. */
function rawNodeIssue(value: unknown, path: string, depth: number): string | undefined {
  if (!isObject(value)) return `${path}: not an object`;
  if (depth > 16) return `${path}: nested too deep`;
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (key === '@id') {
      if (typeof v !== 'string') return `${path}.@id: not a string`;
    } else if (key === '@type') {
      if (!isStrings(v)) return `${path}.@type: not a list of IRIs`;
    } else if (key === '@reverse') {
      if (!isObject(v)) return `${path}.@reverse: not an object`;
      for (const [predicate, nodes] of Object.entries(v)) {
        if (!Array.isArray(nodes)) return `${path}.@reverse.${predicate}: not a list`;
        for (const [i, node] of nodes.entries()) {
          const issue = rawNodeIssue(node, `${path}.@reverse.${predicate}[${i}]`, depth + 1);
          if (issue !== undefined) return issue;
        }
      }
    } else {
      if (!Array.isArray(v)) return `${path}.${key}: not a list of values`;
      for (const [i, item] of v.entries()) {
        if (isObject(item) && '@value' in item) {
          if (typeof item['@value'] !== 'string') return `${path}.${key}[${i}].@value: not a string`;
          if (item['@language'] !== undefined && typeof item['@language'] !== 'string') return `${path}.${key}[${i}].@language: not a string`;
          if (item['@type'] !== undefined && typeof item['@type'] !== 'string') return `${path}.${key}[${i}].@type: not a string`;
          continue;
        }
        const issue = rawNodeIssue(item, `${path}.${key}[${i}]`, depth + 1);
        if (issue !== undefined) return issue;
      }
    }
  }
  return undefined;
}

// Nodes this kind has just built (embed.ts) need no check: only those from elsewhere (the store,
// for a remap) do.
const built = new WeakSet<object>();

export function markBuilt(node: RawNode): RawNode {
  built.add(node);
  return node;
}

export type RawNodeCheck = { ok: true; node: RawNode } | { ok: false; issue: string };

/** Checks that a stored or listed value is a raw dataset node. */
export function checkRawNode(value: unknown): RawNodeCheck {
  if (typeof value === 'object' && value !== null && built.has(value)) return { ok: true, node: value as RawNode };
  const issue = rawNodeIssue(value, '$', 0);
  return issue === undefined ? { ok: true, node: value as RawNode } : { ok: false, issue };
}
