// Sentence templates of dataset descriptions, written in both languages (not translated word
// for word: each says it the way its language does). Slots in braces are filled by `text.ts`.
// The order matters: templates are drawn with Zipf-like weights, the first ones most often.
import type { Label } from '../../../core/langstring.js';

type Pair = readonly [string, string];

function pairs(list: readonly Pair[]): readonly Label[] {
  return list.map(([en, fr]) => ({ en, fr }));
}

/** First sentence of a description. */
export const OPENINGS = pairs([
  ['This dataset contains {fact} {placeIn}, from {y0} to {y1}.', 'Ce jeu de données contient {fact} {placeIn}, de {y0} à {y1}.'],
  ['This dataset presents {the} {placeIn} {breakdown}.', 'Ce jeu de données présente {the} {placeIn} {breakdown}.'],
  ['Information on {the} {placeIn}, published by {orgThe}.', 'Information sur {the} {placeIn}, publiée par {orgThe}.'],
  ['{OrgThe} publishes data on {the} to support {purpose}.', '{OrgThe} publie des données sur {the} afin de soutenir {purpose}.'],
  ['These data describe {the} {placeIn} for {y1}.', 'Ces données décrivent {the} {placeIn} pour {y1}.'],
  ['The dataset provides {fact} for the period {y0} to {y1}.', 'Le jeu de données fournit {fact} pour la période de {y0} à {y1}.'],
]);

/** Sentences that may follow, in any paragraph. */
export const DETAILS = pairs([
  ['Each record includes {fact}.', 'Chaque enregistrement comprend {fact}.'],
  ['The data are presented {breakdown}.', 'Les données sont présentées {breakdown}.'],
  ['{freq}', '{freq}'],
  ['The figures for {y1} are preliminary and may be revised.', 'Les données de {y1} sont provisoires et peuvent être révisées.'],
  ['Personal information has been removed to protect privacy.', 'Les renseignements personnels ont été retirés afin de protéger la vie privée.'],
  ['A data dictionary describes each field.', 'Un dictionnaire de données décrit chacun des champs.'],
  ['Questions about this dataset can be sent to {email}.', 'Pour toute question sur ce jeu de données, écrivez à {email}.'],
  ['The dataset covers the period from {y0} to {y1}.', 'Le jeu de données couvre la période de {y0} à {y1}.'],
  ['Information on {the} comes from the administrative records of {orgThe}.', "L'information sur {the} provient des dossiers administratifs {deOrg}."],
  ['Values are rounded; totals may therefore differ slightly from the sum of their parts.', 'Les valeurs sont arrondies; les totaux peuvent donc différer légèrement de la somme de leurs composantes.'],
  ['Data before {yMid} were compiled using a different method, so comparisons over time should be made with caution.', 'Les données antérieures à {yMid} ont été compilées selon une méthode différente; les comparaisons dans le temps doivent donc être faites avec prudence.'],
  ['Geographic boundaries are those in effect on January 1, {y1}.', 'Les limites géographiques sont celles en vigueur au 1er janvier {y1}.'],
  ['Coordinates are expressed in {crs}.', 'Les coordonnées sont exprimées en {crs}.'],
  ['This information supports {purpose}.', 'Ces renseignements soutiennent {purpose}.'],
  ['Cells with fewer than five observations are suppressed for confidentiality.', 'Les cellules comptant moins de cinq observations sont supprimées pour des raisons de confidentialité.'],
  ['The {y1} edition adds {fact}.', "L'édition {y1} ajoute {fact}."],
  ['Users are encouraged to cite the source when they reuse the data.', 'Les utilisateurs sont invités à citer la source lorsqu’ils réutilisent les données.'],
  ['Earlier years are available on request.', 'Les années antérieures sont disponibles sur demande.'],
  ['Some records have incomplete addresses and could not be geocoded.', "Certains enregistrements ont des adresses incomplètes et n'ont pas pu être géocodés."],
  ['Monthly figures are seasonally adjusted.', 'Les données mensuelles sont désaisonnalisées.'],
  ['The methodology is described in the accompanying guide.', "La méthodologie est décrite dans le guide d'accompagnement."],
  ['Records are validated by {orgThe} before publication.', 'Les enregistrements sont validés par {orgThe} avant leur publication.'],
  ['Where a value was not reported, the cell is left empty.', "Lorsqu'une valeur n'a pas été déclarée, la cellule est laissée vide."],
  ['The dataset replaces the one published in {yMid}.', 'Ce jeu de données remplace celui publié en {yMid}.'],
]);

/** Lead-in of a Markdown list of what the dataset holds. */
export const LIST_LEADS = pairs([
  ['The dataset includes:', 'Le jeu de données comprend\u00a0:'],
  ['Available fields:', 'Champs disponibles\u00a0:'],
  ['Each file gives:', 'Chaque fichier indique\u00a0:'],
]);

/** Items of such lists besides the topic's facts. */
export const LIST_EXTRAS = pairs([
  ['the date of the last update', 'la date de la dernière mise à jour'],
  ['geographic coordinates', 'les coordonnées géographiques'],
  ['a unique identifier for each record', 'un identifiant unique pour chaque enregistrement'],
  ['the source of each value', 'la source de chaque valeur'],
]);

/** A Markdown note with an emphasized label. */
export const NOTES = pairs([
  ['**Note:** the figures for {y1} are preliminary.', '**Remarque\u00a0:** les données de {y1} sont provisoires.'],
  ['**Caution:** the locations are approximate.', '**Attention\u00a0:** les emplacements sont approximatifs.'],
  ['**Important:** the file structure changed in {yMid}.', '**Important\u00a0:** la structure des fichiers a changé en {yMid}.'],
]);

export const PURPOSES = pairs([
  ['evidence-based decision-making', 'la prise de décisions fondées sur des données probantes'],
  ['public reporting', 'la reddition de comptes'],
  ['research and analysis', "la recherche et l'analyse"],
  ['service planning', 'la planification des services'],
  ['emergency preparedness', 'la préparation aux situations d’urgence'],
  ['the monitoring of government programs', 'le suivi des programmes gouvernementaux'],
]);

export const COORDINATE_SYSTEMS = pairs([
  ['NAD83 (CSRS)', 'NAD83 (SCRS)'],
  ['WGS 84 (EPSG:4326)', 'WGS 84 (EPSG:4326)'],
  ['MTM zone 8 (EPSG:32188)', 'MTM fuseau 8 (EPSG:32188)'],
  ['UTM zone 17N (EPSG:26917)', 'UTM fuseau 17N (EPSG:26917)'],
]);

/** Appended by the federal portal's provider to French it machine-translated from provincial records. */
export const MACHINE_TRANSLATION_NOTICE =
  "** Cet élément de métadonnées provenant d’une tierce partie a été traduit à l'aide d'un outil de traduction automatisée (Amazon Translate).**";

/** Title patterns; `{Topic}` is the topic's title form. */
export const TITLE_PATTERNS = pairs([
  ['{Topic}', '{Topic}'],
  ['{Topic} {breakdown}', '{Topic} {breakdown}'],
  ['{Topic} – {place}', '{Topic} – {place}'],
  ['{Topic}, {y0} to {y1}', '{Topic}, {y0} à {y1}'],
  ['{Topic} {breakdown}, {y1}', '{Topic} {breakdown}, {y1}'],
  ['{Topic} {placeIn}, {y1}', '{Topic} {placeIn}, {y1}'],
  ['{Topic}: {y1} annual report', '{Topic}\u00a0: rapport annuel {y1}'],
]);

/** Resource titles by kind of resource. */
export const RESOURCE_TITLES: Readonly<Record<'data' | 'api' | 'document' | 'page', readonly Label[]>> = {
  data: pairs([
    ['{Topic} {y}', '{Topic} {y}'],
    ['{Topic} ({format})', '{Topic} ({format})'],
    ['Data {y}', 'Données {y}'],
    ['{Topic} {breakdown}', '{Topic} {breakdown}'],
    ['Complete dataset', 'Jeu de données complet'],
  ]),
  api: pairs([
    ['{Topic} – map service', '{Topic} – service cartographique'],
    ['Web service ({format})', 'Service Web ({format})'],
  ]),
  document: pairs([
    ['Data dictionary', 'Dictionnaire de données'],
    ['Methodology guide', 'Guide méthodologique'],
    ['{Topic}: annual report {y}', '{Topic}\u00a0: rapport annuel {y}'],
  ]),
  page: pairs([
    ['About {the}', 'À propos {deThe}'],
    ['Interactive map', 'Carte interactive'],
    ['Program page', 'Page du programme'],
  ]),
};
