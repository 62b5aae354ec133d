// Locations inside a raw record (a list of keys and array indices) and the edits the crosswalk
// makes there on a copy: removing, replacing and setting a value.

export type Loc = readonly (string | number)[];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function valueAt(root: unknown, loc: Loc): unknown {
  let current = root;
  for (const key of loc) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isRecord(current) && typeof key === 'string') current = current[key];
    else return undefined;
  }
  return current;
}

function parentOf(root: unknown, loc: Loc): { parent: unknown; key: string | number } | undefined {
  const key = loc[loc.length - 1];
  if (key === undefined) return undefined;
  return { parent: valueAt(root, loc.slice(0, -1)), key };
}

/** Removes the value at `loc` (an array element is spliced out). */
export function removeAt(root: unknown, loc: Loc): void {
  const at = parentOf(root, loc);
  if (at === undefined) return;
  if (Array.isArray(at.parent) && typeof at.key === 'number') at.parent.splice(at.key, 1);
  else if (isRecord(at.parent) && typeof at.key === 'string') delete at.parent[at.key];
}

/** Sets the value at `loc` when its parent exists. */
export function setAt(root: unknown, loc: Loc, value: unknown): void {
  const at = parentOf(root, loc);
  if (at === undefined) return;
  if (Array.isArray(at.parent) && typeof at.key === 'number') at.parent[at.key] = value;
  else if (isRecord(at.parent) && typeof at.key === 'string') at.parent[at.key] = value;
}

/** Orders locations so that removing them one after the other never shifts one still to remove:
 * higher indices and deeper locations first. */
export function removalOrder(a: Loc, b: Loc): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return String(x) < String(y) ? -1 : 1;
  }
  return b.length - a.length;
}

export function sameLoc(a: Loc, b: Loc): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

/** A JSON path with array indices collapsed: `resources[].url`. */
export function jsonName(loc: Loc): string {
  let out = '';
  for (const key of loc) {
    if (typeof key === 'number') out += '[]';
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}
