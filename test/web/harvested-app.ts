// The web pages over a real harvested catalogue (the simulated CKAN portals) and a hostile CKAN
// portal (a record full of script, one that cannot be mapped), served by Fastify's inject.
import Fastify, { type FastifyInstance } from 'fastify';
import { parseDocument, DomUtils } from 'htmlparser2';
import { parseConfig } from '../../src/harvest/config.js';
import { harvest } from '../../src/harvest/harvester.js';
import type { JobReport } from '../../src/harvest/report.js';
import { startCkanServer, StaticCatalogue, type CkanServer } from '../../src/sources/ckan/simulator/index.js';
import type { StoredDataset } from '../../src/store/store.js';
import { webRoutes } from '../../src/web/server.js';
import { HOSTILE_SOURCE, hostilePackages, plantedRecord } from '../browser/helpers/hostile-records.js';
import { harvestedCatalogue, type HarvestedCatalogue } from '../helpers/harvested-catalogue.js';

export interface HarvestedApp {
  app: FastifyInstance;
  harvested: HarvestedCatalogue;
  hostileJob: JobReport;
  /** Sources the app says are being harvested now. */
  active: string[];
  /** The first active dataset of a source that satisfies `test`. */
  find(test: (d: StoredDataset) => boolean, source?: string): Promise<StoredDataset>;
  close(): Promise<void>;
}

export async function harvestedApp(): Promise<HarvestedApp> {
  const harvested = await harvestedCatalogue({ federal: 60, quebec: 60, city: 20 });
  let portal: CkanServer | undefined;
  try {
    portal = await startCkanServer(new StaticCatalogue(hostilePackages()), { siteTitle: 'Harbour portal' });
    const config = parseConfig(
      {
        sources: [
          {
            id: HOSTILE_SOURCE,
            name: { en: 'Harbour <i>portal</i>', fr: 'Portail <i>du port</i>' },
            type: 'ckan',
            url: portal.url,
            jurisdiction: { level: 'municipal', code: 'CA-NS', municipality: 'Halifax' },
            primaryLanguage: 'en',
            schedule: 'manual',
            allowPrivateNetwork: true,
          },
        ],
      },
      'web page tests (hostile portal)',
    );
    const { jobs } = await harvest({ config, sink: harvested.catalogue.store, mode: 'full' });
    await harvested.catalogue.store.write([plantedRecord()]);
    const active: string[] = [];
    const app = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
    const { catalogue } = harvested;
    await app.register(webRoutes({ store: catalogue.store, search: (request) => catalogue.search(request), activeSources: () => active }));
    const openedPortal = portal;
    return {
      app,
      harvested,
      hostileJob: jobs[0]!,
      active,
      async find(test, source) {
        const { results } = await catalogue.search({ size: 100, ...(source ? { filters: { source: [source] } } : {}) });
        for (const hit of results) {
          const found = await catalogue.store.getDataset(hit.id);
          if (found && test(found)) return found;
        }
        throw new Error(`no dataset${source ? ` of ${source}` : ''} fits the test`);
      },
      async close() {
        await app.close();
        await openedPortal.close();
        await harvested.close();
      },
    };
  } catch (error) {
    await portal?.close();
    await harvested.close();
    throw error;
  }
}

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

function spacedText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Element['children'][number]) => {
    if (node.type === 'text') parts.push((node as unknown as { data: string }).data);
    else if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** A page's DOM, with the few look-ups the tests need. */
export function dom(body: string) {
  const document = parseDocument(body);
  const all = (test: (e: Element) => boolean) => DomUtils.findAll(test, document.children);
  const text = (e: Element | Element[]) => DomUtils.textContent(e).replace(/\s+/g, ' ').trim();
  return {
    document,
    all,
    byTag: (tag: string) => all((e) => e.name === tag),
    text,
    /** Text with a space between elements (`<dt>Added</dt><dd>3</dd>` is "Added 3"). */
    spaced: spacedText,
    attr: (e: Element, name: string) => DomUtils.getAttributeValue(e, name),
    /** The `<section>` whose h2 says `heading`. */
    section: (heading: string) => all((e) => e.name === 'section').find((s) => DomUtils.findAll((h) => h.name === 'h2', s.children).some((h) => text(h) === heading)),
    /** Links inside `root` (or the page) as [text, href]. */
    links: (root?: Element) => DomUtils.findAll((e) => e.name === 'a', root ? root.children : document.children).map((a) => [text(a), DomUtils.getAttributeValue(a, 'href') ?? ''] as const),
  };
}
