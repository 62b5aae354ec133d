// Reading a JSON answer: a byte order mark is no reason to refuse it; NUL bytes and other raw
// control characters are, with the URL and where.
import { describe, expect, it } from 'vitest';
import { parseJsonBody } from '../../src/sources/http.js';

const answer = (body: string) => ({ url: 'http://portal.test/api/3/action/package_search', status: 200, headers: {}, body });

describe('parseJsonBody', () => {
  it('ignores a leading byte order mark', () => {
    expect(parseJsonBody(answer('\uFEFF{"success":true,"result":{"count":0,"results":[]}}'))).toEqual({ success: true, result: { count: 0, results: [] } });
  });

  it('refuses raw NUL bytes inside a string, BOM or not, naming the URL', () => {
    for (const body of ['\uFEFF{"title":"a\u0000b"}', '{"title":"a\u0000b"}']) {
      expect(() => parseJsonBody(answer(body))).toThrow(/^response from http:\/\/portal\.test\/api\/3\/action\/package_search is not JSON \(.*control character/);
    }
  });

  it('refuses a second byte order mark or one in the middle', () => {
    expect(() => parseJsonBody(answer('\uFEFF\uFEFF{}'))).toThrow(/is not JSON/);
    expect(() => parseJsonBody(answer('{"a":\uFEFF1}'))).toThrow(/is not JSON/);
  });
});
