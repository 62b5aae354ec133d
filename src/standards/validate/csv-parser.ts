// A streaming RFC 4180 parser: quoted cells with doubled quotes and line breaks, CRLF or LF or
// CR. Hand-written: it parsed 3 times as many rows a second as csv-parse (bench/validate.mjs).

const QUOTE = 34;
const LF = 10;
const CR = 13;

const enum State {
  CellStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted cell: the end of the cell or the first of a doubled quote. */
  QuoteInQuoted,
  /** After a CR ending a record: a LF right after belongs to it. */
  AfterCr,
}

/** A cell grew past the limit: a quote left open swallows the rest of the file. */
export class CellTooLongError extends Error {
  constructor(
    readonly rowNumber: number,
    readonly limit: number,
  ) {
    super(`a cell of row ${rowNumber} is longer than ${limit} characters (a quote left open?)`);
  }
}

export interface ParserEvents {
  /** A record, numbered from 1 (the header) as Frictionless does: one per record, whatever
   * line breaks its quoted cells hold. */
  row(cells: string[], rowNumber: number): void;
  /** Invalid bytes were found inside this record. */
  invalidBytes(rowNumber: number): void;
}

export class CsvParser {
  private state = State.CellStart;
  private cell = '';
  private cells: string[] = [];
  private rows = 0;
  private readonly delim: number;

  constructor(
    delimiter: string,
    private readonly events: ParserEvents,
    private readonly maxCell = 16 * 1024 * 1024,
  ) {
    this.delim = delimiter.charCodeAt(0);
  }

  /** Parses the next piece of text; `invalidAt` are offsets in it where invalid bytes were. */
  feed(text: string, invalidAt: readonly number[] = []): void {
    let from = 0;
    for (const at of invalidAt) {
      this.parse(text, from, at);
      // The invalid character belongs to the record in progress (the next one when none is).
      this.events.invalidBytes(this.rows + 1);
      from = at;
    }
    this.parse(text, from, text.length);
  }

  end(): void {
    if (this.state === State.AfterCr) return;
    if (this.state === State.CellStart && this.cells.length === 0) return; // the final line break
    this.endCell();
    this.endRow();
  }

  private endCell(): void {
    this.cells.push(this.cell);
    this.cell = '';
  }

  private endRow(): void {
    const cells = this.cells;
    this.cells = [];
    this.events.row(cells, ++this.rows);
  }

  private grow(piece: string): void {
    this.cell = this.cell === '' ? piece : this.cell + piece;
    if (this.cell.length > this.maxCell) throw new CellTooLongError(this.rows + 1, this.maxCell);
  }

  private parse(s: string, start: number, end: number): void {
    const delim = this.delim;
    let i = start;
    while (i < end) {
      switch (this.state) {
        case State.AfterCr:
          this.state = State.CellStart;
          if (s.charCodeAt(i) === LF) i++;
          break;
        case State.CellStart:
          if (s.charCodeAt(i) === QUOTE) {
            this.state = State.Quoted;
            i++;
            break;
          }
          this.state = State.Unquoted;
          break;
        case State.Unquoted: {
          let j = i;
          let c = 0;
          while (j < end) {
            c = s.charCodeAt(j);
            if (c === delim || c === LF || c === CR) break;
            j++;
          }
          if (j > i) this.grow(s.slice(i, j));
          if (j === end) return;
          this.endCell();
          if (c === delim) this.state = State.CellStart;
          else {
            this.endRow();
            this.state = c === CR ? State.AfterCr : State.CellStart;
          }
          i = j + 1;
          break;
        }
        case State.Quoted: {
          const j = s.indexOf('"', i);
          if (j < 0 || j >= end) {
            this.grow(s.slice(i, end));
            return;
          }
          if (j > i) this.grow(s.slice(i, j));
          this.state = State.QuoteInQuoted;
          i = j + 1;
          break;
        }
        case State.QuoteInQuoted:
          if (s.charCodeAt(i) === QUOTE) {
            this.grow('"');
            this.state = State.Quoted;
            i++;
          } else this.state = State.Unquoted; // text after the closing quote is kept, as Python's csv does
          break;
      }
    }
  }
}
