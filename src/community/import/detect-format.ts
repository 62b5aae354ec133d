// Guesses which importer a file needs from its name and its first MiB (a tracker YAML lists its
// indicators field after its long commitment and milestone choices).
import { decodeText } from './progress-csv.js';

export type ImportFormat = 'ogp-csv' | 'nap-yaml' | 'progress-csv';

/** The format, or undefined when neither the name nor the content says. Content wins over name. */
export function detectFormat(fileName: string, content: string | Uint8Array): ImportFormat | undefined {
  const head = decodeText(typeof content === 'string' ? content.slice(0, 1 << 20) : content.subarray(0, 1 << 20));
  const firstLine = (head.split(/\r?\n/, 1)[0] ?? '').toLowerCase();
  if (firstLine.includes('commitment unique identifier') && firstLine.includes('action plan id')) return 'ogp-csv';
  if (/(^|,|")reporting_period("|,|$)/.test(firstLine) && /(^|,|")indicators("|,|$)/.test(firstLine)) return 'progress-csv';
  if (/^dataset_type:\s*\S+/m.test(head) && /^\s*-?\s*datastore_id:\s*indicators\b/m.test(head)) return 'nap-yaml';
  const name = fileName.toLowerCase();
  if (/\.ya?ml$/.test(name) && /nap\d*/.test(name)) return 'nap-yaml';
  if (/\.csv$/.test(name) && /ogp|commitments/.test(name)) return 'ogp-csv';
  if (/\.csv$/.test(name) && /progress|nap/.test(name)) return 'progress-csv';
  return undefined;
}
