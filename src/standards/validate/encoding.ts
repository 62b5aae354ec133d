// Which encoding a CSV is in, and decoding it chunk by chunk while noting where bytes are invalid.
import { isUtf8 } from 'node:buffer';
import { decodeWindows1252 } from '../../core/windows-1252.js';

export type CsvEncoding = 'utf-8' | 'utf-8-sig' | 'windows-1252';

/** How much of the start decides the encoding. */
export const SNIFF_BYTES = 64 * 1024;

/** Bytes at the end of `bytes` that start a UTF-8 sequence not finished yet (0 to 3). */
function incompleteTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** UTF-8 with a byte order mark, valid UTF-8, or else Windows-1252 (what Excel writes in Canada). */
export function detectEncoding(start: Uint8Array, complete: boolean): CsvEncoding {
  if (start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf) return 'utf-8-sig';
  const end = complete ? start.length : start.length - incompleteTail(start);
  return isUtf8(start.subarray(0, end)) ? 'utf-8' : 'windows-1252';
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when the bytes there are invalid. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const cont = (k: number) => i + k < b.length && (b[i + k]! & 0xc0) === 0x80;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const c1 = b[i + 1] ?? 0;
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f)) return 0; // overlong, surrogate
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const c1 = b[i + 1] ?? 0;
    if ((c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

export interface DecodedChunk {
  text: string;
  /** Offsets in `text` where invalid bytes were (each became U+FFFD). */
  invalidAt: number[];
}

/** Decodes a byte stream chunk by chunk; a sequence cut between two chunks is carried over. */
export class ChunkDecoder {
  private carry: Uint8Array = new Uint8Array(0);
  private first = true;

  constructor(readonly encoding: CsvEncoding) {}

  decode(chunk: Uint8Array, last = false): DecodedChunk {
    // One byte a character: no sequence is ever cut between chunks.
    if (this.encoding === 'windows-1252') return { text: decodeWindows1252(chunk), invalidAt: [] };
    let bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    if (this.first && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (this.first && bytes.length > 0) this.first = false;
    const keep = last ? 0 : incompleteTail(bytes);
    this.carry = keep > 0 ? Uint8Array.prototype.slice.call(bytes, bytes.length - keep) : new Uint8Array(0);
    const whole = bytes.subarray(0, bytes.length - keep);
    const buffer = Buffer.from(whole.buffer, whole.byteOffset, whole.length);
    if (isUtf8(whole)) return { text: buffer.toString('utf8'), invalidAt: [] };
    return this.decodeInvalid(buffer);
  }

  /** The rare slow path: valid runs decoded, each invalid byte a U+FFFD whose place is noted. */
  private decodeInvalid(bytes: Buffer): DecodedChunk {
    const parts: string[] = [];
    const invalidAt: number[] = [];
    let length = 0;
    let runStart = 0;
    let i = 0;
    while (i < bytes.length) {
      const n = sequenceLength(bytes, i);
      if (n > 0) {
        i += n;
        continue;
      }
      const run = bytes.toString('utf8', runStart, i);
      parts.push(run, '\ufffd');
      length += run.length;
      invalidAt.push(length);
      length += 1;
      i += 1;
      runStart = i;
    }
    parts.push(bytes.toString('utf8', runStart));
    return { text: parts.join(''), invalidAt };
  }
}

/** The first bytes (at least SNIFF_BYTES unless the input is shorter), and whether that was all. */
export async function readStart(it: AsyncIterator<Uint8Array>): Promise<{ start: Buffer; done: boolean }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < SNIFF_BYTES) {
    const next = await it.next();
    if (next.done) return { start: Buffer.concat(chunks), done: true };
    chunks.push(next.value);
    size += next.value.length;
  }
  return { start: Buffer.concat(chunks), done: false };
}

/** The forced encoding (UTF-8 keeps its BOM's name), else the one the start shows. */
export function pickEncoding(start: Buffer, done: boolean, forced: 'utf-8' | 'windows-1252' | undefined): CsvEncoding {
  const bom = start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf;
  if (forced === 'utf-8') return bom ? 'utf-8-sig' : 'utf-8';
  if (forced) return forced;
  return detectEncoding(start.subarray(0, SNIFF_BYTES), done && start.length <= SNIFF_BYTES);
}
