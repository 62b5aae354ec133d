// The messages of `federa community`, in English and French.
import type { UiLang } from '../core/langstring.js';

type Params = Record<string, string | number>;

const messages = {
  importFormat: { en: (p: Params) => `${p.file}: read as ${p.format}`, fr: (p: Params) => `${p.file} : lu comme ${p.format}` },
  importSaved: {
    en: (p: Params) => `${p.kind}: ${p.created} created, ${p.updated} updated, ${p.unchanged} unchanged`,
    fr: (p: Params) => `${p.kind} : ${p.created} créé(s), ${p.updated} mis à jour, ${p.unchanged} inchangé(s)`,
  },
  importProgress: { en: (p: Params) => `progress: ${p.appended} new row(s), ${p.unchanged} already there`, fr: (p: Params) => `progrès : ${p.appended} nouvelle(s) ligne(s), ${p.unchanged} déjà présente(s)` },
  importProblems: { en: (p: Params) => `${p.count} problem(s), each named below`, fr: (p: Params) => `${p.count} problème(s), chacun nommé ci-dessous` },
  importClean: { en: () => 'no problems', fr: () => 'aucun problème' },
  unreadable: { en: (p: Params) => `cannot read ${p.file}: ${p.reason}`, fr: (p: Params) => `impossible de lire ${p.file} : ${p.reason}` },
  badFormat: { en: (p: Params) => `--format ${p.value}: expected one of ${p.list}`, fr: (p: Params) => `--format ${p.value} : l’une des valeurs ${p.list} était attendue` },
  badPlan: { en: (p: Params) => `--plan ${p.value}: expected a plan id such as AP_CAN06`, fr: (p: Params) => `--plan ${p.value} : un identifiant de plan comme AP_CAN06 était attendu` },
  badType: { en: (p: Params) => `--type ${p.value}: expected one of ${p.list}`, fr: (p: Params) => `--type ${p.value} : l’une des valeurs ${p.list} était attendue` },
  exported: { en: (p: Params) => `${p.count} ${p.type} row(s) written to ${p.file}`, fr: (p: Params) => `${p.count} ligne(s) ${p.type} écrite(s) dans ${p.file}` },
  seeded: { en: (p: Params) => `${p.kind}: ${p.count} added`, fr: (p: Params) => `${p.kind} : ${p.count} ajouté(s)` },
  seedNothing: { en: () => 'the seed records were all there already', fr: () => 'les enregistrements de départ étaient déjà tous là' },
} satisfies Record<string, Record<UiLang, (p: Params) => string>>;

export type CommunityMessage = keyof typeof messages;

export function tc(lang: UiLang, key: CommunityMessage, params: Params = {}): string {
  return messages[key][lang](params);
}
