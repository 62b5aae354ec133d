// The sources.yaml of simulated CKAN portals on loopback, as tests of the command line write it.
import { writeFileSync } from 'node:fs';

export interface PortalEntry {
  id: string;
  url: string;
  primaryLanguage: string;
  jurisdiction: object;
}

/** One `sources:` entry of a CKAN portal the harvester may reach on loopback; `extra` lines are
 * added to it as they are (`    schedule: manual`). */
export function ckanSourceYaml(portal: PortalEntry, extra: string[] = []): string {
  return [
    `  - id: ${portal.id}`,
    `    name: { en: ${portal.id}, fr: ${portal.id} }`,
    '    type: ckan',
    `    url: ${portal.url}`,
    `    jurisdiction: ${JSON.stringify(portal.jurisdiction)}`,
    `    primaryLanguage: ${portal.primaryLanguage}`,
    '    allowPrivateNetwork: true',
    ...extra,
  ].join('\n');
}

/** Writes `file` with a `harvest:` line (`{ retries: 0, timeout: 5s }`) and these portals' entries. */
export function writeCkanSources(file: string, portals: PortalEntry[], options: { harvest?: string; extra?: string[] } = {}): string {
  writeFileSync(file, ['harvest: ' + (options.harvest ?? '{ retries: 0, timeout: 5s }'), 'sources:', ...portals.map((p) => ckanSourceYaml(p, options.extra)), ''].join('\n'));
  return file;
}
