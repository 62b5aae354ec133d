// `federa standards coverage` (which jurisdictions publish each standard's data, and whether it
// conforms) and `federa standards check` (validate the files found, keeping each outcome).
import type { UiLang } from '../../core/langstring.js';
import { pickText } from '../../core/langstring.js';
import { createHttpClient } from '../../harvest/fetch/http-client.js';
import type { HttpClient } from '../../sources/http.js';
import { CoverageService } from '../../standards/coverage/service.js';
import { listStandards } from '../../standards/registry.js';
import type { StandardCheck } from '../../store/standards.js';
import { tv } from '../coverage-messages.js';
import { openDatabase, readConfig, UsageError, type GlobalOptions } from '../context.js';
import { stripControls } from '../strip-controls.js';

export interface CoverageCommandOptions extends GlobalOptions {
  json?: boolean;
}

export interface CheckCommandOptions extends CoverageCommandOptions {
  standard?: string;
  maxMb?: string;
}

function service(catalogue: ReturnType<typeof openDatabase>, httpFor?: (sourceId: string) => HttpClient): CoverageService {
  return new CoverageService({ store: catalogue.store, search: (r) => catalogue.search(r), standards: listStandards, ...(httpFor ? { httpFor } : {}) });
}

export async function standardsCoverageCommand(options: CoverageCommandOptions, lang: UiLang): Promise<number> {
  const catalogue = openDatabase(options);
  try {
    const report = await service(catalogue).report();
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ total: report.length, results: report }, null, 2)}\n`);
      return 0;
    }
    const out: string[] = [];
    for (const s of report) {
      out.push(tv(lang, 'standardLine', { title: s.title[lang], name: s.name, status: tv(lang, `status-${s.status}`), ...s.counts }));
      for (const j of s.jurisdictions) {
        out.push(tv(lang, 'jurisdictionLine', { label: j.label[lang], status: tv(lang, `status-${j.status}`) }));
        for (const d of j.datasets) {
          out.push(tv(lang, 'datasetLine', { title: pickText(d.candidate.title, lang)?.text ?? d.candidate.datasetId, id: d.candidate.datasetId, evidence: d.candidate.evidence.join(', ') }));
          for (const f of d.files) out.push(tv(lang, 'fileLine', { url: f.file.url, state: tv(lang, `check-${f.check?.status ?? 'unchecked'}`) }));
        }
      }
    }
    process.stdout.write(`${stripControls(out.join('\n'))}\n`);
    return 0;
  } finally {
    await catalogue.close();
  }
}

/** Exit 0 when every file checked is valid, 1 otherwise. */
export async function standardsCheckCommand(options: CheckCommandOptions, lang: UiLang): Promise<number> {
  const names = listStandards().map((s) => s.name);
  if (options.standard !== undefined && !names.includes(options.standard)) throw new UsageError(tv(lang, 'unknownStandard', { value: options.standard, list: names.join(', ') }));
  if (options.maxMb !== undefined && (!/^\d+$/.test(options.maxMb) || Number(options.maxMb) < 1)) throw new UsageError(tv(lang, 'badBytes', { value: options.maxMb }));
  // Each source's files are fetched with its own network rules; files of sources no longer configured, with none.
  const config = readConfig(options);
  const clients = new Map<string, HttpClient>();
  const httpFor = (sourceId: string): HttpClient => {
    let client = clients.get(sourceId);
    if (!client) {
      const source = config.sources.find((s) => s.id === sourceId);
      client = createHttpClient({ allowPrivateNetwork: source?.allowPrivateNetwork ?? false, timeoutMs: config.harvest.timeoutMs, retries: config.harvest.retries });
      clients.set(sourceId, client);
    }
    return client;
  };
  const catalogue = openDatabase(options);
  try {
    const log = (check: StandardCheck) => {
      if (options.json) return;
      const detail = check.status === 'valid' || check.status === 'invalid' ? tv(lang, 'errorsCount', { rows: check.rows ?? 0, errors: check.errors ?? 0 }) : check.message ? ` (${check.message[lang]})` : '';
      process.stdout.write(`${stripControls(tv(lang, 'checked', { url: check.url, standard: check.standard, status: tv(lang, `check-${check.status}`), detail }))}\n`);
    };
    const run = await service(catalogue, httpFor).check({
      ...(options.standard ? { standard: options.standard } : {}),
      ...(options.maxMb ? { maxBytes: Number(options.maxMb) * 1_000_000 } : {}),
      onCheck: log,
    });
    const valid = run.checked.filter((c) => c.status === 'valid').length;
    const invalid = run.checked.filter((c) => c.status === 'invalid').length;
    if (options.json) process.stdout.write(`${JSON.stringify({ checked: run.checked }, null, 2)}\n`);
    else process.stdout.write(`${tv(lang, 'checkSummary', { count: run.checked.length, valid, invalid, other: run.checked.length - valid - invalid })}\n`);
    return valid === run.checked.length ? 0 : 1;
  } finally {
    await catalogue.close();
  }
}
