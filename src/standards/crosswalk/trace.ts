// Records every location a mapping reads in a raw record, present or not, by handing it the
// record wrapped in Proxies.
import type { Loc } from './locations.js';

export interface Reads {
  /** Locations read that hold a value. */
  present: Loc[];
  /** Locations read that the record does not have (fallback alternatives, optional fields). */
  absent: Loc[];
}

// Properties that language features and libraries look up on any object: not fields.
const NOT_FIELDS = new Set(['toJSON', 'then', 'constructor', '__proto__', '$$typeof', 'asymmetricMatch', 'nodeType', 'length', 'prototype', 'valueOf', 'toString']);

function isInherited(target: object, key: string): boolean {
  return !Object.hasOwn(target, key) && key in target;
}

/** Maps `raw` through `read` while recording what it reads. */
export function traceReads<T>(raw: unknown, read: (proxied: unknown) => T): { result: T; reads: Reads } {
  const present = new Map<string, Loc>();
  const absent = new Map<string, Loc>();
  const proxies = new WeakMap<object, unknown>();

  const wrap = (value: unknown, loc: Loc): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const known = proxies.get(value);
    if (known !== undefined) return known;
    const proxy = new Proxy(value, {
      get(target, key, receiver) {
        const out: unknown = Reflect.get(target, key, receiver);
        if (typeof key !== 'string' || NOT_FIELDS.has(key) || isInherited(target, key)) return out;
        const at: Loc = [...loc, Array.isArray(target) && /^\d+$/.test(key) ? Number(key) : key];
        const id = JSON.stringify(at);
        // A field set to null says no more than an absent one: it is listed and probed alike.
        if (Object.hasOwn(target, key) && out !== null && out !== undefined) {
          if (!present.has(id)) present.set(id, at);
          return wrap(out, at);
        }
        if (!absent.has(id)) absent.set(id, at);
        return out;
      },
      has(target, key) {
        const found = Reflect.has(target, key);
        if (typeof key === 'string' && !NOT_FIELDS.has(key) && !found) {
          const at: Loc = [...loc, key];
          absent.set(JSON.stringify(at), at);
        }
        return found;
      },
    });
    proxies.set(value, proxy);
    return proxy;
  };

  const result = read(wrap(raw, []));
  return { result, reads: { present: [...present.values()], absent: [...absent.values()] } };
}
