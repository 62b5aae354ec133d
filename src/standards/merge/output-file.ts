// Writing the merged table so that an existing file is replaced only by a complete one: a
// temporary file beside it, renamed over it on success, removed on failure.
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

export interface Output {
  write(chunk: Uint8Array): Promise<void>;
  /** Finishes writing; for a file, puts it in place. */
  commit(): Promise<void>;
  /** Leaves any existing file as it was. */
  discard(): Promise<void>;
}

async function writeTo(stream: Writable, chunk: Uint8Array): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/** Opens a temporary file beside `path`; rejects when it cannot be created there. */
export async function fileOutput(path: string): Promise<Output> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const stream = createWriteStream(temp, { flags: 'wx' });
  let failed: Error | undefined;
  stream.on('error', (error) => (failed = error));
  await once(stream, 'open');
  return {
    async write(chunk) {
      if (failed) throw failed;
      await writeTo(stream, chunk);
    },
    async commit() {
      stream.end();
      if (!stream.closed) await once(stream, 'close');
      if (failed) throw failed;
      renameSync(temp, path);
    },
    async discard() {
      stream.destroy();
      if (!stream.closed) await once(stream, 'close').catch(() => undefined);
      rmSync(temp, { force: true });
    },
  };
}

/** Standard output: what is written stays written, so a merge writes nothing before its mappings
 * and headers are checked. */
export function streamOutput(stream: Writable): Output {
  return { write: (chunk) => writeTo(stream, chunk), commit: async () => undefined, discard: async () => undefined };
}
