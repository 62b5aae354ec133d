// The command line speaks the user's language: --lang, then FEDERA_LANG, then LC_ALL/LANG.
import type { UiLang } from '../core/langstring.js';

export function cliLanguage(explicit?: string, env: NodeJS.ProcessEnv = process.env): UiLang {
  const candidates = [explicit, env.FEDERA_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG];
  for (const c of candidates) {
    if (!c) continue;
    const base = c.toLowerCase().slice(0, 2);
    if (base === 'fr') return 'fr';
    if (base === 'en') return 'en';
  }
  return 'en';
}
