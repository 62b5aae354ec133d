// `options:` of a Socrata source in sources.yaml:
//   domain:  the Socrata domain whose catalogue is listed (default: the host of `url`); needed
//            when `url` is the global catalogue (https://api.us.socrata.com).
//   types:   asset types to harvest (default: [dataset]); maps, files, links, filtered views...
//   licence: the licence of records that name none (the portal's terms: `OGL-NS`), so that a
//            licence gate can admit them. An id, title or URL that core/licences recognizes.
import { z } from 'zod';
import { recognizeLicence } from '../../core/licences.js';
import { OptionsError } from '../kind.js';

/** The asset types the Discovery API lists (`only=`). */
export const SOCRATA_TYPES = [
  'dataset',
  'map',
  'filter',
  'chart',
  'file',
  'href',
  'link',
  'datalens',
  'story',
  'calendar',
  'form',
  'measure',
  'visualization',
  'api',
  'federated_href',
] as const;
export type SocrataType = (typeof SOCRATA_TYPES)[number];

export const DEFAULT_TYPES: readonly SocrataType[] = ['dataset'];

const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

const schema = z
  .object({
    domain: z.string().trim().regex(HOST, 'must be a host name such as data.novascotia.ca').optional(),
    types: z.array(z.enum(SOCRATA_TYPES)).min(1, 'must list at least one type').optional(),
    licence: z
      .string()
      .trim()
      .min(1)
      .refine((value) => recognizeLicence({ id: value, title: value, url: value }) !== undefined, 'is not a licence Federa recognizes (see src/core/licences.ts)')
      .optional(),
  })
  .strict();

export interface SocrataOptions {
  domain?: string;
  types: readonly SocrataType[];
  licence?: string;
}

/** Validated options; throws an `OptionsError` naming the field. */
export function parseSocrataOptions(options: Record<string, unknown> | undefined): SocrataOptions {
  const parsed = schema.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const unknownKey = issue?.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    if (unknownKey !== undefined) throw new OptionsError(unknownKey, 'unknown option (Socrata sources take domain, types, licence)');
    const field = issue?.path.map(String).join('.') || '(options)';
    const detail = issue?.code === 'invalid_value' ? `must be one of ${SOCRATA_TYPES.join(', ')}` : (issue?.message ?? 'invalid');
    throw new OptionsError(field, detail);
  }
  const { domain, types, licence } = parsed.data;
  return {
    types: types ? [...new Set(types)] : DEFAULT_TYPES,
    ...(domain !== undefined ? { domain: domain.toLowerCase() } : {}),
    ...(licence !== undefined ? { licence } : {}),
  };
}
