// The three simulated portals of `npm run demo`, the tests and the benchmarks, each described
// with what a sources config needs to harvest it. Like open.canada.ca, the federal portal
// republishes some of the Québec aggregator's records, so that the same dataset comes from two
// sources.
import type { Jurisdiction, Publisher } from '../../../core/dataset.js';
import type { Label } from '../../../core/langstring.js';
import type { PrimaryLanguage, SourceSettings } from '../../settings.js';
import { DEFAULT_SEED, GeneratedCatalogue } from './generated-catalogue.js';
import { PROFILE_NAMES, type ProfileName } from './profiles/index.js';
import { federatedCopy } from './republish.js';
import { startCkanServer, type CkanServer } from './server.js';
import { CITY_ORGANIZATIONS, FEDERATED_GOVERNMENTS, QUEBEC_ORGANIZATIONS } from '../../simulator/vocabulary/organizations.js';

export interface PortalDescriptor {
  /** Source id: `demo-federal`, `demo-quebec`, `demo-city`. */
  id: string;
  profile: ProfileName;
  name: Label;
  /** Base URL (the site root before `/api/3/action`). */
  url: string;
  jurisdiction: Jurisdiction;
  primaryLanguage: PrimaryLanguage;
  /** Publisher of records that name none. */
  publisher: Publisher;
  /** Organizations whose records belong to another jurisdiction than the portal's. */
  organizationJurisdictions: Record<string, Jurisdiction>;
  /** Number of records served at start. */
  records: number;
  /** Records of another portal it republishes (among `records`), with the same ids. */
  republished?: { from: string; records: number };
}

export interface SimulatedPortal extends PortalDescriptor {
  server: CkanServer;
  catalogue: GeneratedCatalogue;
}

export interface SimulatedPortals {
  portals: SimulatedPortal[];
  close(): Promise<void>;
}

export interface SimulatedPortalsOptions {
  /** Which portals to start (default: all three). */
  portals?: readonly ProfileName[];
  /** Records per portal, or a total shared in the demo's proportions. */
  records?: number | Partial<Record<ProfileName, number>>;
  seed?: number;
  host?: string;
  /** Port of the first portal, the others on the next ports; 0 (default) = any free ports. */
  port?: number;
  latencyMs?: number;
  ignoreStart?: boolean;
  /** Keep every package's JSON once made (benchmarks): faster serving, about 5 KB per package. */
  cacheJson?: boolean;
  /** With `cacheJson`, make every package's JSON before listening. */
  warm?: boolean;
}

/** The federal portal republishes one Québec record in this many. */
const REPUBLISHED_EVERY = 10;

/** How many of the Québec aggregator's records the federal portal republishes. */
export function republishedCount(sizes: Readonly<Record<ProfileName, number>>): number {
  return Math.min(Math.floor(sizes.quebec / REPUBLISHED_EVERY), sizes.federal);
}

/** The demo's sizes: more than 5,000 datasets over the three portals. */
export const DEMO_RECORDS: Readonly<Record<ProfileName, number>> = { federal: 2500, quebec: 1800, city: 900 };

type PortalIdentity = Omit<PortalDescriptor, 'url' | 'records'>;

function municipalMap(organizations: typeof QUEBEC_ORGANIZATIONS, code: string): Record<string, Jurisdiction> {
  const map: Record<string, Jurisdiction> = {};
  for (const org of organizations) if (org.municipality) map[org.name] = { level: 'municipal', code, municipality: org.municipality };
  return map;
}

const IDENTITIES: Readonly<Record<ProfileName, PortalIdentity>> = {
  federal: {
    id: 'demo-federal',
    profile: 'federal',
    name: { en: 'Open Government Canada (simulated)', fr: 'Gouvernement ouvert Canada (simulation)' },
    jurisdiction: { level: 'federal', code: 'CA' },
    primaryLanguage: 'bilingual',
    publisher: { id: 'gc', name: { en: 'Government of Canada', fr: 'Gouvernement du Canada' } },
    organizationJurisdictions: Object.fromEntries(FEDERATED_GOVERNMENTS.map((g) => [g.organization.name, { level: 'provincial', code: g.code }])),
  },
  quebec: {
    id: 'demo-quebec',
    profile: 'quebec',
    name: { en: 'Données Québec (simulated)', fr: 'Données Québec (simulation)' },
    jurisdiction: { level: 'provincial', code: 'CA-QC' },
    primaryLanguage: 'fr',
    publisher: { id: 'gouvernement-du-quebec', name: { en: 'Government of Québec', fr: 'Gouvernement du Québec' } },
    organizationJurisdictions: municipalMap(QUEBEC_ORGANIZATIONS, 'CA-QC'),
  },
  city: {
    id: 'demo-city',
    profile: 'city',
    name: { en: 'City of Guelph Open Data (simulated)', fr: 'Données ouvertes de la Ville de Guelph (simulation)' },
    jurisdiction: { level: 'municipal', code: 'CA-ON', municipality: 'Guelph' },
    primaryLanguage: 'en',
    publisher: { id: 'city-of-guelph', name: { en: 'City of Guelph', fr: 'Ville de Guelph' } },
    organizationJurisdictions: municipalMap(CITY_ORGANIZATIONS, 'CA-ON'),
  },
};

/** Records per portal: explicit counts, or a total split in the demo's proportions. */
export function recordsPerPortal(portals: readonly ProfileName[], records: SimulatedPortalsOptions['records']): Record<ProfileName, number> {
  const out: Record<ProfileName, number> = { federal: 0, quebec: 0, city: 0 };
  if (typeof records === 'number') {
    const weight = portals.reduce((sum, p) => sum + DEMO_RECORDS[p], 0);
    let left = records;
    portals.forEach((p, i) => {
      const share = i === portals.length - 1 ? left : Math.round((records * DEMO_RECORDS[p]) / weight);
      out[p] = share;
      left -= share;
    });
    return out;
  }
  for (const p of portals) out[p] = records?.[p] ?? DEMO_RECORDS[p];
  return out;
}

/** What a CKAN source harvesting a simulated portal is configured with (no gate, no filter). */
export function portalSourceSettings(portal: PortalDescriptor): SourceSettings {
  return {
    id: portal.id,
    name: portal.name,
    type: 'ckan',
    url: portal.url,
    jurisdiction: portal.jurisdiction,
    publisher: portal.publisher,
    primaryLanguage: portal.primaryLanguage,
    licenceGate: [],
    filters: {},
    organizationJurisdictions: portal.organizationJurisdictions,
  };
}

export function describePortal(portal: SimulatedPortal): PortalDescriptor {
  const { server: _server, catalogue: _catalogue, ...descriptor } = portal;
  return descriptor;
}

export async function startSimulatedPortals(options: SimulatedPortalsOptions = {}): Promise<SimulatedPortals> {
  const profiles = options.portals ?? PROFILE_NAMES;
  const sizes = recordsPerPortal(profiles, options.records);
  const seed = options.seed ?? DEFAULT_SEED;
  const portals: SimulatedPortal[] = [];
  const close = async (): Promise<void> => {
    await Promise.all(portals.map((p) => p.server.close()));
  };
  // Only when both portals run: the federal one then generates fewer records of its own.
  const republished = profiles.includes('federal') && profiles.includes('quebec') ? republishedCount(sizes) : 0;
  try {
    for (const [i, profile] of profiles.entries()) {
      const own = profile === 'federal' ? sizes[profile] - republished : sizes[profile];
      const catalogue = new GeneratedCatalogue({ profile, records: own, seed, ...(options.cacheJson ? { cacheJson: true } : {}) });
      if (options.warm) catalogue.warm();
      const identity = IDENTITIES[profile];
      const server = await startCkanServer(catalogue, {
        ...(options.host !== undefined ? { host: options.host } : {}),
        port: options.port ? options.port + i : 0,
        latencyMs: options.latencyMs ?? 0,
        ignoreStart: options.ignoreStart ?? false,
        siteTitle: catalogue.profile.siteTitle,
      });
      portals.push({ ...identity, url: server.url, records: sizes[profile], server, catalogue });
    }
    const federal = portals.find((p) => p.profile === 'federal');
    const quebec = portals.find((p) => p.profile === 'quebec');
    if (federal && quebec && republished > 0) {
      for (let i = 0; i < republished; i++) {
        const original = quebec.catalogue.at(i * REPUBLISHED_EVERY + REPUBLISHED_EVERY / 2);
        const draft = original && quebec.catalogue.draftOf(original.id);
        if (!original || !draft) throw new Error(`the Québec portal has no record ${i * REPUBLISHED_EVERY} to republish`);
        federal.catalogue.add(federatedCopy(original, draft, quebec.url));
      }
      if (options.warm) federal.catalogue.warm();
      federal.republished = { from: quebec.id, records: republished };
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { portals, close };
}
