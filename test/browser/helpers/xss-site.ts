// The corpus portal harvested by the built CLI into a temporary database, then served by
// `federa serve` in its own process, as a user would run them.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCkanServer, StaticCatalogue, type CkanServer } from '../../../src/sources/ckan/simulator/index.js';
import { CLI, runCli, type CliResult } from '../../helpers/cli.js';
import { XSS_CORPUS } from './xss-corpus.js';
import { corpusPackages, XSS_SOURCE } from './xss-portal.js';

export interface XssSite {
  /** The web server, without a trailing slash. */
  url: string;
  db: string;
  harvest: CliResult;
  /** Runs the built CLI on the site's database. */
  cli(args: string[], env?: NodeJS.ProcessEnv): Promise<CliResult>;
  close(): Promise<void>;
}

function config(portalUrl: string): string {
  // JSON is YAML: the CLI reads it as a sources.yaml.
  return JSON.stringify({
    harvest: { retries: 0, timeout: '10s' },
    sources: [
      {
        id: XSS_SOURCE,
        // An operator's or an editor's text, shown on the same pages: escaped like harvested text.
        name: { en: `Corpus portal ${XSS_CORPUS[0]!.text}`, fr: `Portail du corpus ${XSS_CORPUS[8]!.text}` },
        type: 'ckan',
        url: portalUrl,
        jurisdiction: { level: 'municipal', code: 'CA-NS', municipality: 'Halifax' },
        primaryLanguage: 'en',
        schedule: 'manual',
        allowPrivateNetwork: true,
      },
    ],
  });
}

function serve(configPath: string, db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--config', configPath, '--db', db, '--port', '0', '--host', '127.0.0.1'], {
    env: { ...process.env, FEDERA_LANG: 'en' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`federa serve printed no serving line in 60 s: ${stderr}`));
    }, 60_000);
    child.on('exit', (code) => reject(new Error(`federa serve exited (${code}): ${stderr}`)));
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      const m = /serving \d+ dataset\(s\) at (http:\/\/[\d.:]+)/.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    });
  });
}

export async function startXssSite(): Promise<XssSite> {
  const portal: CkanServer = await startCkanServer(new StaticCatalogue(corpusPackages()), { siteTitle: 'Corpus portal' });
  const dir = mkdtempSync(join(tmpdir(), 'federa-xss-'));
  const db = join(dir, 'federa.db');
  const configPath = join(dir, 'sources.yaml');
  let child: ChildProcess | undefined;
  const close = async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await portal.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    writeFileSync(configPath, config(portal.url));
    const harvest = await runCli(['harvest', '--config', configPath, '--db', db]);
    const served = await serve(configPath, db);
    child = served.child;
    child.removeAllListeners('exit');
    return { url: served.url, db, harvest, cli: (args, env) => runCli([...args, '--db', db], env), close };
  } catch (error) {
    await close();
    throw error;
  }
}
