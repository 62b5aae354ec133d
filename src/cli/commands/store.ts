import type { UiLang } from '../../core/langstring.js';
import { openDatabase, type GlobalOptions } from '../context.js';
import { t } from '../messages.js';
import { databasePath } from '../paths.js';

export interface StoreCheckOptions extends GlobalOptions {
  json?: boolean;
}

/** Checks the store's integrity; returns 0 when sound, 1 when anything is broken. */
export async function storeCheckCommand(options: StoreCheckOptions, lang: UiLang): Promise<number> {
  const catalogue = openDatabase(options);
  try {
    const report = await catalogue.store.checkIntegrity();
    if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      const lines = [t(lang, report.ok ? 'storeSound' : 'storeBroken', { path: databasePath(options.db), count: report.problems.length, ...report.counted })];
      for (const p of report.problems) lines.push(`  - ${p.check}: ${p.detail}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    return report.ok ? 0 : 1;
  } finally {
    await catalogue.close();
  }
}
