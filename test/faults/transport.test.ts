// Fault injection, transport: sources that do not answer, answer too slowly, answer errors, die
// mid-page or send too much. Each fails its own job only; every record harvested before stays.
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer } from './fake-ckan.js';
import { expectContained, faultHarness, harvestBothThenGrowSteady, TIMEOUT_MS, type FaultHarness } from './harness.js';

let h: FaultHarness;
beforeEach(async () => {
  h = await faultHarness();
  await harvestBothThenGrowSteady(h);
});
afterEach(() => h.close());

const searchUrl = () => `${h.hostile.url}api/3/action/package_search`;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('a source that turns hostile at the transport level', () => {
  it('no response at all: the job fails on the time-out, naming the URL', async () => {
    h.hostile.turn(() => true); // never answers
    const job = await expectContained(h, await h.run(), new RegExp(`${escaped(searchUrl())}.*timed out after ${TIMEOUT_MS} ms`), 'failed');
    expect(job.error).toMatch(/after 2 attempts/);
  });

  it('a body trickling byte by byte: the job fails on the time-out instead of hanging', async () => {
    let bytesSent = 0;
    h.hostile.turn((_url, _req, res, healthy) => {
      const body = JSON.stringify(healthy());
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => {
        if (bytesSent >= body.length) return clearInterval(timer);
        res.write(body[bytesSent++]);
      }, 20);
      res.on('close', () => clearInterval(timer));
      return true;
    });
    await expectContained(h, await h.run(), new RegExp(`${escaped(searchUrl())}.*timed out after ${TIMEOUT_MS} ms`), 'failed');
    expect(bytesSent).toBeGreaterThan(0);
  });

  it.each([500, 502, 503])('HTTP %i on every try: the job fails after its retries with the status', async (status) => {
    h.hostile.turn((_url, _req, res) => answer(res, status, { 'content-type': 'text/plain' }, 'Service trouble'));
    const job = await expectContained(h, await h.run(), new RegExp(`${escaped(searchUrl())}.*after 2 attempts: HTTP ${status}: Service trouble`), 'failed');
    expect(h.hostile.requests.filter((u) => u.pathname.endsWith('package_search')).length).toBeGreaterThanOrEqual(2 + 2); // two runs: the first listing and two tries
    expect(job.counts.seen).toBe(0);
  });

  it('HTTP 429 with Retry-After: waits as asked, then fails; a Retry-After of a day fails at once', async () => {
    h.hostile.turn((_url, _req, res) => answer(res, 429, { 'retry-after': '7' }));
    await expectContained(h, await h.run(), /after 2 attempts: HTTP 429/, 'failed');
    expect(h.waits).toContain(7000);
    h.hostile.turn((_url, _req, res) => answer(res, 429, { 'retry-after': '86400' }));
    h.waits.length = 0;
    const requestsBefore = h.hostile.requests.length;
    const again = await h.run();
    expect(again.jobs.find((j) => j.sourceId === 'hostile')?.error).toMatch(/HTTP 429 asks to retry after 86400 s, longer than allowed/);
    expect(h.hostile.requests.length - requestsBefore).toBe(1);
    expect(h.waits).not.toContain(86_400_000);
  });

  it('a server killed mid-page: the job fails naming the cut connection', async () => {
    h.hostile.turn((_url, _req, res, healthy) => {
      const body = Buffer.from(JSON.stringify(healthy()));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      res.write(body.subarray(0, body.length >> 1), () => setTimeout(() => h.hostile.kill(), 10));
      return true;
    });
    await expectContained(h, await h.run(), new RegExp(`${escaped(searchUrl())}.*after 2 attempts: cannot read the response: the connection closed before the end of the response`), 'failed');
  });

  it('a response over the size limit: aborted while streaming, long before its end', async () => {
    const limit = 64 * 1024;
    const total = 8 * 1024 * 1024;
    let sent = 0;
    h.hostile.turn((_url, _req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(16 * 1024, 0x20);
      const pump = () => {
        while (sent < total) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
      return true;
    });
    await expectContained(h, await h.run({ maxBodyBytes: limit }), new RegExp(`${escaped(searchUrl())}.*response larger than ${limit} bytes`), 'failed');
    expect(sent).toBeLessThan(total);
  });

  it('a gzip bomb: the decompressed size counts against the default limit of 50 MB', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(1024 * 1024); // only decompression reveals it
    h.hostile.turn((_url, _req, res) => answer(res, 200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }, bomb));
    // Inflating 50 MB takes longer than the suite's short time-out on a busy machine: not a time-out case.
    await expectContained(h, await h.run({ timeoutMs: 30_000 }), new RegExp(`response larger than ${50 * 1024 * 1024} bytes`), 'failed');
  });
});
