// Text of the Open Data Charter adoption registry, in both languages.
import { messages } from '../../i18n/messages.js';

const adoptionsEn = (n: number, count: string) => `${count} ${n === 1 ? 'adoption' : 'adoptions'}`;
// French counts 0 and 1 in the singular.
const adoptionsFr = (n: number, count: string) => `${count} ${n < 2 ? 'adoption' : 'adoptions'}`;

export const charterText = messages({
  title: { en: 'Open Data Charter adoptions', fr: 'Adoptions de la Charte internationale sur les données ouvertes' },
  intro: {
    en: 'Governments in Canada that adopted the International Open Data Charter, with the instrument and its evidence.',
    fr: 'Les gouvernements du Canada qui ont adopté la Charte internationale sur les données ouvertes, avec l’instrument et sa preuve.',
  },
  level: { en: 'Level of government', fr: 'Ordre de gouvernement' },
  region: { en: 'Province or territory', fr: 'Province ou territoire' },
  government: { en: 'Government', fr: 'Gouvernement' },
  date: { en: 'Date', fr: 'Date' },
  instrument: { en: 'Instrument', fr: 'Instrument' },
  evidence: { en: 'Evidence', fr: 'Preuve' },
  evidenceLink: { en: (p) => `Evidence of the adoption by ${p.name}`, fr: (p) => `Preuve de l’adoption par ${p.name}` },
  tableCaption: { en: (p) => `Adoptions (${p.count})`, fr: (p) => `Adoptions (${p.count})` },
  none: { en: 'No adoption matches.', fr: 'Aucune adoption ne correspond.' },
  mapCaption: { en: 'Adoptions by province and territory (municipalities in their province)', fr: 'Adoptions par province et territoire (municipalités dans leur province)' },
  regionCount: { en: (p) => `${p.name}: ${adoptionsEn(Number(p.n), String(p.count))}`, fr: (p) => `${p.name}\u00a0: ${adoptionsFr(Number(p.n), String(p.count))}` },
  legendTitle: { en: 'Adoptions per region', fr: 'Adoptions par région' },
  tableSummary: { en: 'Adoptions by province and territory, as a table', fr: 'Adoptions par province et territoire, en tableau' },
  countHeader: { en: 'Adoptions', fr: 'Adoptions' },
  badRegion: {
    en: (p) => `region: "${p.value}" is not a province or territory code (such as CA-ON).`,
    fr: (p) => `region : « ${p.value} » n’est pas un code de province ou de territoire (comme CA-ON).`,
  },
  untitled: { en: 'Unnamed government', fr: 'Gouvernement sans nom' },
  allAdoptions: { en: 'All adoptions', fr: 'Toutes les adoptions' },
  addAdoption: { en: 'Add an adoption', fr: 'Ajouter une adoption' },
  editAdoption: { en: 'Edit this adoption', fr: 'Modifier cette adoption' },
});
