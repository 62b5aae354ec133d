// The web pages over a store holding community records and a Tracker, at a fixed "now", for the
// community page tests (served by Fastify's inject).
import Fastify, { type FastifyInstance } from 'fastify';
import { hashToken, newToken } from '../../../src/core/api-token.js';
import type { UiLang } from '../../../src/core/langstring.js';
import { Tracker } from '../../../src/community/tracker.js';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import type { TokenRole } from '../../../src/store/store.js';
import { webRoutes } from '../../../src/web/server.js';
import { stubDocument } from '../../store/stub-document.js';
import { signedIn } from '../form-helpers.js';

export const AT = '2019-01-01T00:00:00.000Z';

export interface CommunityApp {
  app: FastifyInstance;
  store: SqliteStore;
  /** A signed-in session of `role` (its cookie, and the form token of `formPage`). */
  session(role: TokenRole, formPage: string, lang?: UiLang): Promise<{ cookie: string; csrf: string }>;
  close(): Promise<void>;
}

export async function communityApp(now: Date, options: { tracker?: boolean } = {}): Promise<CommunityApp> {
  const store = SqliteStore.open({ path: ':memory:', buildDocument: stubDocument });
  const app = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
  await app.register(
    webRoutes({
      store,
      ...(options.tracker === false ? {} : { tracker: new Tracker(store) }),
      search: async () => ({ total: 0, results: [], facets: {} }) as never,
      now: () => now,
    }),
  );
  return {
    app,
    store,
    async session(role, formPage, lang = 'en') {
      const made = newToken();
      await store.createToken({ id: made.id, role, hash: hashToken(made.token), createdAt: new Date().toISOString() });
      return signedIn(app, made.token, formPage, lang);
    },
    async close() {
      await app.close();
      await store.close();
    },
  };
}
