// The merge runs the validator and reads standards by name, both written in parallel branches of
// issue 7: tests that need them skip, saying so, where those branches have not landed yet.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getStandard } from '../../../src/standards/registry.js';
import { readSchemaFile } from '../../../src/standards/schema-file.js';
import { validateCsv } from '../../../src/standards/validate/validate.js';

const notYet = (error: unknown) => error instanceof Error && /not implemented/.test(error.message);

async function probeValidator(): Promise<boolean> {
  try {
    await validateCsv((async function* () {})(), { fields: [{ name: 'a' }] }, { schemaName: 'probe', sourceName: 'probe' });
    return true;
  } catch (error) {
    if (notYet(error)) return false;
    throw error;
  }
}

function probeSchemaFiles(): boolean {
  const file = join(mkdtempSync(join(tmpdir(), 'federa-probe-')), 'schema.json');
  writeFileSync(file, JSON.stringify({ fields: [{ name: 'a', type: 'string' }] }));
  try {
    readSchemaFile(file);
    return true;
  } catch (error) {
    if (notYet(error)) return false;
    throw error;
  }
}

export const validatorLanded = await probeValidator();
export const schemaFilesLanded = probeSchemaFiles();
export const buildingPermitsLanded = getStandard('building-permits') !== undefined;

if (!validatorLanded) console.warn('skipped: validateCsv is not implemented in this branch (issue 7, helper 2); merge validation tests did not run');
if (!schemaFilesLanded) console.warn('skipped: readSchemaFile is not implemented in this branch (issue 7, helper 1); merge command tests did not run');
if (!buildingPermitsLanded) console.warn('skipped: the building-permits standard is not in this branch (issue 7, helper 1); the shipped-standard merge test did not run');
