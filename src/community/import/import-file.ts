// One entry for the faces: a file's name and bytes in, the right importer's result out.
import { detectFormat, type ImportFormat } from './detect-format.js';
import { importNapYaml } from './nap-yaml.js';
import { importOgpCsv } from './ogp-csv.js';
import { decodeText, importProgressCsv, type ProgressCsvOptions } from './progress-csv.js';
import { problem, type ImportResult } from './result.js';

export interface ImportFileOptions extends ProgressCsvOptions {
  /** Skips detection. */
  format?: ImportFormat;
}

/** Reads a file with the importer its format needs; an unknown format is a problem, not a throw. */
export function importFile(fileName: string, content: string | Uint8Array, options: ImportFileOptions = {}): ImportResult & { format?: ImportFormat } {
  const format = options.format ?? detectFormat(fileName, content);
  switch (format) {
    case 'ogp-csv':
      return { format, ...importOgpCsv(content, fileName) };
    case 'nap-yaml':
      return { format, ...importNapYaml(decodeText(content), fileName) };
    case 'progress-csv':
      return { format, ...importProgressCsv(content, fileName, options) };
    case undefined:
      return {
        records: {},
        progress: [],
        problems: [problem(fileName, {}, 'unknown format: expected the OGP commitments sheet, a NAP tracker YAML or a progress CSV', "format inconnu : la feuille des engagements OGP, un YAML de suivi du PAN ou un CSV de progrès étaient attendus")],
      };
  }
}
