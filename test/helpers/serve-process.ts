// `federa serve` (the built CLI) in a child process on a free port, for end-to-end tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { CLI } from './cli.js';

export interface ServeProcess {
  /** The server's URL, without a trailing slash. */
  url: string;
  child: ChildProcess;
}

/** Starts serve over `config` and `db`; resolves once it says where it listens. */
export function startServeProcess(config: string, db: string): Promise<ServeProcess> {
  const child = spawn(process.execPath, [CLI, 'serve', '--config', config, '--db', db, '--port', '0'], { env: { ...process.env, FEDERA_LANG: 'en' } });
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      const url = /(http:\/\/[^\s)]+)/.exec(stderr)?.[1];
      if (url) resolve({ url: url.replace(/\/$/, ''), child });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}
