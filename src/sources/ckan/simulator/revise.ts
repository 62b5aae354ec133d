// The change a test's `update(id)` makes when it gives no fields: a revision note added to the
// description in the record's own language(s), so that the content (and its hash) changes.
import type { CkanPackage, JsonObject, JsonValue } from './ckan-types.js';

function note(lang: string, revision: number): string {
  return lang.startsWith('fr') ? `Révision ${revision}\u00a0: données corrigées.` : `Revision ${revision}: corrected data.`;
}

function appended(text: JsonValue | undefined, addition: string): string {
  return typeof text === 'string' && text.trim() !== '' ? `${text}\n\n${addition}` : addition;
}

/** A copy of `pkg` with `patch` (if any) applied, a note of revision `noted` (if not 0), stamped `modified`. */
export function revise(pkg: CkanPackage, noted: number, modified: string, patch: JsonObject | undefined, language: 'en' | 'fr'): CkanPackage {
  const copy: CkanPackage = { ...pkg };
  if (patch) Object.assign(copy, patch);
  if (noted > 0) {
    const revision = noted;
    const translated = copy.notes_translated;
    if (typeof translated === 'object' && translated !== null && !Array.isArray(translated)) {
      const next: JsonObject = {};
      for (const [tag, text] of Object.entries(translated)) next[tag] = appended(text, note(tag, revision));
      copy.notes_translated = next;
    }
    copy.notes = appended(copy.notes, note(language, revision));
  }
  copy.id = pkg.id;
  copy.metadata_modified = modified;
  return copy;
}
