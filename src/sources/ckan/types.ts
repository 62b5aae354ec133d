// The shapes CKAN portals send, validated at the edge. Lenient where real portals vary (nulls,
// numbers for strings, missing fields, ckanext-fluent fields as objects or as JSON strings,
// extras as a list or a map); strict where the record would be meaningless (no id, resources
// that are not objects). Only the fields Federa reads are declared: the rest is dropped from
// the parsed value (the raw package is kept whole in provenance).
import { z } from 'zod';

// Checked by one predicate each rather than unions of schemas: these run for every field of
// every record, and a union tries its members one by one.
type ScalarValue = string | number | boolean | null | undefined;
const isScalar = (v: unknown): v is ScalarValue =>
  v === undefined || v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const isRecordOf = (v: unknown, item: (x: unknown) => boolean): boolean => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  for (const key in v) if (!item((v as Record<string, unknown>)[key])) return false;
  return true;
};
const isTextItem = (v: unknown): boolean => v === undefined || v === null || typeof v === 'string' || typeof v === 'number';
const isList = (v: unknown): boolean => Array.isArray(v) && v.every(isTextItem);

/** A scalar some portals send as a number or boolean where others send text. */
export const ckanScalar = z.custom<ScalarValue>(isScalar, { message: 'expected text, a number or a boolean' }).optional();

/** ckanext-fluent text: `{en, fr, fr-t-en...}`, the same as a JSON string, or plain text. */
export type FluentTextValue = string | number | Record<string, string | number | null | undefined> | null | undefined;
export const ckanFluentText = z.custom<FluentTextValue>(
  (v) => isTextItem(v) || isRecordOf(v, isTextItem),
  { message: 'expected text or text per language ({"en": ..., "fr": ...})' },
).optional();

/** A list of words: an array, a comma-separated string, or per language (`keywords {en, fr}`). */
export type FluentListValue =
  | string
  | Array<string | number | null>
  | Record<string, string | Array<string | number | null> | null | undefined>
  | null
  | undefined;
export const ckanFluentList = z.custom<FluentListValue>(
  (v) => v === undefined || v === null || typeof v === 'string' || isList(v) || isRecordOf(v, (x) => x === undefined || x === null || typeof x === 'string' || isList(x)),
  { message: 'expected a list, a comma-separated text or lists per language' },
).optional();

export const ckanExtra = z.object({ key: z.string(), value: z.unknown().optional() });
export type CkanExtra = z.infer<typeof ckanExtra>;

/** `[{key, value}]` as the Action API sends them, or `{key: value}` as some dumps do. */
export const ckanExtras = z.union([z.array(ckanExtra), z.record(z.string(), z.unknown())]).nullish();

export const ckanTag = z.union([
  z.string(),
  z.object({ name: ckanScalar, display_name: ckanScalar, state: ckanScalar, vocabulary_id: ckanScalar }),
]);
export type CkanTag = z.infer<typeof ckanTag>;

export const ckanOrganization = z.object({
  id: ckanScalar,
  name: ckanScalar,
  title: ckanFluentText,
  title_translated: ckanFluentText,
  display_name: ckanScalar,
});
export type CkanOrganization = z.infer<typeof ckanOrganization>;

export const ckanGroup = z.union([z.string(), z.object({ name: ckanScalar, title: ckanFluentText, display_name: ckanScalar })]);

/** A link: text only. A number or a boolean where a URL belongs is a broken record, not a link
 * to keep ("8080"). */
const ckanLink = z.custom<string | null | undefined>((v) => v === undefined || v === null || typeof v === 'string', { message: 'expected a URL as text' }).optional();

export const ckanResource = z.object({
  id: ckanScalar,
  name: ckanFluentText,
  name_translated: ckanFluentText,
  title: ckanFluentText,
  description: ckanFluentText,
  description_translated: ckanFluentText,
  url: ckanLink,
  access_url: ckanLink,
  download_url: ckanLink,
  format: ckanScalar,
  mimetype: ckanScalar,
  size: ckanScalar,
  created: ckanScalar,
  last_modified: ckanScalar,
  metadata_modified: ckanScalar,
  modified: ckanScalar,
  resource_type: ckanScalar,
  language: ckanFluentList,
  state: ckanScalar,
  conforms_to: z.unknown().optional(),
});
export type CkanResource = z.infer<typeof ckanResource>;

export const ckanContact = z.object({
  name: ckanScalar,
  name_translated: ckanFluentText,
  email: ckanScalar,
  url: ckanScalar,
});

export const ckanPackage = z.object({
  id: ckanScalar,
  name: ckanScalar,
  type: ckanScalar,
  state: ckanScalar,
  private: ckanScalar,
  title: ckanFluentText,
  title_translated: ckanFluentText,
  notes: ckanFluentText,
  notes_translated: ckanFluentText,
  description_translated: ckanFluentText,
  keywords: ckanFluentList,
  tags: z.union([z.array(ckanTag), z.string()]).nullish(),
  tags_translated: ckanFluentList,
  license_id: ckanScalar,
  license_title: ckanScalar,
  license_url: ckanScalar,
  organization: ckanOrganization.nullish(),
  owner_org: ckanScalar,
  org_title_at_publication: ckanFluentText,
  groups: z.array(ckanGroup).nullish(),
  subject: ckanFluentList,
  jurisdiction: ckanScalar,
  frequency: ckanScalar,
  language: ckanFluentList,
  metadata_created: ckanScalar,
  metadata_modified: ckanScalar,
  date_published: ckanScalar,
  date_modified: ckanScalar,
  federated_date_modified: ckanScalar,
  issued: ckanScalar,
  modified: ckanScalar,
  time_period_coverage_start: ckanScalar,
  time_period_coverage_end: ckanScalar,
  temporal_start: ckanScalar,
  temporal_end: ckanScalar,
  spatial: z.unknown().optional(),
  restrictions: ckanScalar,
  access_rights: ckanScalar,
  access_level: ckanScalar,
  url: ckanScalar,
  maintainer: ckanScalar,
  maintainer_email: ckanScalar,
  maintainer_contact_form: ckanFluentText,
  author: ckanScalar,
  author_email: ckanScalar,
  contact_information: z.union([z.string(), z.record(z.string(), z.unknown())]).nullish(),
  contact: z.union([z.array(ckanContact), ckanContact]).nullish(),
  conforms_to: z.unknown().optional(),
  extras: ckanExtras,
  resources: z.array(ckanResource).nullish(),
});
export type CkanPackage = z.infer<typeof ckanPackage>;

/** open.canada.ca's `contact_information`: per language, often sent as a JSON string. */
export const ckanContactInformation = z.record(
  z.string(),
  z.object({ organization_name: ckanScalar, electronic_mail_address: ckanScalar, contact_form: ckanScalar, individual_name: ckanScalar }).nullish(),
);

/** The Action API envelope every action answers with. */
export const ckanEnvelope = z.object({
  success: z.boolean(),
  result: z.unknown().optional(),
  error: z.object({ message: ckanScalar, __type: ckanScalar }).nullish(),
});

/** `package_search` results; the count is sometimes a numeric string behind proxies. */
export const ckanSearchResult = z.object({
  count: z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/).transform(Number)]),
  results: z.array(z.unknown()),
});
export type CkanSearchResult = z.infer<typeof ckanSearchResult>;

/** What the listing needs of each result: its identity and stamp (the full package is
 * validated once, when it is mapped). */
export const ckanListedPackage = z.object({ id: ckanScalar, name: ckanScalar, metadata_modified: ckanScalar });

/** `resources[3].url: Invalid input: expected string, received object` for each issue. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
    .join('; ');
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(record)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}
