// Merging jurisdictions' files into one table of a standard, validated as it is written: the
// function the command line (and any other face) calls.
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import type { UiLang } from '../../core/langstring.js';
import type { TableSchema } from '../table-schema.js';
import { validateCsv } from '../validate/validate.js';
import type { Mapping } from './mapping.js';
import { mergedSchema } from './merged-schema.js';
import { locateRow, mergedCsv, prepareMerge, type JurisdictionStats } from './merger.js';
import type { Output } from './output-file.js';
import type { OpenSource } from './read-source.js';
import type { MergeReport, MergedValidationError } from './report.js';

export interface MergeRequest {
  mappings: Mapping[];
  /** The standard's schema (not yet extended with the jurisdiction column). */
  schema: TableSchema;
  /** The standard's name, checked against each mapping's `standard`; absent for a schema file. */
  standard?: string;
  /** For the report: the standard's name or the schema file. */
  schemaName: string;
  /** For the report: where the table goes (`-` for standard output). */
  outputName: string;
  open: OpenSource;
  lang?: UiLang;
  problemLimit?: number;
  /** Validation errors listed (all are counted); default 1000. */
  limitErrors?: number;
  signal?: AbortSignal;
}

/** Checks every mapping and header (a MappingError, nothing written), then streams the merged
 * table into `output` while validating it; commits the output only when the merge went through
 * (valid or not: the report says), discards it on any error. */
export async function mergeStandard(request: MergeRequest, output: Output, validate: typeof validateCsv = validateCsv): Promise<MergeReport> {
  const { schema, open, signal } = request;
  const stats: JurisdictionStats[] = [];
  const pass = new PassThrough({ highWaterMark: 1 << 20 });
  try {
    const prepared = await prepareMerge(request.mappings, schema, request.standard, open, signal);
    const validation = validate(pass as AsyncIterable<Uint8Array>, mergedSchema(schema), {
      schemaName: request.schemaName,
      sourceName: request.outputName,
      encoding: 'utf-8',
      delimiter: ',',
      ...(request.lang ? { lang: request.lang } : {}),
      ...(request.limitErrors ? { limitErrors: request.limitErrors } : {}),
      ...(signal ? { signal } : {}),
    });
    // A validator that fails stops the merge instead of leaving it waiting for room.
    validation.catch((error: unknown) => pass.destroy(error instanceof Error ? error : new Error(String(error))));
    const options = { open, ...(request.problemLimit ? { problemLimit: request.problemLimit } : {}), ...(signal ? { signal } : {}) };
    for await (const chunk of mergedCsv(prepared, schema, stats, options)) {
      await output.write(chunk);
      if (pass.destroyed) await validation;
      if (!pass.write(chunk)) await Promise.race([once(pass, 'drain'), once(pass, 'close')]);
    }
    pass.end();
    const report = await validation;
    await output.commit();
    const errors = report.errors.map((e): MergedValidationError => {
      const at = e.rowNumber === undefined ? undefined : locateRow(stats, e.rowNumber);
      return at ? { ...e, jurisdiction: at.stats.jurisdiction.code, mapping: at.stats.mapping, sourceRowNumber: at.sourceRow } : e;
    });
    const jurisdictions = stats.map(({ runs: _runs, ...rest }) => rest);
    return {
      valid: report.valid,
      schema: request.schemaName,
      output: request.outputName,
      rows: jurisdictions.reduce((n, j) => n + j.rowsWritten, 0),
      jurisdictions,
      validation: { ...report, errors },
    };
  } catch (error) {
    pass.destroy();
    await output.discard();
    throw error;
  }
}
