// Who published a record, and for which jurisdiction. `publisher` is `{name, subOrganizationOf:
// {name, ...}}` (the chain up to the government), or a name alone in DCAT-US 1.0. The publisher
// id is the slug of its name (`Manitoba Maps` → `manitoba-maps`): `organizationJurisdictions`
// keys are those slugs, matched on the publisher first, then on each parent.
import type { Jurisdiction, Publisher } from '../../core/dataset.js';
import { collapseWhitespace } from '../../core/text.js';
import type { SourceSettings } from '../settings.js';
import type { DataJsonDataset } from './types.js';
import { isObject, slugOf, text } from './values.js';

// Deep enough for any real agency chain; a guard against a cyclic or absurd document.
const MAX_CHAIN = 8;

/** The publisher's name, then its parents' names, nearest first. */
export function publisherChain(publisher: DataJsonDataset['publisher']): string[] {
  if (typeof publisher === 'string') {
    const t = text(publisher);
    return t === undefined ? [] : [collapseWhitespace(t)];
  }
  const names: string[] = [];
  let node: unknown = publisher;
  while (isObject(node) && names.length < MAX_CHAIN) {
    const name = text(node['name']);
    if (name !== undefined) names.push(collapseWhitespace(name));
    node = node['subOrganizationOf'];
  }
  return names;
}

// Socrata's data.json names the site's host as every dataset's publisher (`data.calgary.ca`).
const HOST_NAME = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;

export function publisherOf(chain: readonly string[], settings: SourceSettings, tag: string): Publisher | undefined {
  const name = chain[0];
  if (name === undefined) return settings.publisher;
  if (HOST_NAME.test(name) && settings.publisher) return settings.publisher;
  return { id: slugOf(name), name: { [tag]: name } };
}

export function jurisdictionOf(chain: readonly string[], settings: SourceSettings): Jurisdiction {
  for (const name of chain) {
    const configured = settings.organizationJurisdictions[slugOf(name)] ?? settings.organizationJurisdictions[name];
    if (configured) return configured;
  }
  return settings.jurisdiction;
}
