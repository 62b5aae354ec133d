// CKAN packages from a document rather than a listing: a `package_show` answer, a bare package,
// a list of packages, or a JSON-lines bulk dump (open.canada.ca publishes its catalogue so).
// Each problem names the document (and line) it comes from.
import type { ItemProblem, RemoteItem } from '../source.js';
import { instantOf } from '../common/dates.js';
import { packageRemoteId, text } from './values.js';

export interface PackageDocument {
  items: RemoteItem[];
  problems: ItemProblem[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toItem(value: unknown, where: string, out: PackageDocument): void {
  let pkg = value;
  if (isObject(pkg) && typeof pkg['success'] === 'boolean' && 'result' in pkg) {
    if (pkg['success'] !== true) {
      const error = isObject(pkg['error']) ? text(pkg['error']['message']) : undefined;
      out.problems.push({ reason: `${where}: a failed CKAN action response${error ? ` (${error})` : ''}, not a package` });
      return;
    }
    pkg = pkg['result'];
  }
  if (!isObject(pkg)) {
    out.problems.push({ reason: `${where}: expected a CKAN package (a JSON object), got ${Array.isArray(pkg) ? 'an array' : pkg === null ? 'null' : typeof pkg}` });
    return;
  }
  const remoteId = packageRemoteId(pkg['id'], pkg['name']);
  if (remoteId === undefined) {
    out.problems.push({ reason: `${where}: the package has no "id" (nor "name")` });
    return;
  }
  const modified = instantOf(pkg['metadata_modified']);
  out.items.push(modified === undefined ? { remoteId, raw: pkg } : { remoteId, raw: pkg, modified });
}

function describeJsonError(error: unknown): string {
  // V8 quotes the input in its message: keep the problem on one line.
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
}

/** Reads the packages of a document; `origin` (a file name or URL) names it in problems. */
export function readPackageDocument(content: string, origin: string): PackageDocument {
  const out: PackageDocument = { items: [], problems: [] };
  const body = content.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    out.problems.push({ reason: `${origin}: the document is empty, not CKAN JSON` });
    return out;
  }
  try {
    const value: unknown = JSON.parse(body);
    if (Array.isArray(value)) value.forEach((entry, index) => toItem(entry, `${origin} [${index}]`, out));
    else toItem(value, origin, out);
    return out;
  } catch (error) {
    // Not one JSON value: JSON lines, or not JSON at all.
    const lines = body.split(/\r?\n/);
    if (lines.filter((line) => line.trim() !== '').length < 2 || !body.trimStart().startsWith('{')) {
      const start = body.slice(0, 60).replace(/\s+/g, ' ');
      out.problems.push({ reason: `${origin}: not JSON (${describeJsonError(error)}); it starts with: ${start}` });
      return out;
    }
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (lineError) {
        out.problems.push({ reason: `${origin}, line ${index + 1}: not JSON (${describeJsonError(lineError)})` });
        return;
      }
      toItem(value, `${origin}, line ${index + 1}`, out);
    });
    return out;
  }
}
