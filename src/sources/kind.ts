// What each portal kind (src/sources/<kind>/index.ts) offers the harvester: validated options,
// the adapter, and a probe that recognizes a portal of the kind from its URL.
import type { HttpClient } from './http.js';
import type { SourceSettings } from './settings.js';
import type { Source } from './source.js';

/** Options of a kind that are invalid: `field` is the path inside `options` (`format`, `owner`). */
export class OptionsError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'OptionsError';
  }
}

export interface SourceDefaults {
  /** Records per page the harvester asks for (a kind may use less where its API caps it). */
  pageSize: number;
}

/** A portal recognized at a URL, with what its `sources.yaml` entry needs. */
export interface Detection {
  kind: string;
  /** The URL to configure (the API root or the catalogue document, as the kind wants it). */
  url: string;
  /** Kind-specific options to configure, when the defaults would not do. */
  options?: Record<string, unknown>;
  /** The portal's name, when it says it. */
  title?: string;
  /** Records the portal announces, when it says. */
  count?: number;
  /** Languages seen in the portal's answers (`en`, `fr`), to suggest `primaryLanguage`. */
  languages?: string[];
  /** What proved the kind (`status_show answered CKAN 2.10.4`). */
  evidence: string;
}

export interface SourceKind {
  readonly kind: string;
  /** Checks kind-specific options (`options:` in sources.yaml); throws an `OptionsError`. */
  parseOptions(options: Record<string, unknown>): void;
  create(settings: SourceSettings, http: HttpClient, defaults: SourceDefaults): Source;
  /** Probes `url`: a Detection when it is a portal of this kind, undefined when it is not.
   * Rejects only when the URL cannot be reached at all. */
  detect(url: string, http: HttpClient, signal?: AbortSignal): Promise<Detection | undefined>;
}
