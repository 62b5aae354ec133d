// An API over a real SQLite store seeded with Canada's commitments, with tokens of each role.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApi, type ApiDeps } from '../../../src/api/server.js';
import { seedCommunity } from '../../../src/community/seed/apply.js';
import { Tracker } from '../../../src/community/tracker.js';
import { hashToken, newToken } from '../../../src/core/api-token.js';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import type { TokenRole } from '../../../src/store/store.js';
import { stubDocument } from '../../store/stub-document.js';

export interface CommunityApi {
  app: FastifyInstance;
  store: SqliteStore;
  /** `Authorization` headers of live tokens and of a revoked one. */
  auth: { editor: Record<string, string>; admin: Record<string, string>; revoked: Record<string, string> };
  close(): Promise<void>;
}

async function token(store: SqliteStore, role: TokenRole, name: string): Promise<{ token: string; id: string }> {
  const made = newToken();
  await store.createToken({ id: made.id, name, role, hash: hashToken(made.token), createdAt: new Date().toISOString() });
  return made;
}

const bearer = (t: { token: string }) => ({ authorization: `Bearer ${t.token}` });

export async function communityApi(deps: Partial<ApiDeps> = {}, seed = true): Promise<CommunityApi> {
  const dir = mkdtempSync(join(tmpdir(), 'federa-community-api-'));
  const store = SqliteStore.open({ path: join(dir, 'c.db'), buildDocument: stubDocument });
  if (seed) await seedCommunity(store, '2026-01-01T00:00:00.000Z');
  const editor = await token(store, 'editor', 'ci-editor');
  const admin = await token(store, 'admin', 'ci-admin');
  const revoked = await token(store, 'editor', 'old');
  await store.revokeToken(revoked.id, new Date().toISOString());
  const app = await buildApi({
    store,
    tracker: new Tracker(store),
    search: async () => ({ total: 0, page: 1, size: 0, results: [], facets: {} }) as never,
    ...deps,
  });
  return {
    app,
    store,
    auth: { editor: bearer(editor), admin: bearer(admin), revoked: bearer(revoked) },
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ErrorBody {
  error: { status: number; code: string; parameter?: string; message: { en: string; fr: string }; issues?: { field: string; message: { en: string; fr: string } }[]; candidates?: string[] };
}
