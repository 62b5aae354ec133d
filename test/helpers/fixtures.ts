// The real recorded portal responses in ../shared/fixtures (or $FEDERA_FIXTURES), read in place.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIXTURES = resolve(process.env.FEDERA_FIXTURES ?? resolve(import.meta.dirname, '../../../shared/fixtures'));
export const fixturesPresent = existsSync(FIXTURES);

if (!fixturesPresent) {
  console.warn(`skipped: ${FIXTURES} not found (set FEDERA_FIXTURES); conformance tests on real data did not run`);
}

export function fixture(...parts: string[]): string {
  return resolve(FIXTURES, ...parts);
}
