// `options:` of an Opendatasoft source in sources.yaml:
//   licence: the licence of datasets that name none (the portal's terms: `OGL-Vancouver`), so
//            that a licence gate can admit them. An id, title or URL that core/licences recognizes.
import { z } from 'zod';
import { recognizeLicence } from '../../core/licences.js';
import { OptionsError } from '../kind.js';

const schema = z
  .object({
    licence: z
      .string()
      .trim()
      .min(1)
      .refine((value) => recognizeLicence({ id: value, title: value, url: value }) !== undefined, 'is not a licence Federa recognizes (see src/core/licences.ts)')
      .optional(),
  })
  .strict();

export interface OdsOptions {
  licence?: string;
}

/** Validated options; throws an `OptionsError` naming the field. */
export function parseOdsOptions(options: Record<string, unknown> | undefined): OdsOptions {
  const parsed = schema.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const unknownKey = issue?.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    if (unknownKey !== undefined) throw new OptionsError(unknownKey, 'unknown option (Opendatasoft sources take licence)');
    throw new OptionsError(issue?.path.map(String).join('.') || '(options)', issue?.message ?? 'invalid');
  }
  return parsed.data.licence !== undefined ? { licence: parsed.data.licence } : {};
}
