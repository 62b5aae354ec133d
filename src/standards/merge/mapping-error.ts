// A mapping that cannot be used: names the mapping file and the key path, in both languages.
import type { UiLang } from '../../core/langstring.js';

export class MappingError extends Error {
  constructor(
    /** The mapping file's name. */
    readonly file: string,
    /** Key path in the mapping (`columns.issue_date.date`), empty for the whole file. */
    readonly keyPath: string,
    readonly text: { en: string; fr: string },
  ) {
    super(MappingError.sentence(file, keyPath, text.en, 'en'));
    this.name = 'MappingError';
  }

  static sentence(file: string, keyPath: string, text: string, lang: UiLang): string {
    const colon = lang === 'fr' ? ' : ' : ': ';
    return `${file}${keyPath ? `${colon}${keyPath}` : ''}${colon}${text}`;
  }

  localized(lang: UiLang): string {
    return MappingError.sentence(this.file, this.keyPath, this.text[lang], lang);
  }
}
