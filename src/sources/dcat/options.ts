// `options:` of a DCAT source in sources.yaml.
import { z } from 'zod';
import { OptionsError } from '../kind.js';
import { RDF_SYNTAXES, type RdfSyntax } from './rdf/syntax.js';

const dcatOptions = z
  .object({
    /** The catalogue's syntax when its server does not say it (content type) and its first bytes would not. */
    format: z.enum(RDF_SYNTAXES).optional(),
    /** A query parameter that asks the catalogue for datasets modified since an instant (ckanext-dcat's `modified_since`), for incremental runs. */
    incrementalParam: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/, 'must be a query parameter name')
      .optional(),
  })
  .strict();

export interface DcatOptions {
  format?: RdfSyntax;
  incrementalParam?: string;
}

/** Validated options; throws an OptionsError naming the field. */
export function parseDcatOptions(options: Record<string, unknown> | undefined): DcatOptions {
  const parsed = dcatOptions.safeParse(options ?? {});
  if (parsed.success) {
    const { format, incrementalParam } = parsed.data;
    return { ...(format !== undefined ? { format } : {}), ...(incrementalParam !== undefined ? { incrementalParam } : {}) };
  }
  const issue = parsed.error.issues[0];
  const field = issue?.code === 'unrecognized_keys' ? (issue.keys[0] ?? '') : (issue?.path.join('.') ?? '');
  const message =
    issue?.code === 'unrecognized_keys'
      ? `unknown option (DCAT sources take format: turtle | rdfxml | jsonld, and incrementalParam)`
      : field === 'format'
        ? `must be one of ${RDF_SYNTAXES.join(', ')}`
        : (issue?.message ?? 'invalid');
  throw new OptionsError(field, message);
}
