// What every source is configured with (validated from sources.yaml by `harvest/config`).
import type { Jurisdiction, Publisher } from '../core/dataset.js';
import type { Label } from '../core/langstring.js';

export type PrimaryLanguage = 'en' | 'fr' | 'bilingual';

export interface SourceSettings {
  id: string;
  name: Label;
  type: string;
  /** The portal's base URL (for CKAN, the site root before `/api/3/action`). */
  url: string;
  jurisdiction: Jurisdiction;
  /** Publisher of records that name none. */
  publisher?: Publisher;
  primaryLanguage: PrimaryLanguage;
  /** Licence ids (vocabulary ids from `core/licences`) admitted; empty = all. */
  licenceGate: string[];
  /** Field filters: a record is kept only when every field equals one of the listed values. */
  filters: Record<string, string[]>;
  /** Organization (CKAN `organization.name`; for other kinds the publisher id the kind derives,
   * see each kind) → jurisdiction, for aggregators whose publishers are at several levels
   * (Données Québec carries cities). */
  organizationJurisdictions: Record<string, Jurisdiction>;
  /** Kind-specific options (`options:` in sources.yaml), checked by the kind's `parseOptions`. */
  options?: Record<string, unknown>;
}
