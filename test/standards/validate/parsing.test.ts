// Reading the bytes: encodings, delimiters, quotes, line breaks, chunk boundaries.
import { describe, expect, it } from 'vitest';
import type { TableSchema } from '../../../src/standards/table-schema.js';
import { brief, validateText } from './helpers.js';

const schema: TableSchema = {
  fields: [
    { name: 'id', type: 'integer' },
    { name: 'nom', type: 'string', constraints: { pattern: '[^\\ufffd]*' } },
  ],
};

describe('validateCsv: reading the file', () => {
  it('recognizes a UTF-8 byte order mark and leaves it out of the first label', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id,nom\n1,Montréal\n')]);
    for (const chunk of [1, 2, 5, 1024]) {
      const report = await validateText(bytes, schema, { chunk });
      expect(report.encoding).toBe('utf-8-sig');
      expect(report.errors).toEqual([]);
    }
  });

  it('reads Windows-1252 (é as one byte) when the start is not UTF-8', async () => {
    const bytes = Buffer.from('id,nom\n1,Montr\xe9al\n2,\x80uro\n', 'latin1');
    const s: TableSchema = { fields: [{ name: 'id', type: 'integer' }, { name: 'nom', type: 'string', constraints: { enum: ['Montréal', '€uro'] } }] };
    const report = await validateText(bytes, s);
    expect(report.encoding).toBe('windows-1252');
    expect(report.errors).toEqual([]);
  });

  it('reports invalid UTF-8 past the first 64 KiB on its row and goes on', async () => {
    const filler = Array.from({ length: 5000 }, (_, i) => `${i},ligne numéro ${i}`).join('\n');
    const head = Buffer.from(`id,nom\n${filler}\n`);
    expect(head.length).toBeGreaterThan(64 * 1024);
    const bad = Buffer.concat([Buffer.from('5000,Montr'), Buffer.from([0xe9]), Buffer.from('al '), Buffer.from([0xff, 0xfe]), Buffer.from('\n5001,x\n5002,y\n')]);
    for (const chunk of [4096, 65536, 1 << 20]) {
      const report = await validateText(Buffer.concat([head, bad, Buffer.from('oops,z\n')]), schema, { chunk });
      expect(report.encoding).toBe('utf-8');
      // The header is row 1 and id 0 is row 2: id 5000 is row 5002.
      expect(brief(report)).toEqual(['encoding-error@5002:-', 'constraint-error@5002:2', 'type-error@5005:1']);
      expect(report.stats.rows).toBe(5004);
    }
  });

  it('keeps a multi-byte character cut between two chunks whole', async () => {
    const report = await validateText('id,nom\n1,éèàçô€𝄞\n', { fields: [{ name: 'id', type: 'integer' }, { name: 'nom', constraints: { enum: ['éèàçô€𝄞'] } }] }, { chunk: 1 });
    expect(report.errors).toEqual([]);
  });

  it('detects ; tab and | as delimiters, quotes respected, and takes a forced one', async () => {
    expect((await validateText('id;nom\n1;"a;b,c"\n2;d\n', schema)).delimiter).toBe(';');
    expect((await validateText('id\tnom\n1\ta,b\n', schema)).delimiter).toBe('\t');
    expect((await validateText('id|nom\n1|x\n', schema)).delimiter).toBe('|');
    const quoted = await validateText('id,nom\n1,"a;b;c;d"\n2,"e;f;g"\n', schema);
    expect(quoted.delimiter).toBe(',');
    expect(quoted.errors).toEqual([]);
    const forced = await validateText('id;nom\n1;x\n', schema, { delimiter: ',' });
    expect(brief(forced)).toEqual(['incorrect-label@1:1', 'missing-label@1:2', 'type-error@2:1']);
  });

  it('counts a record with quoted line breaks as one row, with CRLF, LF or CR', async () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const csv = ['id,nom', '1,"two', 'lines"', '2,"say ""hi"""', 'x,after'].join(eol) + eol;
      for (const chunk of [1, 3, 64]) {
        const report = await validateText(csv, schema, { chunk });
        expect(brief(report), JSON.stringify(eol)).toEqual(['type-error@4:1']);
        expect(report.stats.rows).toBe(3);
      }
    }
  });

  it('counts bytes and reads a file without a final line break', async () => {
    const csv = 'id,nom\n1,a\nx,b';
    const report = await validateText(csv, schema);
    expect(report.stats.bytes).toBe(Buffer.byteLength(csv));
    expect(brief(report)).toEqual(['type-error@3:1']);
  });
});
