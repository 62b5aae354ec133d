// A response body as text, chunk by chunk: decoded in its charset (the content type's, else a
// byte-order mark's, else an XML declaration's, else UTF-8) without splitting characters, with
// the BOM and any blank lines before the document removed (some servers put blank lines before
// an XML declaration, which XML parsers refuse).
import { TextDecoder } from 'node:util';

function charsetOf(contentType: string | undefined, head: Buffer): string {
  const declared = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (declared) return declared.toLowerCase();
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/.exec(head.subarray(0, 200).toString('latin1'));
  return xml?.[1]?.toLowerCase() ?? 'utf-8';
}

function decoderFor(charset: string): TextDecoder {
  try {
    return new TextDecoder(charset);
  } catch {
    return new TextDecoder('utf-8');
  }
}

/** Text chunks of a body; the first one starts at the document's first character. */
export async function* decodedText(body: AsyncIterable<Buffer>, contentType: string | undefined): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let started = false;
  for await (const chunk of body) {
    decoder ??= decoderFor(charsetOf(contentType, chunk));
    let text = decoder.decode(chunk, { stream: true });
    if (!started) {
      text = text.replace(/^\uFEFF/, '').trimStart();
      if (text === '') continue;
      started = true;
    }
    if (text !== '') yield text;
  }
  const rest = decoder?.decode() ?? '';
  if (started && rest !== '') yield rest;
  else if (!started && rest.trim() !== '') yield rest.replace(/^\uFEFF/, '').trimStart();
}
