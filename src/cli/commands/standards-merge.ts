// `federa standards merge --schema NAME MAPPING...`: jurisdictions' files merged into one table of
// a standard (src/standards/merge), its report, and a summary on standard error.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import type { UiLang } from '../../core/langstring.js';
import { createHttpClient } from '../../harvest/fetch/http-client.js';
import { readMappingFile } from '../../standards/merge/mapping-file.js';
import { MappingError } from '../../standards/merge/mapping-error.js';
import { mergeStandard } from '../../standards/merge/merge.js';
import { fileOutput, streamOutput, type Output } from '../../standards/merge/output-file.js';
import { sourceOpener } from '../../standards/merge/read-source.js';
import { mergeSummary } from '../../standards/merge/summary.js';
import { resolveSchema, SchemaError } from '../../standards/registry.js';
import { UsageError } from '../context.js';

export interface StandardsMergeOptions {
  schema?: string;
  output?: string;
  report?: string;
  json?: boolean;
}

const text = {
  en: {
    noSchema: '--schema is required: a standard’s name (federa standards list) or a Table Schema file',
    jsonNeedsOutput: '--json prints the report on standard output: give --output for the table',
    sameFile: (file: string) => `--output and --report are the same file: ${file}`,
    cannotWrite: (file: string, reason: string) => `cannot write ${file} (${reason})`,
    written: (file: string) => `table written to ${file}`,
    reportWritten: (file: string) => `report written to ${file}`,
    stopped: (signal: string) => `${signal}: merge stopped; nothing written`,
  },
  fr: {
    noSchema: '--schema est obligatoire : le nom d’une norme (federa standards list) ou un fichier Table Schema',
    jsonNeedsOutput: '--json affiche le rapport sur la sortie standard : indiquez --output pour la table',
    sameFile: (file: string) => `--output et --report désignent le même fichier : ${file}`,
    cannotWrite: (file: string, reason: string) => `impossible d’écrire ${file} (${reason})`,
    written: (file: string) => `table écrite dans ${file}`,
    reportWritten: (file: string) => `rapport écrit dans ${file}`,
    stopped: (signal: string) => `${signal} : fusion arrêtée; rien d’écrit`,
  },
};

const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** Exit 0: the merged table is valid; 1: it is not (written all the same, with its report); 2: bad
 * usage, schema or mapping, and nothing written. */
export async function standardsMergeCommand(mappingFiles: string[], options: StandardsMergeOptions, lang: UiLang): Promise<number> {
  const t = text[lang];
  const schemaName = options.schema;
  if (!schemaName) throw new UsageError(t.noSchema);
  if (options.json && !options.output) throw new UsageError(t.jsonNeedsOutput);
  if (options.output && options.report && options.output === options.report) throw new UsageError(t.sameFile(options.output));
  let resolved: ReturnType<typeof resolveSchema>;
  try {
    resolved = resolveSchema(schemaName);
  } catch (error) {
    if (error instanceof SchemaError) throw new UsageError(error.message);
    throw error;
  }
  try {
    const mappings = mappingFiles.map((file) => readMappingFile(file));
    let output: Output;
    try {
      output = options.output ? await fileOutput(options.output) : streamOutput(process.stdout);
    } catch (error) {
      throw new UsageError(t.cannotWrite(options.output!, reason(error)));
    }
    // Stopped by the user: the temporary output is removed rather than left beside the target.
    const controller = new AbortController();
    let stoppedBy: NodeJS.Signals | undefined;
    const stop = (signal: NodeJS.Signals) => {
      stoppedBy = signal;
      controller.abort();
    };
    process.once('SIGINT', stop).once('SIGTERM', stop);
    const report = await mergeStandard(
      {
        mappings,
        schema: resolved.schema,
        ...(resolved.standard ? { standard: resolved.standard.name } : {}),
        schemaName: resolved.standard?.name ?? schemaName,
        outputName: options.output ?? '-',
        open: sourceOpener(createHttpClient({ allowPrivateNetwork: true })),
        lang,
        signal: controller.signal,
      },
      output,
    )
      .catch((error: unknown) => {
        if (stoppedBy) throw new UsageError(t.stopped(stoppedBy), stoppedBy === 'SIGINT' ? 130 : 143);
        throw error;
      })
      .finally(() => process.off('SIGINT', stop).off('SIGTERM', stop));
    const json = `${JSON.stringify(report, null, 2)}\n`;
    if (options.report) {
      // Beside it first, then renamed: an earlier report is replaced only by a whole one.
      const temp = `${options.report}.${process.pid}.tmp`;
      try {
        writeFileSync(temp, json);
        renameSync(temp, options.report);
      } catch (error) {
        rmSync(temp, { force: true });
        throw new UsageError(t.cannotWrite(options.report, reason(error)), 1);
      }
    }
    if (options.json) process.stdout.write(json);
    const lines = mergeSummary(report, lang);
    if (options.output) lines.push(t.written(options.output));
    if (options.report) lines.push(t.reportWritten(options.report));
    process.stderr.write(`${lines.join('\n')}\n`);
    return report.valid ? 0 : 1;
  } catch (error) {
    if (error instanceof MappingError) throw new UsageError(error.localized(lang));
    throw error;
  }
}
