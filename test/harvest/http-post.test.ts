// The harvester's client POSTs a body when one is given (CSW GetRecords in XML), with its
// content type, and follows redirects with the same method.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/harvest/fetch/http-client.js';

interface Seen {
  method: string;
  path: string;
  contentType?: string;
  body: string;
}

describe('HTTP client: POST', () => {
  const seen: Seen[] = [];
  let server: Server;
  let base = '';

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        seen.push({ method: req.method ?? '', path: req.url ?? '', ...(req.headers['content-type'] ? { contentType: req.headers['content-type'] } : {}), body });
        if (req.url === '/moved') {
          res.writeHead(307, { location: '/csw' }).end();
          return;
        }
        if (req.url === '/refuse') {
          res.writeHead(405, { 'content-type': 'text/plain' }).end('POST only');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/xml' }).end(`<echo method="${req.method}">${body.length}</echo>`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const client = createHttpClient({ allowPrivateNetwork: true, retries: 0 });
  const body = { text: '<csw:GetRecords xmlns:csw="http://www.opengis.net/cat/csw/2.0.2"/>', contentType: 'application/xml; charset=utf-8' };

  it('sends the body with its content type, with get and stream alike', async () => {
    const response = await client.get(`${base}/csw`, { body });
    expect(response.body).toBe(`<echo method="POST">${body.text.length}</echo>`);
    const streamed = await client.stream(`${base}/csw`, { body });
    let text = '';
    for await (const chunk of streamed.body) text += chunk.toString('utf8');
    expect(text).toContain('method="POST"');
    const posts = seen.filter((s) => s.method === 'POST');
    expect(posts).toHaveLength(2);
    for (const post of posts) {
      expect(post.body).toBe(body.text);
      expect(post.contentType).toBe(body.contentType);
    }
  });

  it('keeps POST across a redirect', async () => {
    seen.length = 0;
    const response = await client.get(`${base}/moved`, { body });
    expect(response.body).toContain('method="POST"');
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual(['POST /moved', 'POST /csw']);
  });

  it('names the method in its errors; without a body it GETs', async () => {
    await expect(client.get(`${base}/refuse`, { body })).rejects.toThrow(/^POST .*\/refuse failed: HTTP 405: POST only/);
    const response = await client.get(`${base}/csw`);
    expect(response.body).toContain('method="GET"');
  });
});
