// The items of a JSON array document as they arrive, each as its own JSON text: a catalogue
// export of 100,000 datasets is read with one item and one network chunk in memory, and each item
// is then parsed natively (`JSON.parse`), which is several times faster than assembling values
// from a token stream. Only the array's structure is scanned here (strings, escapes, nesting);
// each item's own validity is `JSON.parse`'s to judge.

export class JsonArrayError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JsonArrayError';
  }
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** Yields the JSON text of each item of the top-level array in `chunks`; rejects when the
 * document is not an array or ends before the array closes. `where` names the document. */
export async function* jsonArrayItems(chunks: AsyncIterable<Buffer>, where: string): AsyncGenerator<string> {
  type State = 'before' | 'between' | 'item' | 'after';
  let state = 'before' as State;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let parts: Buffer[] = [];
  let items = 0;
  // Bytes read so far of a byte-order mark before the document (EF BB BF).
  let bom = 0;

  for await (const chunk of chunks) {
    let i = 0;
    while (state === 'before' && bom < 3 && i < chunk.length && chunk[i] === [0xef, 0xbb, 0xbf][bom]) {
      bom++;
      i++;
    }
    let start = state === 'item' ? 0 : -1;
    for (; i < chunk.length; i++) {
      const byte = chunk[i] as number;
      if (state === 'item') {
        if (inString) {
          if (escaped) {
            escaped = false;
            continue;
          }
          // Most of a dataset is string content: jump to the next quote natively, then see
          // whether an odd run of backslashes escapes it.
          const quote = chunk.indexOf(QUOTE, i);
          const stop = quote < 0 ? chunk.length : quote;
          let run = 0;
          while (stop - run - 1 >= i && chunk[stop - run - 1] === BACKSLASH) run++;
          if (quote < 0) {
            escaped = run % 2 === 1;
            i = chunk.length;
          } else {
            if (run % 2 === 0) inString = false;
            i = quote;
          }
          continue;
        }
        if (byte === QUOTE) inString = true;
        else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
        else if ((byte === COMMA || byte === CLOSE_BRACKET) && depth === 0) {
          parts.push(chunk.subarray(start, i));
          yield (parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts)).toString('utf8');
          parts = [];
          items++;
          state = byte === COMMA ? 'between' : 'after';
          start = -1;
        } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
          depth--;
          if (depth < 0) throw new JsonArrayError(`${where} is not well-formed JSON: an unmatched "${String.fromCharCode(byte)}" in item ${items + 1}`);
        }
        continue;
      }
      if (isSpace(byte)) continue;
      if (state === 'before') {
        if (byte !== OPEN_BRACKET) throw new JsonArrayError(`${where} is not a JSON array: it starts with "${chunk.subarray(i, i + 40).toString('utf8')}"`);
        state = 'between';
        continue;
      }
      if (state === 'after') throw new JsonArrayError(`${where} has content after its array: "${chunk.subarray(i, i + 40).toString('utf8')}"`);
      // between items
      if (byte === CLOSE_BRACKET) {
        state = 'after';
        continue;
      }
      if (byte === COMMA) continue;
      state = 'item';
      start = i;
      depth = 0;
      inString = false;
      escaped = false;
      // The item's first byte is read again by the item state (it may open an object or a string).
      i--;
    }
    if (state === 'item' && start >= 0) parts.push(chunk.subarray(start));
  }
  if (state === 'before') throw new JsonArrayError(`${where} is empty: a JSON array was expected`);
  if (state !== 'after') throw new JsonArrayError(`${where} ended before its array closed (after ${items} items): the transfer was cut short`);
}
