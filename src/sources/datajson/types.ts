// The shapes of DCAT-US catalogues as real portals write them, validated at the edge. Lenient
// where portals stray from the Project Open Data schema (numbers for text, a string where a list
// belongs, DCAT-US 1.0's string `publisher` and `contactPoint` + `mbox`, one distribution
// object instead of a list); strict only where a record would be meaningless. Only the fields
// Federa reads are declared (the raw dataset is kept whole in provenance).
import { z } from 'zod';

type Scalar = string | number | boolean | null | undefined;
const isScalar = (v: unknown): v is Scalar => v === undefined || v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const isTextItem = (v: unknown): boolean => v === null || typeof v === 'string' || typeof v === 'number';

/** A scalar some portals send as a number or boolean where others send text. */
export const scalar = z.custom<Scalar>(isScalar, { message: 'expected text, a number or a boolean' }).optional();

/** A list of words: an array, or one string. */
export type ListValue = string | number | Array<string | number | null> | null | undefined;
export const list = z.custom<ListValue>((v) => v === undefined || isTextItem(v) || (Array.isArray(v) && v.every(isTextItem)), {
  message: 'expected a list of text or one text',
}).optional();

/** `{name, subOrganizationOf: {name, ...}}` (1.1), or the name alone (1.0). */
export const organization = z.union([z.string(), z.object({ name: scalar, subOrganizationOf: z.unknown().optional() })]).nullish();

/** `{fn, hasEmail: "mailto:..."}` (1.1), or the name alone (1.0, with `mbox` beside it). */
export const contact = z.union([z.string(), z.object({ fn: scalar, hasEmail: scalar, hasURL: scalar })]).nullish();

export const distribution = z.object({
  title: scalar,
  description: scalar,
  format: scalar,
  mediaType: scalar,
  accessURL: scalar,
  downloadURL: scalar,
  conformsTo: scalar,
  describedBy: scalar,
});
export type DataJsonDistribution = z.infer<typeof distribution>;

export const dataset = z.object({
  identifier: scalar,
  title: scalar,
  description: scalar,
  keyword: list,
  theme: list,
  language: list,
  modified: scalar,
  issued: scalar,
  publisher: organization,
  contactPoint: contact,
  mbox: scalar,
  accessLevel: scalar,
  license: scalar,
  spatial: z.unknown().optional(),
  temporal: scalar,
  accrualPeriodicity: scalar,
  landingPage: scalar,
  conformsTo: scalar,
  // Each distribution is read on its own: one bad entry must not sink the record.
  distribution: z.union([z.array(z.unknown()), z.record(z.string(), z.unknown())]).nullish(),
});
export type DataJsonDataset = z.infer<typeof dataset>;

/** `distribution[3].accessURL: expected text...` for the first issues. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
    .join('; ');
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(record)';
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? String(part) : `.${String(part)}`;
  return out;
}
