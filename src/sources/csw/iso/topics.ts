// ISO 19115 topic categories (`gmd:MD_TopicCategoryCode`) onto the Government of Canada subjects.
// `normalizeSubjects` knows few of these codes (the provincial topics it maps include `biota`,
// `economy`, `environment`, `location`, `society`, but not `farming`, `inlandWaters`,
// `geoscientificInformation`...), so the kind maps them. Where the federal/provincial crosswalk
// relates a topic category to subjects (composing `Topic_TBS`/`Topic` with `Subject_TBS`, and
// reading `Topic` backwards where a subject's own label maps to a category: "Science and
// technology" → geoscientificInformation), the table follows it; the other categories take
// the subject their definition in ISO 19115 names.
import { normalizeSubjects } from '../../../core/subjects.js';

const TOPIC_SUBJECTS: Readonly<Record<string, readonly string[]>> = {
  farming: ['agriculture'],
  biota: ['nature_and_environment'],
  boundaries: ['society_and_culture'],
  climatologymeteorologyatmosphere: ['nature_and_environment'],
  economy: ['economics_and_industry'],
  elevation: ['science_and_technology'],
  environment: ['nature_and_environment'],
  geoscientificinformation: ['science_and_technology'],
  health: ['health_and_safety'],
  imagerybasemapsearthcover: ['science_and_technology'],
  intelligencemilitary: ['military'],
  inlandwaters: ['nature_and_environment'],
  location: ['society_and_culture'],
  oceans: ['nature_and_environment'],
  planningcadastre: ['government_and_politics'],
  society: ['society_and_culture'],
  structure: ['economics_and_industry'],
  transportation: ['transport'],
  utilitiescommunication: ['society_and_culture'],
  // ISO 19115-1:2014 additions.
  extraterrestrial: ['science_and_technology'],
  disaster: ['health_and_safety'],
};

/** `inlandWaters`, `inland_waters`, `Inland Waters` → `inlandwaters`. */
function topicKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, '');
}

/** Subjects of topic category codes (and of other subject words, through `normalizeSubjects`). */
export function subjectsOfTopics(topics: readonly string[], otherValues: readonly string[] = []): string[] {
  const out: string[] = [];
  const unknown: string[] = [];
  for (const topic of topics) {
    const mapped = TOPIC_SUBJECTS[topicKey(topic)];
    if (mapped === undefined) unknown.push(topic);
    for (const id of mapped ?? []) if (!out.includes(id)) out.push(id);
  }
  for (const id of normalizeSubjects([...unknown, ...otherValues])) if (!out.includes(id)) out.push(id);
  return out;
}
