// `federa standards list`: the data standards Federa ships.
import type { UiLang } from '../../core/langstring.js';
import { listStandards } from '../../standards/registry.js';
import { terminalJson } from '../strip-controls.js';
import { textTable } from '../text-table.js';
import { keyFields } from '../../standards/table-schema.js';

export interface StandardsListOptions {
  json?: boolean;
}

export function standardsListCommand(options: StandardsListOptions, lang: UiLang): number {
  const standards = listStandards();
  if (options.json) {
    const rows = standards.map((s) => ({
      name: s.name,
      title: s.title,
      description: s.description,
      fields: s.schema.fields.map((f) => f.name),
      primaryKey: keyFields(s.schema.primaryKey),
      keywords: s.keywords,
      schemaPath: s.schemaPath,
      examplePath: s.examplePath,
    }));
    process.stdout.write(`${terminalJson(rows)}\n`);
    return 0;
  }
  const head = lang === 'fr' ? ['NORME', 'TITRE', 'CHAMPS', 'CLÉ PRIMAIRE'] : ['STANDARD', 'TITLE', 'FIELDS', 'PRIMARY KEY'];
  const body = standards.map((s) => [s.name, s.title[lang], String(s.schema.fields.length), keyFields(s.schema.primaryKey).join(', ')]);
  process.stdout.write(`${textTable([head, ...body])}\n`);
  return 0;
}
