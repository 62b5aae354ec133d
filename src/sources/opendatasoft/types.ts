// The shapes the Opendatasoft Explore API v2.1 catalogue sends, validated at the edge. Lenient
// where domains vary (nulls, a keyword list sent as text, templates of their own under `metas`);
// strict only where a dataset would be meaningless (no `dataset_id`). Only the fields Federa
// reads are declared: the raw dataset is kept whole in provenance.
import { z } from 'zod';

const text = z.union([z.string(), z.number()]).nullish();
/** A list of words, which some domains send as one comma-separated text. */
const words = z.union([z.string(), z.array(z.union([z.string(), z.number(), z.null()])), z.null()]).optional();

/** One page of `/catalog/datasets`: `{total_count, results}`. */
export const odsCatalogPage = z.object({
  total_count: z.number().int().nonnegative().optional(),
  results: z.array(z.unknown()),
});

/** What the listing needs of a dataset: its id (the rest is the mapping's to judge). */
export const odsListedDataset = z.object({ dataset_id: z.string().regex(/\S/) });

export const odsDefaultMetas = z.object({
  title: text,
  description: text,
  keyword: words,
  theme: words,
  license: text,
  license_url: text,
  language: text,
  modified: text,
  metadata_processed: text,
  data_processed: text,
  publisher: text,
  references: text,
  territory: z.unknown().optional(),
  records_count: z.number().nullish(),
  attributions: words,
  bbox: z.unknown().optional(),
});
export type OdsDefaultMetas = z.infer<typeof odsDefaultMetas>;

export const odsAttachment = z.object({ id: text, title: text, mimetype: text, url: text, href: text });
export type OdsAttachment = z.infer<typeof odsAttachment>;

export const odsField = z.object({ name: text, label: text, type: text, description: text });

export const odsDataset = z.object({
  dataset_id: z.string().regex(/\S/),
  dataset_uid: text,
  has_records: z.boolean().nullish(),
  features: z.array(z.string()).nullish(),
  attachments: z.array(odsAttachment).nullish(),
  fields: z.array(odsField).nullish(),
  visibility: text,
  metas: z
    .object({ default: odsDefaultMetas.nullish() })
    // Other templates (`dcat`, `inspire`, a domain's own) are read by their keys' names.
    .catchall(z.unknown())
    .nullish(),
});
export type OdsDataset = z.infer<typeof odsDataset>;

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length === 0 ? '(dataset)' : issue.path.map(String).join('.')}: ${issue.message}`)
    .join('; ');
}
