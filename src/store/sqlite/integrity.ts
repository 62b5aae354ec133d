// The store's integrity check: SQLite's own (`PRAGMA integrity_check`, the full-text index's)
// and Federa's invariants, each a query that lists what breaks it (a few examples, and a count).
import type { IntegrityProblem, IntegrityReport } from '../store.js';
import type { SqliteDatabase } from './connection.js';

// Examples named per broken invariant; the rest are counted.
const EXAMPLES = 5;

interface Invariant {
  check: string;
  /** What is wrong with each row the query returns (its `item` column names it). */
  says: string;
  sql: string;
}

const INVARIANTS: readonly Invariant[] = [
  {
    check: 'search-index',
    says: 'active dataset without its search-index row',
    sql: "SELECT id AS item FROM datasets WHERE state = 'active' AND doc NOT IN (SELECT rowid FROM dataset_text)",
  },
  {
    check: 'search-index',
    says: 'search-index row without an active dataset',
    sql: "SELECT rowid AS item FROM dataset_text WHERE rowid NOT IN (SELECT doc FROM datasets WHERE state = 'active')",
  },
  { check: 'records', says: 'dataset without its stored record', sql: 'SELECT id AS item FROM datasets WHERE doc NOT IN (SELECT doc FROM dataset_records)' },
  {
    check: 'records',
    says: 'stored record that is not JSON',
    sql: 'SELECT d.id AS item FROM dataset_records r JOIN datasets d ON d.doc = r.doc WHERE NOT json_valid(r.record)',
  },
  {
    check: 'records',
    says: 'stored record whose id or source is not its row’s',
    sql: `SELECT d.id AS item FROM dataset_records r JOIN datasets d ON d.doc = r.doc WHERE json_valid(r.record)
          AND (json_extract(r.record, '$.id') IS NOT d.id OR json_extract(r.record, '$.provenance.sourceId') IS NOT d.source_id)`,
  },
  { check: 'records', says: 'raw source record that is not JSON', sql: 'SELECT d.id AS item FROM dataset_raw r JOIN datasets d ON d.doc = r.doc WHERE NOT json_valid(r.raw)' },
  { check: 'records', says: 'search facts that are not JSON', sql: 'SELECT id AS item FROM datasets WHERE NOT json_valid(facts)' },
  {
    check: 'records',
    says: 'withdrawn dataset without a withdrawal date, or active one with it',
    sql: "SELECT id AS item FROM datasets WHERE (state = 'withdrawn') <> (withdrawn_at IS NOT NULL)",
  },
  {
    check: 'change-sequence',
    says: 'dataset changed after the store’s change mark (search would miss it)',
    sql: "SELECT id AS item FROM datasets WHERE seq > (SELECT value FROM store_meta WHERE key = 'change_seq')",
  },
  {
    check: 'clusters',
    says: 'dataset with a cluster but no rank, a rank but no cluster, or withdrawn yet in a cluster',
    sql: "SELECT id AS item FROM datasets WHERE (cluster IS NULL) <> (cluster_rank IS NULL) OR (state = 'withdrawn' AND cluster IS NOT NULL)",
  },
  {
    check: 'clusters',
    says: 'cluster that is not one preferred copy and other ranks from distinct sources, named by its lowest member',
    sql: `SELECT cluster AS item FROM datasets WHERE cluster IS NOT NULL GROUP BY cluster
          HAVING count(*) < 2 OR min(doc) <> cluster OR count(DISTINCT source_id) <> count(*)
            OR count(DISTINCT cluster_rank) <> count(*) OR min(cluster_rank) <> 0 OR max(cluster_rank) <> count(*) - 1`,
  },
  {
    check: 'identity-keys',
    says: 'identity key of no active dataset of its source',
    sql: `SELECT k.doc AS item FROM identity_keys k LEFT JOIN datasets d ON d.doc = k.doc
          WHERE d.doc IS NULL OR d.state <> 'active' OR d.source_id <> k.source_id`,
  },
  {
    check: 'jobs',
    says: 'job whose report is not JSON or disagrees with its row (id, source, status)',
    sql: `SELECT id AS item FROM jobs WHERE NOT json_valid(report) OR json_extract(report, '$.id') IS NOT id
          OR json_extract(report, '$.sourceId') IS NOT source_id OR json_extract(report, '$.status') IS NOT status`,
  },
  {
    check: 'jobs',
    says: 'job with an unknown status, or finished without an end time',
    sql: `SELECT id AS item FROM jobs WHERE status NOT IN ('running', 'succeeded', 'partial', 'failed')
          OR (status <> 'running' AND json_valid(report) AND json_extract(report, '$.finishedAt') IS NULL)`,
  },
  {
    check: 'jobs',
    says: 'job marked running that holds no lock (it can never end)',
    sql: "SELECT id AS item FROM jobs j WHERE status = 'running' AND NOT EXISTS (SELECT 1 FROM harvest_locks l WHERE l.job_id = j.id)",
  },
  { check: 'sources', says: 'source whose settings are not JSON', sql: 'SELECT id AS item FROM sources WHERE NOT json_valid(settings)' },
  {
    check: 'community',
    says: 'progress report whose indicator record is missing',
    sql: "SELECT p.id AS item FROM community_progress p WHERE NOT EXISTS (SELECT 1 FROM community_records r WHERE r.kind = 'indicator' AND r.id = p.indicator)",
  },
  {
    check: 'community',
    says: 'community record that is not JSON or whose id is not its row’s',
    sql: "SELECT kind || ':' || id AS item FROM community_records WHERE NOT json_valid(data) OR json_extract(data, '$.id') IS NOT id",
  },
  { check: 'community', says: 'progress report that is not JSON', sql: 'SELECT id AS item FROM community_progress WHERE NOT json_valid(data)' },
];

/** FTS5's own check of the index structure. It is a write statement: run it outside a read snapshot. */
export function checkFullTextIndex(db: SqliteDatabase): IntegrityProblem | undefined {
  try {
    db.prepare("INSERT INTO dataset_text (dataset_text) VALUES ('integrity-check')").run();
    return undefined;
  } catch (error) {
    return { check: 'search-index', detail: `the full-text index is damaged: ${(error as Error).message}`, count: 1 };
  }
}

/** SQLite's check and Federa's invariants; call inside one read transaction. */
export function checkIntegrity(db: SqliteDatabase, earlier: IntegrityProblem[] = []): IntegrityReport {
  const problems: IntegrityProblem[] = [...earlier];
  const sqlite = db.prepare<[], { integrity_check: string }>('PRAGMA integrity_check').all().map((row) => row.integrity_check);
  if (sqlite.length !== 1 || sqlite[0] !== 'ok') problems.push({ check: 'sqlite', detail: sqlite.slice(0, EXAMPLES).join('; '), count: sqlite.length });
  for (const invariant of INVARIANTS) {
    const rows = db.prepare<[], { item: string | number }>(invariant.sql).all();
    if (rows.length === 0) continue;
    const examples = rows.slice(0, EXAMPLES).map((r) => String(r.item)).join(', ');
    problems.push({ check: invariant.check, detail: `${rows.length} ${invariant.says}: ${examples}${rows.length > EXAMPLES ? ', …' : ''}`, count: rows.length });
  }
  const count = (sql: string) => db.prepare<[], { n: number }>(sql).get()?.n ?? 0;
  return {
    ok: problems.length === 0,
    problems,
    counted: {
      datasets: count("SELECT count(*) AS n FROM datasets WHERE state = 'active'"),
      withdrawn: count("SELECT count(*) AS n FROM datasets WHERE state = 'withdrawn'"),
      clusters: count('SELECT count(DISTINCT cluster) AS n FROM datasets WHERE cluster IS NOT NULL'),
      jobs: count('SELECT count(*) AS n FROM jobs'),
      locks: count('SELECT count(*) AS n FROM harvest_locks'),
    },
  };
}
