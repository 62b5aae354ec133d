// Whether a catalogue record is about a standard's kind of data: it declares the standard
// (`conformsTo`), or its title or a keyword names the kind ("building permits", "permis de construire").
import type { DatasetRecord, Distribution } from '../../core/dataset.js';
import { foldKey } from '../../core/vocab-key.js';

export type Evidence = 'conformsTo' | 'title' | 'keyword';

/** A `conformsTo` value names the standard: its bare name, or a URL whose path has
 * `/standards/<name>` (Federa's schema URLs, `.../standards/<name>/schema.json`). */
export function declaresStandard(value: string, name: string): boolean {
  const text = value.trim().toLowerCase();
  if (text === name) return true;
  let path = text;
  try {
    path = new URL(text).pathname;
  } catch {
    // not a URL: a name or a path
  }
  return new RegExp(`(?:^|/)standards/${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:/|\\.json$|$)`).test(path);
}

export function recordDeclares(record: DatasetRecord, name: string): boolean {
  return (record.conformsTo ?? []).some((v) => declaresStandard(v, name)) || record.distributions.some((d) => distributionDeclares(d, name));
}

export function distributionDeclares(distribution: Distribution, name: string): boolean {
  return (distribution.conformsTo ?? []).some((v) => declaresStandard(v, name));
}

// English and French plurals: "permits" and "permit", "collisions routières" and "collision routière".
function stem(word: string): string {
  return word.length > 3 ? word.replace(/[sx]$/, '') : word;
}

function words(text: string): string[] {
  return foldKey(text).split(' ').filter(Boolean).map(stem);
}

/** The phrase's words appear in the text in order, next to each other (plurals folded). */
export function mentions(text: string, phrase: string): boolean {
  const have = words(text);
  const want = words(phrase);
  if (want.length === 0) return false;
  for (let i = 0; i + want.length <= have.length; i++) {
    if (want.every((w, k) => have[i + k] === w)) return true;
  }
  return false;
}

/** Where the record names one of the phrases: its title first, then a keyword. */
export function textEvidence(record: DatasetRecord, phrases: readonly string[]): Evidence | undefined {
  const titles = Object.values(record.title).filter((t): t is string => typeof t === 'string');
  if (phrases.some((p) => titles.some((t) => mentions(t, p)))) return 'title';
  const keywords = Object.values(record.keywords).flatMap((list) => list ?? []);
  if (phrases.some((p) => keywords.some((k) => mentions(k, p)))) return 'keyword';
  return undefined;
}

/** A distribution whose file can be validated as CSV. */
export function isCsvDistribution(distribution: Distribution): boolean {
  if (distribution.format !== undefined) return distribution.format.toUpperCase() === 'CSV';
  if (distribution.mediaType !== undefined && /text\/csv/i.test(distribution.mediaType)) return true;
  return /\.csv(?:$|[?#])/i.test(distribution.url);
}
