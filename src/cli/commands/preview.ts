import type { UiLang } from '../../core/langstring.js';
import { pickText } from '../../core/langstring.js';
import { jurisdictionLabel } from '../../core/jurisdictions.js';
import { licenceById } from '../../core/licences.js';
import { parseConfig, type SourceConfig } from '../../harvest/config.js';
import { detectSource, suggestedEntry } from '../../harvest/detect.js';
import { isPrivateHost } from '../../harvest/fetch/private-network.js';
import { createHttpClient } from '../../harvest/fetch/http-client.js';
import { previewSource, type PreviewOutcome, type PreviewResult } from '../../harvest/preview.js';
import type { MappedRecord } from '../../sources/source.js';
import { readConfig, UsageError, type GlobalOptions } from '../context.js';
import { configPath } from '../paths.js';
import { t } from '../messages.js';
import { operatorClient } from './detect.js';
import { stripControls, terminalJson } from '../strip-controls.js';

export interface PreviewCommandOptions extends GlobalOptions {
  limit?: string;
  json?: boolean;
}

async function sourceFor(target: string, options: PreviewCommandOptions, lang: UiLang): Promise<SourceConfig> {
  if (/^https?:\/\//i.test(target)) {
    const report = await detectSource(target, operatorClient());
    const first = report.found[0];
    if (!first) throw new UsageError(`${t(lang, 'notDetected', { url: target })} ${report.tried.map((a) => a.kind).join(', ')}`, 1);
    return parseConfig({ sources: [suggestedEntry(first, await isPrivateHost(first.url))] }, target).sources[0]!;
  }
  const config = readConfig(options);
  const found = config.sources.find((s) => s.id === target);
  if (!found) throw new UsageError(t(lang, 'unknownSourceOrUrl', { value: target, file: configPath(options.config) }));
  return found;
}

function recordLines(record: MappedRecord, lang: UiLang): string[] {
  const other: UiLang = lang === 'en' ? 'fr' : 'en';
  const title = (l: UiLang) => {
    const picked = pickText(record.title, l);
    return picked ? `${picked.text}${picked.machineTranslated ? ` [${picked.tag}]` : ''}${picked.fallback ? ` (${picked.tag})` : ''}` : '—';
  };
  const licence = record.licence?.id ? (licenceById(record.licence.id)?.label[lang] ?? record.licence.id) : (record.licence?.original ?? '—');
  const formats = [...new Set(record.distributions.map((d) => d.format).filter(Boolean))].join(', ');
  const description = pickText(record.description, lang)?.text.replace(/\s+/g, ' ').slice(0, 160);
  return [
    `  ${lang}: ${title(lang)}`,
    `  ${other}: ${title(other)}`,
    `  ${[record.publisher ? pickText(record.publisher.name, lang)?.text ?? record.publisher.id : undefined, jurisdictionLabel(record.jurisdiction)[lang]].filter(Boolean).join(' · ')}`,
    `  ${[licence, formats || undefined, record.modified?.slice(0, 10), record.spatial?.bbox ? `[${record.spatial.bbox.join(', ')}]` : undefined].filter(Boolean).join(' · ')}`,
    ...(description ? [`  ${description}${description.length >= 160 ? '…' : ''}`] : []),
  ];
}

function outcomeLines(outcome: PreviewOutcome, lang: UiLang): string[] {
  if (outcome.kind === 'record') {
    return [`${outcome.remoteId}${outcome.admitted ? '' : `  (${t(lang, 'previewSkipped', { reason: outcome.reason ?? '' })})`}`, ...recordLines(outcome.record, lang), ''];
  }
  if (outcome.kind === 'skip') return [`${outcome.remoteId}  (${t(lang, 'previewSkipped', { reason: outcome.reason })})`, ''];
  return [`${outcome.remoteId ?? '?'}  ${t(lang, 'previewProblem', { reason: outcome.reason })}`, ''];
}

export function previewText(result: PreviewResult, lang: UiLang): string {
  const lines = [t(lang, 'previewHeader', { source: result.sourceId, count: result.outcomes.length, total: result.total ?? '' }), ''];
  for (const outcome of result.outcomes) lines.push(...outcomeLines(outcome, lang));
  for (const p of result.problems) lines.push(t(lang, 'previewProblem', { reason: p.reason }));
  return lines.join('\n').trimEnd();
}

/** Exit code 1 when the listing itself failed. */
export async function previewCommand(target: string, options: PreviewCommandOptions, lang: UiLang): Promise<number> {
  const limit = Number(options.limit ?? 20);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError(`--limit "${options.limit}": 1 to 1000 / de 1 à 1000`);
  const source = await sourceFor(target, options, lang);
  // A configured source is previewed as it would be harvested, with its own network rule.
  const http = createHttpClient({ allowPrivateNetwork: source.allowPrivateNetwork, retries: 1, timeoutMs: 30_000 });
  const result = await previewSource(source, http, { limit });
  if (options.json) process.stdout.write(`${terminalJson(result)}\n`);
  else process.stdout.write(`${stripControls(previewText(result, lang))}\n`);
  return result.problems.length > 0 ? 1 : 0;
}
