// Bytes of an XML response to text for the parser, as they arrive. The encoding is the byte
// order mark's, else the HTTP charset, else the XML declaration's, else UTF-8. Whitespace and
// stray byte order marks before the first tag are dropped: real servers send blank lines before
// the XML declaration, which a strict parser refuses.
import { TextDecoder } from 'node:util';

const SNIFF_BYTES = 1024;

function bomEncoding(head: Buffer): string | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return undefined;
}

function declaredEncoding(head: Buffer): string | undefined {
  const ascii = head.toString('latin1');
  return /^[\s\uFEFF\u00EF\u00BB\u00BF]*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(ascii)?.[1];
}

function charsetOf(contentType: string | undefined): string | undefined {
  return /charset\s*=\s*"?([\w.-]+)/i.exec(contentType ?? '')?.[1];
}

function decoderFor(label: string | undefined): TextDecoder {
  try {
    return new TextDecoder(label ?? 'utf-8');
  } catch {
    // An encoding name nobody knows: UTF-8 is what such servers nearly always send.
    return new TextDecoder('utf-8');
  }
}

/** The encoding to decode with, from the first bytes and the Content-Type. */
export function sniffEncoding(head: Buffer, contentType?: string): string {
  const label = bomEncoding(head) ?? charsetOf(contentType) ?? declaredEncoding(head) ?? 'utf-8';
  return decoderFor(label).encoding;
}

/** The text of an XML body, chunk by chunk, starting at its first `<`. */
export async function* decodeXml(chunks: AsyncIterable<Buffer | Uint8Array>, contentType?: string): AsyncGenerator<string> {
  let head: Buffer[] = [];
  let headSize = 0;
  let decoder: TextDecoder | undefined;
  let started = false;
  const emit = (text: string): string | undefined => {
    if (started) return text === '' ? undefined : text;
    const rest = text.replace(/^[\s\uFEFF]+/, '');
    if (rest === '') return undefined;
    started = true;
    return rest;
  };
  const open = (): string | undefined => {
    const bytes = Buffer.concat(head, headSize);
    head = [];
    decoder = decoderFor(sniffEncoding(bytes, contentType));
    return emit(decoder.decode(bytes, { stream: true }));
  };
  for await (const chunk of chunks) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (decoder === undefined) {
      head.push(buffer);
      headSize += buffer.length;
      if (headSize < SNIFF_BYTES) continue;
      const text = open();
      if (text !== undefined) yield text;
      continue;
    }
    const text = emit(decoder.decode(buffer, { stream: true }));
    if (text !== undefined) yield text;
  }
  if (decoder === undefined) {
    const text = open();
    if (text !== undefined) yield text;
  }
  const last = emit((decoder as TextDecoder | undefined)?.decode() ?? '');
  if (last !== undefined) yield last;
}
