import type { UiLang } from '../../core/langstring.js';
import { parseConfig, type FederaConfig } from '../../harvest/config.js';
import type { PortalDescriptor } from '../../sources/ckan/simulator/index.js';
import type { Catalogue } from '../../search/catalogue.js';
import type { PortalDescription } from '../../sources/simulators.js';
import { UsageError, openDatabase, type GlobalOptions } from '../context.js';
import { t } from '../messages.js';
import { minimumDemoRecords, startDemoPortals } from './demo-portals.js';
import { parsePort, startServer, untilSignal } from './serve.js';

export interface DemoCommandOptions extends GlobalOptions {
  port?: string;
  host?: string;
  records?: string;
}

const DEMO_SCHEDULE = { incremental: '10m', full: '1h' };

/** The sources configuration of simulated portals, as written in a sources.yaml (before validation). */
export function demoConfigInput(ckan: readonly PortalDescriptor[], others: readonly PortalDescription[] = []): Record<string, unknown> {
  return {
    harvest: { concurrency: 3 },
    sources: [
      ...ckan.map((p) => ({
        id: p.id,
        name: p.name,
        type: 'ckan',
        url: p.url,
        jurisdiction: p.jurisdiction,
        publisher: p.publisher,
        primaryLanguage: p.primaryLanguage,
        organizationJurisdictions: p.organizationJurisdictions,
        // Like open.canada.ca, the federal portal also lists open information records, and
        // republishes provincial records: the province's aggregator is the nearer copy.
        ...(p.profile === 'federal' ? { filters: { type: 'dataset' }, priority: 200 } : {}),
        schedule: DEMO_SCHEDULE,
        allowPrivateNetwork: true,
      })),
      ...others.map((p) => ({
        id: p.id,
        name: p.name,
        type: p.type,
        url: p.url,
        jurisdiction: p.jurisdiction,
        ...(p.publisher ? { publisher: p.publisher } : {}),
        primaryLanguage: p.primaryLanguage,
        ...(p.organizationJurisdictions ? { organizationJurisdictions: p.organizationJurisdictions } : {}),
        ...(p.options ? { options: p.options } : {}),
        schedule: DEMO_SCHEDULE,
        allowPrivateNetwork: true,
      })),
    ],
  };
}

/** The sources configuration of simulated portals, validated like any sources.yaml. */
export function demoConfig(ckan: readonly PortalDescriptor[], others: readonly PortalDescription[] = []): FederaConfig {
  return parseConfig(demoConfigInput(ckan, others), 'demo (simulated portals)');
}

function parseRecords(value: string | undefined, lang: UiLang): number | undefined {
  if (value === undefined) return undefined;
  const records = Number(value);
  const minimum = minimumDemoRecords();
  if (!Number.isInteger(records) || records < minimum) throw new UsageError(t(lang, 'demoRecords', { value, minimum }));
  return records;
}

export async function demoCommand(options: DemoCommandOptions, lang: UiLang): Promise<number> {
  const records = parseRecords(options.records, lang);
  const port = parsePort(options.port, 8080);
  const portals = await startDemoPortals(records);
  const list = [...portals.ckan.map((p) => ({ ...p, type: 'ckan' })), ...portals.others].map((p) => `\n  ${p.id} (${p.type}) ${p.url} (${p.records})`).join('');
  process.stderr.write(`${t(lang, 'demoPortals', { count: portals.ckan.length + portals.others.length, list })}\n`);
  let catalogue: Catalogue | undefined;
  try {
    const opened = openDatabase(options, './data/federa-demo.db');
    catalogue = opened;
    const server = await startServer(opened, demoConfig(portals.ckan, portals.others), { host: options.host ?? '127.0.0.1', port, lang });
    await untilSignal(async () => {
      await server.stop();
      await opened.close();
      await portals.close();
    });
  } catch (error) {
    await catalogue?.close();
    await portals.close();
    throw error;
  }
  return 0;
}
