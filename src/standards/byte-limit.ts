// A cap on the bytes read from a stream: uploads and fetched files past it stop being read.

export class ByteLimitError extends Error {
  constructor(readonly limit: number) {
    super(`larger than ${limit} bytes`);
    this.name = 'ByteLimitError';
  }
}

/** The same chunks, until more than `maxBytes` have come: then it throws a ByteLimitError. */
export async function* limitBytes(body: AsyncIterable<Uint8Array>, maxBytes: number): AsyncIterable<Uint8Array> {
  let bytes = 0;
  for await (const chunk of body) {
    bytes += chunk.length;
    if (bytes > maxBytes) throw new ByteLimitError(maxBytes);
    yield chunk;
  }
}

/** `50 MB` */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1e6)} MB`;
}
