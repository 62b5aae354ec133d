// The shapes of the ArcGIS Hub v3 `/api/v3/datasets` JSON:API, validated at the edge. Lenient
// where items vary (most attributes are optional, numbers may be text); strict where a page would
// be meaningless (no `data` list). Only what Federa reads is declared.
import { z } from 'zod';

type Scalar = string | number | boolean | null | undefined;
const isScalar = (v: unknown): v is Scalar => v === undefined || v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
export const scalar = z.custom<Scalar>(isScalar, { message: 'expected text, a number or a boolean' }).optional();

const isTextItem = (v: unknown): boolean => v === null || typeof v === 'string' || typeof v === 'number';
export type ListValue = string | Array<string | number | null> | null | undefined;
export const list = z.custom<ListValue>((v) => v === undefined || v === null || typeof v === 'string' || (Array.isArray(v) && v.every(isTextItem)), {
  message: 'expected a list of text',
}).optional();

export const hubAttributes = z.object({
  name: scalar,
  title: scalar,
  description: scalar,
  snippet: scalar,
  tags: list,
  categories: list,
  created: scalar,
  modified: scalar,
  itemModified: scalar,
  license: scalar,
  licenseInfo: scalar,
  structuredLicense: z.object({ type: scalar, url: scalar, text: scalar }).nullish(),
  owner: scalar,
  orgName: scalar,
  organization: scalar,
  source: scalar,
  orgContactEmail: scalar,
  url: scalar,
  type: scalar,
  hubType: scalar,
  recordCount: scalar,
  extent: z.object({ coordinates: z.unknown().optional() }).loose().nullish(),
  itemExtent: z.unknown().optional(),
  access: scalar,
  openData: scalar,
  culture: scalar,
  slug: scalar,
  serviceSpatialReference: z.record(z.string(), z.unknown()).nullish(),
  geometryType: scalar,
});
export type HubAttributes = z.infer<typeof hubAttributes>;

/** A page of the listing: each entry of `data` is validated on its own when it is mapped. */
export const hubPage = z.object({
  data: z.array(z.unknown()),
  meta: z.object({ stats: z.object({ totalCount: scalar }).nullish(), total: scalar }).nullish(),
  links: z.object({ next: scalar }).nullish(),
});

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      let path = '';
      for (const part of issue.path) path += typeof part === 'number' ? `[${part}]` : path === '' ? String(part) : `.${String(part)}`;
      return `${path === '' ? '(record)' : path}: ${issue.message}`;
    })
    .join('; ');
}
