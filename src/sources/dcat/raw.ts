// What a harvested DCAT dataset is kept as: its description in JSON-LD expanded form, with every
// node it refers to that the document describes (distributions, publishers, contact points,
// periods, places, blank or not) embedded in place, so that the record stands alone. Blank
// nodes carry no `@id` (their labels change from one request to the next); predicates and
// values are sorted, so that the same description always serializes, and hashes, the same.
import { z } from 'zod';

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

const rawLiteral = z.object({ '@value': z.string(), '@language': z.string().optional(), '@type': z.string().optional() }).strict();

export const rawNode: z.ZodType<RawNode> = z.lazy(() =>
  z
    .object({
      '@id': z.string().optional(),
      '@type': z.array(z.string()).optional(),
      '@reverse': z.record(z.string(), z.array(rawNode)).optional(),
    })
    .catchall(z.array(z.union([rawLiteral, rawNode]))),
) as z.ZodType<RawNode>;
