// The web pages over a store seeded with Canada's plans and CA0073 (as `federa serve` seeds it),
// with the tracker, a settable clock and helpers to sign in an editor and add records.
import Fastify, { type FastifyInstance } from 'fastify';
import { seedCommunity } from '../../src/community/seed/apply.js';
import { Tracker } from '../../src/community/tracker.js';
import { hashToken, newToken } from '../../src/core/api-token.js';
import type { UiLang } from '../../src/core/langstring.js';
import type { NewProgressReport } from '../../src/core/community/types.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { TokenRole } from '../../src/store/store.js';
import { webRoutes } from '../../src/web/server.js';
import { stubDocument } from '../store/stub-document.js';
import { signedIn } from './form-helpers.js';

export interface TrackerApp {
  app: FastifyInstance;
  store: SqliteStore;
  tracker: Tracker;
  /** The pages' clock: change it to move "today". */
  clock: { now: Date };
  /** A signed-in session of `role`: its cookie, form token and token id. */
  session(role: TokenRole, formPage: string, lang?: UiLang): Promise<{ cookie: string; csrf: string; tokenId: string }>;
  report(indicator: string, period: string, over?: Partial<NewProgressReport>): Promise<void>;
  close(): Promise<void>;
}

export async function trackerApp(now = '2026-11-27T12:00:00.000Z'): Promise<TrackerApp> {
  const store = SqliteStore.open({ path: ':memory:', buildDocument: stubDocument });
  await seedCommunity(store, '2026-01-01T00:00:00.000Z');
  const tracker = new Tracker(store);
  const clock = { now: new Date(now) };
  const app = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
  await app.register(webRoutes({ store, tracker, search: async () => ({}) as never, now: () => clock.now }));
  return {
    app,
    store,
    tracker,
    clock,
    async session(role, formPage, lang = 'en') {
      const made = newToken();
      await store.createToken({ id: made.id, role, hash: hashToken(made.token), createdAt: clock.now.toISOString() });
      return { ...(await signedIn(app, made.token, formPage, lang)), tokenId: made.id };
    },
    async report(indicator, period, over = {}) {
      await store.appendProgress(
        [{ indicator, period, status: 'SP', progress: { en: 'Some progress', fr: 'Quelques progrès' }, evidence: {}, challenges: {}, recordedBy: 'test', ...over }],
        clock.now.toISOString(),
      );
    },
    async close() {
      await app.close();
      await store.close();
    },
  };
}
