import { setImmediate as tick } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { NextPage } from '../../../../src/sources/ckan/simulator/next-page.js';

const page = (text: string): Buffer[] => [Buffer.from(text)];

describe('next page prepared in advance', () => {
  it('serves the prepared page for its key, once', async () => {
    const next = new NextPage();
    let made = 0;
    next.prepare('page-2', () => {
      made++;
      return page('prepared');
    });
    await tick();
    expect(made).toBe(1);
    expect(next.take('page-2', () => page('made on demand'))[0]?.toString()).toBe('prepared');
    expect(next.take('page-2', () => page('made on demand'))[0]?.toString()).toBe('made on demand');
  });

  it('makes the page asked for when another one was prepared', async () => {
    const next = new NextPage();
    next.prepare('page-2', () => page('prepared'));
    await tick();
    expect(next.take('page-7', () => page('page 7'))[0]?.toString()).toBe('page 7');
  });

  it('does not prepare a page that was asked for before it started', async () => {
    const next = new NextPage();
    let made = 0;
    next.prepare('page-2', () => {
      made++;
      return page('prepared');
    });
    expect(next.take('page-2', () => page('on demand'))[0]?.toString()).toBe('on demand');
    await tick();
    expect(made).toBe(0);
  });
});
