import { describe, expect, it } from 'vitest';
import { jsonArrayItems } from '../../../src/sources/opendatasoft/json-array.js';

async function* chunksOf(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function items(text: string, size = 7): Promise<string[]> {
  const out: string[] = [];
  for await (const item of jsonArrayItems(chunksOf(text, size), 'the test document')) out.push(item);
  return out;
}

describe('items of a streamed JSON array', () => {
  const doc = '\ufeff [ {"a": "x,]}\\"y", "b": [1, {"c": "é"}]} ,\n{"d": null}, 3, "s]", [4, [5]], {"p": "C:\\\\dir\\\\", "q": "\\\\\\"]"} ]  \n';

  it.each([1, 2, 3, 7, 64, 4096])('splits the same items whatever the chunk size (%i bytes)', async (size) => {
    const found = await items(doc, size);
    expect(found.map((t) => JSON.parse(t) as unknown)).toEqual([{ a: 'x,]}"y', b: [1, { c: 'é' }] }, { d: null }, 3, 's]', [4, [5]], { p: 'C:\\dir\\', q: '\\"]' }]);
  });

  it('reads an empty array', async () => {
    expect(await items('[]')).toEqual([]);
    expect(await items(' [ \n ] ')).toEqual([]);
  });

  it('rejects what is not an array, is cut short or goes on after it', async () => {
    await expect(items('{"results": []}', 64)).rejects.toThrow('the test document is not a JSON array: it starts with "{"results": []}"');
    await expect(items('[{"a": 1}, {"b": ')).rejects.toThrow('the test document ended before its array closed (after 1 items): the transfer was cut short');
    await expect(items('')).rejects.toThrow('the test document is empty: a JSON array was expected');
    await expect(items('[1] [2]', 64)).rejects.toThrow('the test document has content after its array: "[2]"');
    await expect(items('[{"a": 1}}]')).rejects.toThrow('an unmatched "}" in item 1');
  });
});
