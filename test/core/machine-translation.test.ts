import { describe, expect, it } from 'vitest';
import {
  isTranslationPlaceholder,
  reconcileLangString,
  reconcileLangStrings,
  reconcileTranslation,
  stripMachineTranslationNotice,
} from '../../src/core/machine-translation.js';

// The notice exactly as open.canada.ca's federated geospatial records end their French texts.
const NOTICE = "** Cet élément de métadonnées provenant d’une tierce partie a été traduit à l'aide d'un outil de traduction automatisée (Amazon Translate).**";

describe('stripMachineTranslationNotice', () => {
  it('removes the French notice and says it was French', () => {
    expect(stripMachineTranslationNotice(`Lacs de la province.\n\n${NOTICE}`)).toEqual({ text: 'Lacs de la province.', noticeLang: 'fr' });
  });

  it('accepts straight apostrophes and a missing tool name', () => {
    const variant = "**Cet élément de métadonnées provenant d'une tierce partie a été traduit à l'aide d'un outil de traduction automatisée.**";
    expect(stripMachineTranslationNotice(`Texte ${variant}`)).toEqual({ text: 'Texte', noticeLang: 'fr' });
  });

  it('removes the English counterpart', () => {
    const english = '** This third party metadata element was translated using an automated translation tool (Amazon Translate).**';
    expect(stripMachineTranslationNotice(`Lakes. ${english}`)).toEqual({ text: 'Lakes.', noticeLang: 'en' });
  });

  it('leaves other text alone', () => {
    expect(stripMachineTranslationNotice('Traduction automatique des lois')).toEqual({ text: 'Traduction automatique des lois' });
  });
});

describe('isTranslationPlaceholder', () => {
  it('recognizes a placeholder in a French field', () => {
    expect(isTranslationPlaceholder('fr-t-en', 'Translation of Property Transfer Tax Data 2022')).toBe(true);
    expect(isTranslationPlaceholder('fr', 'Translation of BC')).toBe(true);
  });

  it('does not treat English text as a placeholder', () => {
    expect(isTranslationPlaceholder('en', 'Translation of the Statutes')).toBe(false);
  });

  it('does not flag French that merely mentions translation', () => {
    expect(isTranslationPlaceholder('fr', 'Traduction des lois')).toBe(false);
  });
});

describe('reconcileTranslation', () => {
  it('drops placeholders, even followed by the notice', () => {
    expect(reconcileTranslation('fr', `Translation of All available bathymetry\n\n${NOTICE}`)).toBeUndefined();
  });

  it('retags French text carrying the notice as fr-t-en', () => {
    expect(reconcileTranslation('fr', `Bathymétrie du lac.\n\n${NOTICE}`)).toEqual({ tag: 'fr-t-en', text: 'Bathymétrie du lac.' });
  });

  it('keeps an explicit transform tag', () => {
    expect(reconcileTranslation('fr-t-en', `Bathymétrie.${NOTICE}`)).toEqual({ tag: 'fr-t-en', text: 'Bathymétrie.' });
  });

  it('tags untagged text with the notice by the notice language', () => {
    expect(reconcileTranslation('und', `Bathymétrie. ${NOTICE}`)).toEqual({ tag: 'fr-t-en', text: 'Bathymétrie.' });
  });

  it('leaves human text as it is', () => {
    expect(reconcileTranslation('fr', 'Registres d’immigration')).toEqual({ tag: 'fr', text: 'Registres d’immigration' });
  });
});

describe('reconcileLangString', () => {
  it('applies the rules to each language', () => {
    expect(
      reconcileLangString({
        en: 'Property Transfer Tax Data 2022',
        'fr-t-en': 'Translation of Property Transfer Tax Data 2022',
      }),
    ).toEqual({ en: 'Property Transfer Tax Data 2022' });
  });

  it('never lets a machine translation replace a text already under its tag', () => {
    expect(reconcileLangString({ 'fr-t-en': 'Lacs', fr: `Autre ${NOTICE}` })).toEqual({ 'fr-t-en': 'Lacs' });
  });
});

describe('reconcileLangStrings', () => {
  it('drops placeholder keywords one by one and empty lists', () => {
    expect(
      reconcileLangStrings({
        en: ['gas', 'tenure'],
        'fr-t-en': ['Translation of gas', 'Translation of tenure'],
        fr: ['gaz', 'Translation of tenure'],
      }),
    ).toEqual({ en: ['gas', 'tenure'], fr: ['gaz'] });
  });
});
