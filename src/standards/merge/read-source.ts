// A jurisdiction's file read as records: from disk or over HTTP, decoded in its encoding, parsed
// with csv-parse as it arrives.
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { pipeline, Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { HttpClient } from '../../sources/http.js';
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

async function* decoded(bytes: AsyncIterable<Uint8Array>, mapping: Mapping, name: string): AsyncGenerator<string> {
  // UTF-8: a BOM is dropped and invalid bytes stop the merge; every byte is some Windows-1252 character.
  const decoder = new TextDecoder(mapping.encoding, { fatal: mapping.encoding === 'utf-8' });
  let offset = 0;
  try {
    for await (const chunk of bytes) {
      const text = decoder.decode(chunk, { stream: true });
      offset += chunk.byteLength;
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
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
  const parser = parse({ delimiter: mapping.delimiter, relax_column_count: true, from_line: mapping.skipLines + 1, skip_empty_lines: false });
  // pipeline, not pipe: a decoding error then ends the parser with it instead of being lost.
  pipeline(Readable.from(decoded(bytes, mapping, name)), parser, () => undefined);
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
