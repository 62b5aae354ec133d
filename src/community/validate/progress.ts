// The shape of a progress report as submitted (API body, web form): strings where strings are
// expected; the tracker's rules (progress/rules.ts) then judge the values.
import { z } from 'zod';
import type { ProgressSubmission } from '../progress/rules.js';
import { parseBilingual, type FieldError } from './issues.js';

// Longer than the rules' limit, so that the rules (which say how long) speak first.
const bi = z.strictObject({ en: z.string().max(100_000).optional(), fr: z.string().max(100_000).optional() }).optional();

export const PROGRESS_SUBMISSION_SCHEMA = z.strictObject({
  period: z.string().max(40),
  status: z.string().max(40),
  progress: bi,
  evidence: bi,
  challenges: bi,
});

/** The submission for `indicator`, or every field of the wrong shape. */
export function progressSubmission(indicator: string, input: unknown): { submission: ProgressSubmission } | { errors: FieldError[] } {
  const outcome = parseBilingual(PROGRESS_SUBMISSION_SCHEMA, input);
  if ('errors' in outcome) return outcome;
  const { period, status, progress, evidence, challenges } = outcome.value;
  return { submission: { indicator, period, status, ...(progress ? { progress } : {}), ...(evidence ? { evidence } : {}), ...(challenges ? { challenges } : {}) } };
}
