// A jurisdiction's file read as records: from disk or over HTTP, decoded in its encoding, parsed
// with csv-parse as it arrives.
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { pipeline, Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { HttpClient } from '../../sources/http.js';
import { detectDelimiter } from '../validate/delimiter.js';
import { ChunkDecoder, pickEncoding, readStart, type CsvEncoding } from '../validate/encoding.js';
import type { Mapping } from './mapping.js';
import { MappingError } from './mapping-error.js';

/** A source that cannot be read: names the mapping, its `source` key and where in the file. */
export class SourceError extends MappingError {
  constructor(mapping: Mapping, text: { en: string; fr: string }) {
    super(mapping.file, 'source', text);
    this.name = 'SourceError';
  }
}

export type OpenSource = (source: string, signal?: AbortSignal) => Promise<AsyncIterable<Uint8Array>>;

export function sourceName(source: string): string {
  return /^https?:\/\//i.test(source) ? source : basename(source);
}

/** Opens files on disk, and http(s) URLs with the given client. */
export function sourceOpener(http?: HttpClient): OpenSource {
  return async (source, signal) => {
    if (/^https?:\/\//i.test(source)) {
      if (!http) throw new Error(`no HTTP client to read ${source}`);
      const response = await http.stream(source, signal ? { signal } : {});
      return response.body;
    }
    const stream = createReadStream(source, signal ? { signal } : {});
    // Opened now so that a missing file fails here, not midway through the merge.
    await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
    return stream;
  };
}

async function* decoded(head: Uint8Array, rest: AsyncIterator<Uint8Array>, encoding: CsvEncoding, name: string): AsyncGenerator<string> {
  // Windows-1252 through the validator's decoder (Node reads "windows-1252" as Latin-1: no €).
  if (encoding === 'windows-1252') {
    const decoder = new ChunkDecoder('windows-1252');
    if (head.byteLength > 0) yield decoder.decode(head).text;
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield decoder.decode(next.value).text;
    return;
  }
  // UTF-8: a BOM is dropped and invalid bytes stop the merge.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  try {
    let chunk: Uint8Array | undefined = head;
    while (chunk !== undefined) {
      const text = decoder.decode(chunk, { stream: true });
      offset += chunk.byteLength;
      if (text) yield text;
      const next = await rest.next();
      chunk = next.done ? undefined : next.value;
    }
    const last = decoder.decode();
    if (last) yield last;
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw new DecodeError(name, offset);
  }
}

class DecodeError extends Error {
  constructor(
    readonly file: string,
    readonly offset: number,
  ) {
    super(`invalid UTF-8 in ${file}`);
  }
}

export interface SourceRecord {
  record: string[];
  /** As Frictionless counts: the file's first line (after skipLines) is row skipLines + 1. */
  rowNumber: number;
}

/** The records of a mapping's source, header first. Throws a SourceError naming the mapping and
 * the line when the file cannot be opened, decoded or parsed. */
export async function* readRecords(mapping: Mapping, open: OpenSource, signal?: AbortSignal): AsyncGenerator<SourceRecord> {
  const name = sourceName(mapping.source);
  let bytes: AsyncIterable<Uint8Array>;
  try {
    bytes = await open(mapping.source, signal);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new SourceError(mapping, { en: `cannot read ${name} (${reason})`, fr: `impossible de lire ${name} (${reason})` });
  }
  const rest = bytes[Symbol.asyncIterator]();
  const { start: head, done: complete } = await readStart(rest);
  // What the mapping does not declare is detected as the validator detects it.
  const encoding = pickEncoding(head, complete, mapping.encoding);
  const delimiter = mapping.delimiter ?? detectDelimiter(new ChunkDecoder(encoding).decode(head, complete).text.split(/\r?\n/).slice(mapping.skipLines).join('\n'));
  const parser = parse({ delimiter, bom: true, relax_column_count: true, from_line: mapping.skipLines + 1, skip_empty_lines: false });
  // pipeline, not pipe: a decoding error then ends the parser with it instead of being lost.
  pipeline(Readable.from(decoded(head, rest, encoding, name)), parser, () => undefined);
  let rowNumber = mapping.skipLines;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      yield { record, rowNumber };
    }
  } catch (error) {
    if (error instanceof DecodeError) {
      throw new SourceError(mapping, {
        en: `${name} is not UTF-8 (invalid bytes from byte ${error.offset + 1} on): declare its encoding, e.g. "encoding: windows-1252"`,
        fr: `${name} n’est pas en UTF-8 (octets invalides à partir de l’octet ${error.offset + 1}) : déclarez son encodage, p. ex. « encoding: windows-1252 »`,
      });
    }
    const message = (error as Error).message;
    // csv-parse's own errors (their codes start with CSV_) name the line; others are read failures.
    if (String((error as NodeJS.ErrnoException).code ?? '').startsWith('CSV_')) {
      throw new SourceError(mapping, { en: `${name} is not a readable CSV: ${message}`, fr: `${name} n’est pas un CSV lisible : ${message}` });
    }
    throw new SourceError(mapping, { en: `cannot read ${name} to the end (${message})`, fr: `impossible de lire ${name} jusqu’au bout (${message})` });
  } finally {
    parser.destroy();
  }
}
