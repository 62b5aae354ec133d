// The scheming presets of open.canada.ca (ckanext-canada `presets.yaml`), read in place.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { fixture } from '../helpers/fixtures.js';

const choice = z.object({
  value: z.string(),
  label: z.union([z.string(), z.object({ en: z.string(), fr: z.string() })]).optional(),
  mimetype: z.string().optional(),
  replaces: z.array(z.string()).optional(),
  replace: z.array(z.string()).optional(),
});
export type PresetChoice = z.infer<typeof choice>;

const presetsFile = z.object({
  presets: z.array(z.object({ preset_name: z.string(), values: z.object({ choices: z.array(choice).optional() }).passthrough() })),
});

let cached: z.infer<typeof presetsFile> | undefined;

/** The choices of one preset (`canada_frequency`, `canada_resource_format`...). */
export function presetChoices(name: string): PresetChoice[] {
  // The file repeats a key in one preset (`form_attrs`); the real CKAN loader keeps the last one too.
  cached ??= presetsFile.parse(parse(readFileSync(fixture('canada', 'vocab', 'presets.yaml'), 'utf8'), { uniqueKeys: false }));
  const preset = cached.presets.find((p) => p.preset_name === name);
  if (!preset?.values.choices) throw new Error(`presets.yaml: no choices for preset ${name}`);
  return preset.values.choices;
}

/** The English and French labels of a choice, whatever form the file gives them. */
export function choiceLabels(c: PresetChoice): string[] {
  if (c.label === undefined) return [];
  return typeof c.label === 'string' ? [c.label] : [c.label.en, c.label.fr];
}
