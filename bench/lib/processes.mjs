// What the benchmarks share: a simulator started as a child process, the CLI timed with its peak
// memory, and numbers printed the same way.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** Starts a simulator script; resolves with the child and the JSON of its first stdout line. */
export function startSimulatorProcess(script, args = []) {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolvePromise, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) => resolvePromise({ child, ready: JSON.parse(line) }));
    child.once('exit', (code) => reject(new Error(`simulator exited with ${code}`)));
  });
}

/** Runs the CLI to the end: wall time, CPU seconds and peak RSS (from /proc, polled) and its stderr; rejects on a non-zero exit. */
export function timedCli(cli, args) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '1', FEDERA_LANG: 'en' } });
    let peakKb = 0;
    let cpuTicks = 0;
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.resume();
    const poll = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
        const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
        cpuTicks = Number(stat[11] ?? 0) + Number(stat[12] ?? 0);
      } catch {}
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`federa ${args.join(' ')} exited with ${code}:\n${stderr}`));
      resolvePromise({ ms, cpuSeconds: cpuTicks / 100, peakMb: peakKb / 1024, stderr });
    });
  });
}

export const fmt = (n, d = 0) => n.toLocaleString('en-CA', { maximumFractionDigits: d, minimumFractionDigits: d });
