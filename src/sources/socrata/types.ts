// The shapes the Socrata Discovery API (`/api/catalog/v1`) sends, validated at the edge.
// Lenient where sites vary (nulls, missing blocks, numbers for strings); strict only where a
// result would be meaningless (no `resource.id`). Only the fields Federa reads are declared:
// the raw result is kept whole in provenance.
import { z } from 'zod';

const text = z.union([z.string(), z.number()]).nullish();
const textList = z.array(z.union([z.string(), z.number(), z.null()])).nullish();

/** One page of the catalogue: `{results, resultSetSize, timings}`. */
export const socrataCatalogPage = z.object({
  results: z.array(z.unknown()),
  resultSetSize: z.number().int().nonnegative().optional(),
});
export type SocrataCatalogPage = z.infer<typeof socrataCatalogPage>;

/** What the listing needs of a result: its id (and its dates, for the stamp). */
export const socrataListedResult = z.object({
  resource: z.object({
    id: z.string().regex(/\S/),
    updatedAt: text,
    metadata_updated_at: text,
    data_updated_at: text,
  }),
});

export const socrataDomainMetadata = z.array(z.object({ key: z.string(), value: z.unknown().optional() })).nullish();

export const socrataResult = z.object({
  resource: z.object({
    id: z.string().regex(/\S/),
    name: text,
    description: text,
    attribution: text,
    attribution_link: text,
    contact_email: text,
    type: text,
    updatedAt: text,
    createdAt: text,
    metadata_updated_at: text,
    data_updated_at: text,
    publication_date: text,
    columns_name: textList,
    columns_field_name: textList,
    columns_datatype: textList,
    download_count: z.number().nullish(),
    provenance: text,
    lens_view_type: text,
    lens_display_type: text,
    blob_mime_type: text,
  }),
  classification: z
    .object({
      categories: textList,
      tags: textList,
      domain_category: text,
      domain_tags: textList,
      domain_metadata: socrataDomainMetadata,
    })
    .nullish(),
  metadata: z.object({ domain: text, license: text }).nullish(),
  permalink: text,
  link: text,
  owner: z.object({ id: text, display_name: text }).nullish(),
});
export type SocrataResult = z.infer<typeof socrataResult>;
export type SocrataResource = SocrataResult['resource'];

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length === 0 ? '(result)' : issue.path.map(String).join('.')}: ${issue.message}`)
    .join('; ');
}
