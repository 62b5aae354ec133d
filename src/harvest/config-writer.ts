// Adds, replaces, enables or disables one source in sources.yaml while the server runs: the entry
// is checked by the file's own schema, the file is rewritten through the yaml Document API (its
// comments and other entries kept) to a temporary file renamed over it, and the running
// configuration, the store and so the scheduler then see the new settings.
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { isMap, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { z } from 'zod';
import { OptionsError } from '../sources/kind.js';
import { ConfigError, describePath, parseConfig, sourceEntrySchema, type FederaConfig, type SourceConfig } from './config.js';
import { registerSources } from './harvester.js';
import { kindOf } from './kinds.js';
import type { HarvestSink } from './sink.js';

export interface FieldIssue {
  field: string;
  message: { en: string; fr: string };
}

export type PutResult = { status: 'created' | 'replaced'; source: SourceConfig } | { status: 'invalid'; issues: FieldIssue[] };
export type PatchResult = { status: 'updated'; source: SourceConfig } | { status: 'unknown' } | { status: 'invalid'; issues: FieldIssue[] };

/** The fields a PATCH may change: switching a source on or off and when it runs. */
export const PATCHABLE_FIELDS = ['enabled', 'schedule', 'priority'] as const;

const frenchErrors = z.locales.fr().localeError;

function issue(field: string, en: string, fr: string): FieldIssue {
  return { field, message: { en, fr } };
}

/** Every problem of one entry, each naming its field, in English and French. */
export function checkSourceEntry(entry: unknown): FieldIssue[] {
  const en = sourceEntrySchema.safeParse(entry);
  if (!en.success) {
    const fr = sourceEntrySchema.safeParse(entry, { error: frenchErrors });
    return en.error.issues.map((i, n) => {
      const field = describePath(i.path) || '(entry)';
      return issue(field, i.message, fr.success ? i.message : (fr.error.issues[n]?.message ?? i.message));
    });
  }
  try {
    kindOf(en.data.type)?.parseOptions(en.data.options);
  } catch (error) {
    if (error instanceof OptionsError) return [issue(`options.${error.field}`, error.message, error.message)];
    throw error;
  }
  return [];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Thrown when the configuration file itself cannot be read, parsed or written (not the request's fault). */
export class ConfigFileError extends ConfigError {}

export class ConfigEditor {
  // One write at a time: two requests must not read the same file and each drop the other's change.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly config: FederaConfig,
    private readonly path: string,
    private readonly sink: HarvestSink,
  ) {}

  /** Creates or replaces the entry `id` with `body` (a sources.yaml entry; its `id`, if given, must be `id`). */
  put(id: string, body: unknown): Promise<PutResult> {
    if (!isPlainObject(body)) return Promise.resolve({ status: 'invalid', issues: [issue('(body)', 'must be a JSON object: one sources.yaml entry', 'doit être un objet JSON : une entrée de sources.yaml')] });
    if (body.id !== undefined && body.id !== id) {
      return Promise.resolve({ status: 'invalid', issues: [issue('id', `"${String(body.id)}" differs from the id in the path, "${id}"`, `« ${String(body.id)} » diffère de l’identifiant du chemin, « ${id} »`)] });
    }
    const entry = { id, ...body };
    const issues = checkSourceEntry(entry);
    if (issues.length > 0) return Promise.resolve({ status: 'invalid', issues });
    return this.serialized(async () => {
      const doc = await this.read();
      const sources = sourceList(doc);
      const index = indexOf(sources, id);
      const node = doc.createNode(entry);
      if (index < 0) sources.add(node);
      else {
        node.commentBefore = (sources.items[index] as YAMLMap).commentBefore;
        sources.set(index, node);
      }
      const source = await this.save(doc, id);
      return { status: index < 0 ? 'created' : 'replaced', source };
    });
  }

  /** Changes some of PATCHABLE_FIELDS of an existing entry, keeping every other line as it is. */
  patch(id: string, changes: unknown): Promise<PatchResult> {
    if (!isPlainObject(changes) || Object.keys(changes).length === 0) {
      return Promise.resolve({ status: 'invalid', issues: [issue('(body)', `must be a JSON object with some of ${PATCHABLE_FIELDS.join(', ')}`, `doit être un objet JSON avec certains de ${PATCHABLE_FIELDS.join(', ')}`)] });
    }
    const unknown = Object.keys(changes).filter((k) => !(PATCHABLE_FIELDS as readonly string[]).includes(k));
    if (unknown.length > 0) {
      return Promise.resolve({ status: 'invalid', issues: unknown.map((k) => issue(k, `cannot be changed by PATCH (only ${PATCHABLE_FIELDS.join(', ')}; PUT replaces the whole entry)`, `ne peut pas être modifié par PATCH (seulement ${PATCHABLE_FIELDS.join(', ')} ; PUT remplace toute l’entrée)`)) });
    }
    return this.serialized(async () => {
      const doc = await this.read();
      const sources = sourceList(doc);
      const index = indexOf(sources, id);
      if (index < 0) return { status: 'unknown' };
      const item = sources.items[index] as YAMLMap;
      const merged = { ...(item.toJSON() as Record<string, unknown>), ...changes };
      const issues = checkSourceEntry(merged);
      if (issues.length > 0) return { status: 'invalid', issues };
      for (const [key, value] of Object.entries(changes)) item.set(key, doc.createNode(value));
      return { status: 'updated', source: await this.save(doc, id) };
    });
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async read(): Promise<Document> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      throw new ConfigFileError(`${this.path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    const doc = parseDocument(text);
    if (doc.errors.length > 0) throw new ConfigFileError(`${this.path}: invalid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
    return doc;
  }

  /** Checks the whole new file, writes it atomically, then makes the running server use it. */
  private async save(doc: Document, id: string): Promise<SourceConfig> {
    const next = parseConfig(doc.toJS(), this.path);
    const temp = `${this.path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      const mode = (await stat(this.path)).mode;
      await writeFile(temp, doc.toString(), { encoding: 'utf8', mode, flag: 'wx' });
      await rename(temp, this.path);
    } catch (error) {
      await rm(temp, { force: true });
      throw new ConfigFileError(`${this.path}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    // The scheduler and the harvest starter read this same object's list.
    this.config.sources = next.sources;
    const source = next.sources.find((s) => s.id === id)!;
    await registerSources({ ...next, sources: [source] }, this.sink);
    return source;
  }
}

function sourceList(doc: Document): YAMLSeq {
  const existing = doc.get('sources');
  if (isSeq(existing)) return existing;
  const created = doc.createNode([]) as YAMLSeq;
  doc.set('sources', created);
  return created;
}

function indexOf(sources: YAMLSeq, id: string): number {
  return sources.items.findIndex((item) => isMap(item) && item.get('id') === id);
}
