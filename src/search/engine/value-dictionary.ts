// The distinct values of one facet, numbered densely so that counts and filters are arrays.
import type { Label } from '../../core/langstring.js';

export const LANG_BITS: Record<string, number> = { en: 1, fr: 2, und: 4 };

export class ValueDictionary {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  /** The latest label a record gave the value, when records label it. */
  readonly labels: (Label | undefined)[] = [];
  /** Languages the value was written in (`LANG_BITS`), for keywords. */
  readonly langs: number[] = [];

  get size(): number {
    return this.values.length;
  }

  idOf(value: string): number | undefined {
    return this.ids.get(value);
  }

  intern(value: string, label?: Label, lang?: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
      this.labels.push(label);
      this.langs.push(0);
    } else if (label) {
      this.labels[id] = label;
    }
    if (lang !== undefined) this.langs[id] = (this.langs[id] ?? 0) | (LANG_BITS[lang] ?? LANG_BITS.und!);
    return id;
  }
}
