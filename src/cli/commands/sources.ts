import type { UiLang } from '../../core/langstring.js';
import { jurisdictionLabel } from '../../core/jurisdictions.js';
import { STATUS_LABELS } from '../messages.js';
import { t } from '../messages.js';
import { openDatabase, readConfig, type GlobalOptions } from '../context.js';
import { terminalJson } from '../strip-controls.js';
import { textTable } from '../text-table.js';

export interface SourcesCommandOptions extends GlobalOptions {
  json?: boolean;
}

export async function sourcesListCommand(options: SourcesCommandOptions, lang: UiLang): Promise<number> {
  const config = readConfig(options);
  const catalogue = openDatabase(options);
  try {
    const stored = new Map((await catalogue.store.listSources()).map((s) => [s.settings.id, s]));
    const ids = [...new Set([...config.sources.map((s) => s.id), ...stored.keys()])];
    const rows = ids.map((id) => {
      const configured = config.sources.find((s) => s.id === id);
      const known = stored.get(id);
      const settings = configured ?? known!.settings;
      return { id, settings, configured: configured !== undefined, enabled: configured?.enabled ?? false, datasets: known?.activeCount ?? 0, lastJob: known?.lastJob };
    });
    if (options.json) {
      process.stdout.write(`${terminalJson(rows.map((r) => ({ ...r, settings: undefined, name: r.settings.name, type: r.settings.type, url: r.settings.url, jurisdiction: r.settings.jurisdiction })))}\n`);
      return 0;
    }
    if (rows.length === 0) {
      process.stdout.write(`${t(lang, 'noSources')}\n`);
      return 0;
    }
    const head = lang === 'fr'
      ? ['SOURCE', 'TYPE', 'COMPÉTENCE', 'JEUX', 'DERNIÈRE TÂCHE', 'VUES/AJ./MAJ/INCH./RET./ÉCH.']
      : ['SOURCE', 'KIND', 'JURISDICTION', 'DATASETS', 'LAST JOB', 'SEEN/ADD/UPD/SAME/WDR/FAIL'];
    const body = rows.map((r) => {
      const j = r.lastJob;
      const flags = `${r.configured ? '' : '*'}${r.enabled ? '' : ' (off)'}`;
      return [
        `${r.id}${flags}`,
        r.settings.type,
        jurisdictionLabel(r.settings.jurisdiction)[lang],
        String(r.datasets),
        j ? `${STATUS_LABELS[j.status]?.[lang] ?? j.status} ${j.mode} ${j.startedAt.slice(0, 16).replace('T', ' ')}` : t(lang, 'neverHarvested'),
        j ? `${j.counts.seen}/${j.counts.added}/${j.counts.updated}/${j.counts.unchanged}/${j.counts.withdrawn}/${j.counts.failed}` : '',
      ];
    });
    process.stdout.write(`${textTable([head, ...body])}\n`);
    return 0;
  } finally {
    await catalogue.close();
  }
}
