// Starts killed-portal.mjs as a child process and kills it with SIGKILL once it is midway through a page.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { PortalDescription } from '../../../src/sources/simulators.js';

export interface KilledPortal {
  description: PortalDescription;
  /** From now on, the next page request gets half a page and the process is killed with SIGKILL. */
  dieMidPage(): void;
  /** Resolves with the signal that ended the process. */
  died: Promise<NodeJS.Signals | null>;
  close(): Promise<void>;
}

const SCRIPT = resolve(import.meta.dirname, 'killed-portal.mjs');

export function startKilledPortal(records: number, seed: number): Promise<KilledPortal> {
  const child: ChildProcess = spawn(process.execPath, [SCRIPT, String(records), String(seed)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const died = new Promise<NodeJS.Signals | null>((done) => child.once('exit', (_code, signal) => done(signal)));
  return new Promise((ready, fail) => {
    let out = '';
    child.once('error', fail);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const started = /^READY (.*)$/m.exec(out);
      if (started && out.includes('\n', started.index)) {
        out = out.slice(started.index + started[0].length);
        ready({
          description: JSON.parse(started[1]!) as PortalDescription,
          dieMidPage() {
            child.stdin!.write('slow\n');
          },
          died,
          async close() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
            await died;
          },
        });
      }
      if (/^MIDPAGE$/m.test(out)) child.kill('SIGKILL');
    });
    void died.then(() => fail(new Error(`the killed portal ended before it was ready: ${out}`)));
  });
}
