// Every message the command line prints, in English and French.
import type { UiLang } from '../core/langstring.js';

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

const messages = {
  harvestStart: { en: (p: Params) => `harvest ${p.mode}: ${p.count} source(s)`, fr: (p: Params) => `moissonnage ${p.mode === 'full' ? 'complet' : 'incrémentiel'} : ${p.count} source(s)` },
  jobStart: { en: (p: Params) => `${p.source}: started`, fr: (p: Params) => `${p.source} : commencé` },
  jobProgress: {
    en: (p: Params) => `${p.source}: ${p.seen}${p.total ? `/${p.total}` : ''} records seen, ${p.rate} records/s`,
    fr: (p: Params) => `${p.source} : ${p.seen}${p.total ? `/${p.total}` : ''} fiches vues, ${p.rate} fiches/s`,
  },
  jobEnd: {
    en: (p: Params) => `${p.source}: ${p.status} in ${p.seconds} s: ${p.seen} seen, ${p.added} added, ${p.updated} updated, ${p.unchanged} unchanged, ${p.withdrawn} withdrawn, ${p.skipped} skipped, ${p.failed} failed${p.clusters ? `, ${p.clusters}` : ''} (job ${p.job})`,
    fr: (p: Params) => `${p.source} : ${p.status} en ${p.seconds} s : ${p.seen} vues, ${p.added} ajoutées, ${p.updated} mises à jour, ${p.unchanged} inchangées, ${p.withdrawn} retirées, ${p.skipped} écartées, ${p.failed} en échec${p.clusters ? `, ${p.clusters}` : ''} (tâche ${p.job})`,
  },
  jobClusters: {
    en: (p: Params) => `in ${p.total} cluster(s) with other sources (${p.formed} new)`,
    fr: (p: Params) => `dans ${p.total} regroupement(s) avec d’autres sources (${p.formed} nouveau(x))`,
  },
  jobError: { en: (p: Params) => `${p.source}: error: ${p.error}`, fr: (p: Params) => `${p.source} : erreur : ${p.error}` },
  jobFlagged: { en: (p: Params) => `${p.source}: flagged: ${p.reason}`, fr: (p: Params) => `${p.source} : signalé : ${p.reason}` },
  purged: { en: (p: Params) => `${p.count} withdrawn record(s) purged after the grace period`, fr: (p: Params) => `${p.count} fiche(s) retirée(s) purgée(s) après le délai de grâce` },
  sourceBusy: {
    en: (p: Params) => `${p.source}: not started: another run holds its harvest lock (job ${p.job}, process ${p.owner}, since ${p.since}, last sign of life ${p.heartbeat})`,
    fr: (p: Params) => `${p.source} : non commencée : une autre exécution détient son verrou de moissonnage (tâche ${p.job}, processus ${p.owner}, depuis ${p.since}, dernier signe de vie ${p.heartbeat})`,
  },
  stoppingHarvest: {
    en: (p: Params) => `${p.signal}: stopping at the end of the current page (at most ${p.seconds} s); send it again to stop at once`,
    fr: (p: Params) => `${p.signal} : arrêt à la fin de la page en cours (au plus ${p.seconds} s); renvoyez-le pour arrêter tout de suite`,
  },
  recovered: {
    en: (p: Params) => `${p.count} job(s) left running by a process that is gone marked failed (interrupted): ${p.jobs}`,
    fr: (p: Params) => `${p.count} tâche(s) laissée(s) en cours par un processus disparu marquée(s) en échec (interrompue) : ${p.jobs}`,
  },
  storeSound: {
    en: (p: Params) => `${p.path}: sound (SQLite integrity check and Federa's invariants): ${p.datasets} active and ${p.withdrawn} withdrawn dataset(s), ${p.clusters} cluster(s), ${p.jobs} job(s), ${p.locks} harvest lock(s)`,
    fr: (p: Params) => `${p.path} : intègre (vérification d’intégrité SQLite et invariants de Federa) : ${p.datasets} jeu(x) de données actif(s) et ${p.withdrawn} retiré(s), ${p.clusters} regroupement(s), ${p.jobs} tâche(s), ${p.locks} verrou(s) de moissonnage`,
  },
  storeBroken: {
    en: (p: Params) => `${p.path}: BROKEN: ${p.count} problem(s):`,
    fr: (p: Params) => `${p.path} : ENDOMMAGÉ : ${p.count} problème(s) :`,
  },
  harvestFailed: { en: (p: Params) => `${p.count} source(s) failed`, fr: (p: Params) => `${p.count} source(s) en échec` },
  noResults: { en: () => 'No results.', fr: () => 'Aucun résultat.' },
  resultsHeader: {
    en: (p: Params) => `${p.total} result(s), page ${p.page}`,
    fr: (p: Params) => `${p.total} résultat(s), page ${p.page}`,
  },
  machineTranslated: { en: () => 'machine-translated', fr: () => 'traduction automatique' },
  alsoAvailableFrom: { en: (p: Params) => `also available from: ${p.sources}`, fr: (p: Params) => `aussi offert par : ${p.sources}` },
  noSources: { en: () => 'No sources.', fr: () => 'Aucune source.' },
  neverHarvested: { en: () => 'never harvested', fr: () => 'jamais moissonnée' },
  jobNotFound: { en: (p: Params) => `no job "${p.id}"`, fr: (p: Params) => `aucune tâche « ${p.id} »` },
  serving: {
    en: (p: Params) => `Federa is serving ${p.count} dataset(s) at ${p.url} (API: ${p.url}/api/v1/datasets)`,
    fr: (p: Params) => `Federa sert ${p.count} jeu(x) de données à ${p.url} (API : ${p.url}/api/v1/datasets)`,
  },
  emptyCatalogue: {
    en: (p: Params) => `the catalogue is empty: harvesting ${p.count} source(s) in the background`,
    fr: (p: Params) => `le catalogue est vide : moissonnage de ${p.count} source(s) en arrière-plan`,
  },
  demoPortals: {
    en: (p: Params) => `${p.count} simulated portals of every kind on loopback:${p.list}`,
    fr: (p: Params) => `${p.count} portails simulés de tous les types en boucle locale :${p.list}`,
  },
  demoRecords: {
    en: (p: Params) => `--records "${p.value}": expected a whole number of at least ${p.minimum} (one record per simulated portal)`,
    fr: (p: Params) => `--records « ${p.value} » : nombre entier d’au moins ${p.minimum} attendu (une fiche par portail simulé)`,
  },
  stopping: { en: () => 'stopping…', fr: () => 'arrêt…' },
  invalidFilter: {
    en: (p: Params) => `--filter "${p.value}": expected KEY=VALUE with KEY one of ${p.keys}`,
    fr: (p: Params) => `--filter « ${p.value} » : attendu CLÉ=VALEUR, où CLÉ est l’une de ${p.keys}`,
  },
  error: { en: (p: Params) => `error: ${p.message}`, fr: (p: Params) => `erreur : ${p.message}` },
  detected: {
    en: (p: Params) => `${p.url}: a ${p.kind} portal${p.title ? ` ("${p.title}")` : ''}${p.count !== '' ? `, ${p.count} record(s)` : ''} (${p.evidence})`,
    fr: (p: Params) => `${p.url} : un portail ${p.kind}${p.title ? ` (« ${p.title} »)` : ''}${p.count !== '' ? `, ${p.count} fiche(s)` : ''} (${p.evidence})`,
  },
  alsoDetected: { en: (p: Params) => `also answers as: ${p.kinds}`, fr: (p: Params) => `répond aussi comme : ${p.kinds}` },
  entryHeader: { en: () => 'A sources.yaml entry (check the lines marked "check"):', fr: () => 'Une entrée de sources.yaml (vérifiez les lignes marquées « check ») :' },
  notDetected: {
    en: (p: Params) => `${p.url}: no portal recognized. Tried:`,
    fr: (p: Params) => `${p.url} : aucun portail reconnu. Essais :`,
  },
  previewHeader: {
    en: (p: Params) => `${p.source}: ${p.count} record(s) previewed${p.total !== '' ? ` of ${p.total}` : ''}; nothing was written`,
    fr: (p: Params) => `${p.source} : ${p.count} fiche(s) en aperçu${p.total !== '' ? ` sur ${p.total}` : ''}; rien n’a été écrit`,
  },
  previewSkipped: { en: (p: Params) => `skipped: ${p.reason}`, fr: (p: Params) => `écartée : ${p.reason}` },
  previewProblem: { en: (p: Params) => `problem: ${p.reason}`, fr: (p: Params) => `problème : ${p.reason}` },
  unknownSourceOrUrl: {
    en: (p: Params) => `"${p.value}" is neither a source of ${p.file} nor an http(s) URL`,
    fr: (p: Params) => `« ${p.value} » n’est ni une source de ${p.file} ni une URL http(s)`,
  },
  tokenRole: {
    en: (p: Params) => `--role "${p.value}": expected one of ${p.roles}`,
    fr: (p: Params) => `--role « ${p.value} » : attendu l’un de ${p.roles}`,
  },
  tokenName: {
    en: (p: Params) => `--name: expected 1 to ${p.max} printable characters`,
    fr: (p: Params) => `--name : de 1 à ${p.max} caractères imprimables attendus`,
  },
  tokenCreated: {
    en: (p: Params) => `token ${p.id} (${p.role}) created: it is shown only this once; send it as "Authorization: Bearer <token>"`,
    fr: (p: Params) => `jeton ${p.id} (${p.role}) créé : il n’est affiché que cette fois; envoyez-le comme « Authorization: Bearer <jeton> »`,
  },
  noTokens: { en: () => 'No tokens.', fr: () => 'Aucun jeton.' },
  tokenHeader: { en: () => 'id  role  name  created  last used  state', fr: () => 'id  rôle  nom  créé  dernier usage  état' },
  tokenActive: { en: () => 'active', fr: () => 'actif' },
  tokenNeverUsed: { en: () => 'never used', fr: () => 'jamais utilisé' },
  tokenRevokedAt: { en: (p: Params) => `revoked ${p.at}`, fr: (p: Params) => `révoqué ${p.at}` },
  tokenRevoked: { en: (p: Params) => `token ${p.id} revoked`, fr: (p: Params) => `jeton ${p.id} révoqué` },
  tokenNotFound: { en: (p: Params) => `no token "${p.id}"`, fr: (p: Params) => `aucun jeton « ${p.id} »` },
} satisfies Record<string, Record<UiLang, Template>>;

export type MessageKey = keyof typeof messages;

export function t(lang: UiLang, key: MessageKey, params: Params = {}): string {
  return messages[key][lang](params);
}

export const STATUS_LABELS: Record<string, Record<UiLang, string>> = {
  running: { en: 'running', fr: 'en cours' },
  succeeded: { en: 'succeeded', fr: 'réussie' },
  partial: { en: 'partial', fr: 'partielle' },
  failed: { en: 'failed', fr: 'en échec' },
};
