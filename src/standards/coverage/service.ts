// Coverage for the faces: discovery and the kept checks, computed at most once a minute (a
// coverage view runs a few dozen searches), and the check run that refreshes it.
import type { HttpClient } from '../../sources/http.js';
import type { StandardCheck } from '../../store/standards.js';
import type { Standard } from '../registry.js';
import { checkCandidates, type CheckOptions, type CheckRun } from './check.js';
import { discoverCandidates, type DiscoveryDeps, type DiscoveryOptions } from './discover.js';
import { buildCoverage, type StandardCoverage } from './report.js';

export interface CoverageDeps extends DiscoveryDeps {
  store: DiscoveryDeps['store'] & { listStandardChecks(standard?: string): Promise<StandardCheck[]>; saveStandardCheck(check: StandardCheck): Promise<void> };
  standards: () => readonly Standard[];
  /** For `check` only: the client that fetches the files of a source's datasets (with that source's network rules). */
  httpFor?: (sourceId: string) => HttpClient;
  now?: () => number;
}

const TTL_MS = 60_000;

export class CoverageService {
  private cached?: { at: number; value: Promise<StandardCoverage[]> };

  constructor(
    private readonly deps: CoverageDeps,
    private readonly options: DiscoveryOptions = {},
  ) {}

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  /** Every standard's coverage (cached for a minute). */
  async report(): Promise<StandardCoverage[]> {
    const now = this.now();
    if (!this.cached || now - this.cached.at > TTL_MS) {
      const value = this.compute();
      this.cached = { at: now, value };
      value.catch(() => {
        if (this.cached?.value === value) this.cached = undefined;
      });
    }
    return this.cached.value;
  }

  private async compute(): Promise<StandardCoverage[]> {
    const standards = this.deps.standards();
    const candidates = await discoverCandidates(this.deps, standards, this.options);
    return buildCoverage(standards, candidates, await this.deps.store.listStandardChecks());
  }

  /** Validates the files found (of one standard when named) and keeps the outcomes. */
  async check(options: CheckOptions & { standard?: string; onCheck?: (check: StandardCheck) => void } = {}): Promise<CheckRun> {
    if (!this.deps.httpFor) throw new Error('coverage checks need an HTTP client');
    const standards = this.deps.standards().filter((s) => options.standard === undefined || s.name === options.standard);
    const candidates = await discoverCandidates(this.deps, standards, this.options);
    const run = await checkCandidates({ store: this.deps.store, httpFor: this.deps.httpFor }, standards, candidates, options);
    this.cached = undefined;
    return run;
  }
}
