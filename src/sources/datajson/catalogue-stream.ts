// A DCAT-US catalogue read as it arrives: a whole portal is one document, possibly hundreds of
// megabytes, so it is tokenized chunk by chunk (stream-json) and each element of its `dataset`
// array is assembled on its own and handed over as soon as it is complete. Memory holds one
// chunk and the elements not yet handed over, whatever the size of the catalogue.
//
// Also read: a bare array of datasets (Project Open Data 1.0 catalogues are one), and the
// catalogue's own scalar fields (`conformsTo`, `@type`, `describedBy`), for detection.
import { getManyValues, isMany, none } from 'stream-chain/defs.js';
import { Assembler } from 'stream-json/core/assembler.js';
import { jsonParser, type Token } from 'stream-json/core/parser.js';
import { detached } from '../../core/text.js';

export interface DatasetElement {
  /** Position in the `dataset` array. */
  index: number;
  value: unknown;
}

export type CatalogueShape = 'catalogue' | 'list';
export type HeaderValue = string | number | boolean | null;

/** A document that is not a readable DCAT-US catalogue: the listing cannot go on. */
export class CatalogueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogueError';
  }
}

const SCALAR_VALUE: Partial<Record<Token['name'], (token: Token) => HeaderValue>> = {
  stringValue: (t) => ('value' in t ? detached(String(t.value)) : ''),
  numberValue: (t) => ('value' in t ? Number(t.value) : 0),
  nullValue: () => null,
  trueValue: () => true,
  falseValue: () => false,
};

// Keys that would set an assembled object's prototype instead of a property.
const UNSAFE_KEYS = new Set(['__proto__']);

export class CatalogueReader {
  // Flushable: called with text, then with `none` at the end (which its type leaves out).
  private readonly parse = jsonParser({ streamValues: false }) as (input: string | typeof none) => unknown;
  private readonly decoder = new TextDecoder('utf-8');
  private readonly asm = new Assembler();
  private inElement = false;
  /** Containers open outside any element. */
  private depth = 0;
  private root: 'object' | 'array' | undefined;
  private key: string | undefined;
  /** The depth of the dataset array's elements while inside it. */
  private datasetsDepth = -1;
  private foundDatasets = false;
  private datasetKeyValue: HeaderValue | 'container' | undefined;
  private index = 0;
  private started = false;
  private bytesRead = 0;
  private out: DatasetElement[] = [];
  readonly header: Record<string, HeaderValue> = {};

  /** `where` names the document in errors (its URL). */
  constructor(private readonly where: string) {}

  get shape(): CatalogueShape | undefined {
    return this.root === 'array' ? 'list' : this.root === 'object' ? 'catalogue' : undefined;
  }

  /** Datasets seen so far (elements of the dataset array, well-formed or not). */
  get datasets(): number {
    return this.index;
  }

  get bytes(): number {
    return this.bytesRead;
  }

  /** Whether the dataset array has been found (and perhaps closed). */
  get hasDatasets(): boolean {
    return this.foundDatasets;
  }

  /** Feeds the next chunk of the document; returns the datasets it completed. */
  write(chunk: Uint8Array): DatasetElement[] {
    this.bytesRead += chunk.byteLength;
    let text = this.decoder.decode(chunk, { stream: true });
    if (!this.started) {
      text = text.replace(/^\uFEFF/, '');
      const first = /\S/.exec(text);
      if (!first) return [];
      this.started = true;
      const c = first[0];
      if (c !== '{' && c !== '[') {
        const start = text.slice(first.index, first.index + 60).replace(/\s+/g, ' ');
        throw new CatalogueError(`${this.where} is not JSON${c === '<' ? ' (it is HTML or XML)' : ''}: it starts with: ${start}`);
      }
    }
    this.feed(text);
    return this.take();
  }

  /** Ends the document: checks that it was whole and a catalogue; returns the last datasets. */
  end(): DatasetElement[] {
    this.feed(this.decoder.decode());
    if (!this.started) throw new CatalogueError(`${this.where} is empty, not a DCAT-US catalogue`);
    const cutShort = () => new CatalogueError(`${this.where} ends before the JSON does (after ${this.bytesRead} bytes, ${this.index} datasets): the document was cut short`);
    try {
      this.run(() => this.parse(none));
    } catch (error) {
      throw this.depth !== 0 || this.inElement ? cutShort() : error;
    }
    if (this.depth !== 0 || this.inElement) throw cutShort();
    if (!this.foundDatasets) {
      const keys = Object.keys(this.header).slice(0, 8).join(', ');
      const why =
        this.datasetKeyValue === undefined
          ? `it has no "dataset" list${keys === '' ? '' : ` (its fields: ${keys})`}`
          : `its "dataset" is ${this.datasetKeyValue === 'container' ? 'an object' : JSON.stringify(this.datasetKeyValue)}, not a list`;
      throw new CatalogueError(`${this.where} is not a DCAT-US catalogue: ${why}`);
    }
    return this.take();
  }

  private take(): DatasetElement[] {
    const done = this.out;
    this.out = [];
    return done;
  }

  private feed(text: string): void {
    if (text !== '') this.run(() => this.parse(text));
  }

  private run(step: () => unknown): void {
    let result: unknown;
    try {
      result = step();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new CatalogueError(`${this.where} is not valid JSON after ${this.bytesRead} bytes (${this.index} datasets read): ${message}`);
    }
    if (result === none) return;
    const tokens = isMany(result) ? (getManyValues(result) as Token[]) : [result as Token];
    for (const token of tokens) this.token(token);
  }

  private token(token: Token): void {
    if (this.inElement) {
      if (token.name === 'stringValue') this.asm.stringValue(detached(token.value));
      else if (token.name === 'keyValue' && UNSAFE_KEYS.has(token.value)) this.asm.keyValue(`_${token.value}`);
      else this.asm.consume(token);
      if (this.asm.done) {
        this.out.push({ index: this.index++, value: this.asm.current });
        this.inElement = false;
      }
      return;
    }
    const atElement = this.datasetsDepth >= 0 && this.depth === this.datasetsDepth;
    switch (token.name) {
      case 'startObject':
      case 'startArray':
        if (atElement) {
          this.inElement = true;
          this.asm.consume(token);
          return;
        }
        if (this.depth === 0) {
          this.root = token.name === 'startArray' ? 'array' : 'object';
          if (this.root === 'array') this.enterDatasets(1);
        } else if (this.depth === 1 && this.root === 'object' && this.key === 'dataset') {
          if (token.name === 'startArray' && !this.foundDatasets) this.enterDatasets(2);
          else this.datasetKeyValue ??= 'container';
        }
        this.depth++;
        return;
      case 'endObject':
      case 'endArray':
        this.depth--;
        if (this.depth === this.datasetsDepth - 1) this.datasetsDepth = -1;
        return;
      case 'keyValue':
        if (this.depth === 1) this.key = token.value;
        return;
      default: {
        const read = SCALAR_VALUE[token.name];
        if (!read) return;
        const value = read(token);
        if (atElement) this.out.push({ index: this.index++, value });
        else if (this.depth === 1 && this.root === 'object' && this.key !== undefined) {
          if (this.key === 'dataset') this.datasetKeyValue ??= value;
          else if (!UNSAFE_KEYS.has(this.key)) this.header[this.key] = value;
        }
      }
    }
  }

  private enterDatasets(depth: number): void {
    this.foundDatasets = true;
    this.datasetsDepth = depth;
  }
}
