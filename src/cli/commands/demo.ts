import type { UiLang } from '../../core/langstring.js';
import { parseConfig, type FederaConfig } from '../../harvest/config.js';
import { startSimulatedPortals, type PortalDescriptor } from '../../sources/ckan/simulator/index.js';
import { openDatabase, type GlobalOptions } from '../context.js';
import { t } from '../messages.js';
import { parsePort, startServer, untilSignal } from './serve.js';

export interface DemoCommandOptions extends GlobalOptions {
  port?: string;
  host?: string;
  records?: string;
}

/** The sources configuration of simulated portals, validated like any sources.yaml. */
export function demoConfig(portals: PortalDescriptor[]): FederaConfig {
  return parseConfig(
    {
      harvest: { concurrency: 3 },
      sources: portals.map((p) => ({
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
        schedule: { incremental: '10m', full: '1h' },
        allowPrivateNetwork: true,
      })),
    },
    'demo (simulated portals)',
  );
}

export async function demoCommand(options: DemoCommandOptions, lang: UiLang): Promise<number> {
  const records = options.records !== undefined ? Number(options.records) : undefined;
  if (records !== undefined && (!Number.isInteger(records) || records < 3)) throw new Error(`--records "${options.records}": expected a whole number ≥ 3 / nombre entier ≥ 3 attendu`);
  const simulated = await startSimulatedPortals(records !== undefined ? { records } : {});
  process.stderr.write(`${t(lang, 'demoPortals', { list: simulated.portals.map((p) => `${p.id} ${p.url} (${p.records})`).join(', ') })}\n`);
  const catalogue = openDatabase(options, './data/federa-demo.db');
  const server = await startServer(catalogue, demoConfig(simulated.portals), { host: options.host ?? '127.0.0.1', port: parsePort(options.port, 8080), lang });
  await untilSignal(async () => {
    await server.stop();
    await catalogue.close();
    await simulated.close();
  });
  return 0;
}
