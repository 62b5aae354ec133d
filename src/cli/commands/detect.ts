import { stringify } from 'yaml';
import type { UiLang } from '../../core/langstring.js';
import { detectSource, suggestedEntry, type DetectReport } from '../../harvest/detect.js';
import { createHttpClient } from '../../harvest/fetch/http-client.js';
import { isPrivateHost } from '../../harvest/fetch/private-network.js';
import { t } from '../messages.js';
import { stripControls, terminalJson } from '../strip-controls.js';

export interface DetectCommandOptions {
  json?: boolean;
}

/** YAML text of an entry, with the guessed lines marked to be checked. */
export function entryYaml(entry: Record<string, unknown>): string {
  const text = stringify([entry], { lineWidth: 0 });
  return text
    .split('\n')
    .map((line) => (/^\s*(-\s+)?(name|jurisdiction|primaryLanguage):/.test(line) ? `${line}   # check` : line))
    .join('\n')
    .trimEnd();
}

function describe(report: DetectReport, lang: UiLang, allowPrivateNetwork: boolean): string {
  const [first, ...others] = report.found;
  if (!first) {
    const lines = [t(lang, 'notDetected', { url: report.url })];
    for (const attempt of report.tried) {
      lines.push(`  ${attempt.kind}:${attempt.requests.length === 0 && !attempt.error ? ' —' : ''}`);
      for (const r of attempt.requests) lines.push(`    ${r.url} → ${r.outcome}`);
      if (attempt.error) lines.push(`    ${attempt.error}`);
    }
    return lines.join('\n');
  }
  const lines = [
    t(lang, 'detected', { url: report.url, kind: first.kind, title: first.title ?? '', count: first.count ?? '', evidence: first.evidence }),
  ];
  if (others.length > 0) lines.push(t(lang, 'alsoDetected', { kinds: others.map((d) => `${d.kind} (${d.url})`).join(', ') }));
  lines.push('', t(lang, 'entryHeader'), entryYaml(suggestedEntry(first, allowPrivateNetwork)));
  return lines.join('\n');
}

/** The operator at the command line may probe any address; the entry then says whether the
 * harvester must be allowed to reach a private one. */
export function operatorClient() {
  return createHttpClient({ allowPrivateNetwork: true, retries: 1, timeoutMs: 20_000 });
}

/** Exit code 1 when nothing was recognized. */
export async function detectCommand(url: string, options: DetectCommandOptions, lang: UiLang): Promise<number> {
  const report = await detectSource(url, operatorClient());
  const first = report.found[0];
  const privateHost = first ? await isPrivateHost(first.url) : false;
  if (options.json) {
    const entries = await Promise.all(report.found.map(async (d) => suggestedEntry(d, await isPrivateHost(d.url))));
    process.stdout.write(`${terminalJson({ ...report, entries })}\n`);
  } else process.stdout.write(`${stripControls(describe(report, lang, privateHost))}\n`);
  return report.found.length > 0 ? 0 : 1;
}
