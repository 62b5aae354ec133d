// Who published a Socrata asset: the site's own publisher or department field when it has one
// (`Common-Core_Publisher`, `Dataset-Information_Department`), else the asset's attribution
// ("Data provided by"), else the source's publisher. The account that owns the asset
// (`owner.display_name`) is a person or a team login, not a publisher.
// The publisher id is the slug of its name: `organizationJurisdictions` is keyed by it.
import type { Jurisdiction, Publisher } from '../../core/dataset.js';
import { collapseWhitespace } from '../../core/text.js';
import { foldKey } from '../../core/vocab-key.js';
import type { SourceSettings } from '../settings.js';
import { first, type DomainMetadata } from './domain-metadata.js';
import { slugOf, text } from './values.js';

function sameName(publisher: Publisher, name: string): boolean {
  const key = foldKey(name);
  return Object.values(publisher.name).some((n) => n !== undefined && foldKey(n) === key);
}

export function publisherOf(metadata: DomainMetadata, attribution: unknown, settings: SourceSettings, untaggedTag: string): Publisher | undefined {
  const said = first(metadata, 'publisher', 'department') ?? text(attribution);
  if (said === undefined) return settings.publisher;
  const name = collapseWhitespace(said);
  // The portal's own government named in full is the configured publisher, with its bilingual name.
  if (settings.publisher && sameName(settings.publisher, name)) return settings.publisher;
  return { id: slugOf(name), name: { [untaggedTag]: name } };
}

export function jurisdictionOf(publisher: Publisher | undefined, settings: SourceSettings): Jurisdiction {
  return (publisher ? settings.organizationJurisdictions[publisher.id] : undefined) ?? settings.jurisdiction;
}
