// The rules a submitted progress report must pass before it is appended: each error names the
// field, in English and French. Nothing is stored when any rule fails.
import type { ActionPlan, BiText, Indicator, ProgressStatus } from '../../core/community/types.js';

export const PROGRESS_STATUSES: readonly ProgressStatus[] = ['NS', 'LP', 'SP', 'C'];

/** Longest text accepted per field and language (a report is 1-3 bullets; this leaves room for links). */
export const MAX_PROGRESS_TEXT = 20_000;

/** A report as submitted (already shaped by the face's schema; values not yet trusted). */
export interface ProgressSubmission {
  indicator: string;
  period: string;
  status: string;
  progress?: BiText;
  evidence?: BiText;
  challenges?: BiText;
}

export interface ProgressRuleError {
  /** `status`, `period`, `progress.fr`, `evidence.en`... */
  field: string;
  en: string;
  fr: string;
}

export interface ProgressRuleContext {
  /** Undefined when no indicator has the submitted code. */
  indicator?: Indicator;
  /** The indicator's plan, for its reporting periods. */
  plan?: ActionPlan;
}

const LANGS = ['en', 'fr'] as const;
const LANG_NAME = { en: { en: 'English', fr: 'anglais' }, fr: { en: 'French', fr: 'français' } } as const;
const STATUS_LIST = PROGRESS_STATUSES.join(', ');

/** Every rule the submission breaks; empty when it may be stored. */
export function checkProgress(submission: ProgressSubmission, context: ProgressRuleContext): ProgressRuleError[] {
  const errors: ProgressRuleError[] = [];
  if (!context.indicator) {
    errors.push({
      field: 'indicator',
      en: `indicator: no indicator "${submission.indicator}"`,
      fr: `indicator : aucun indicateur « ${submission.indicator} »`,
    });
  }
  if (!(PROGRESS_STATUSES as readonly string[]).includes(submission.status)) {
    errors.push({
      field: 'status',
      en: `status: "${submission.status}" is not one of ${STATUS_LIST}`,
      fr: `status : « ${submission.status} » n’est pas l’un de ${STATUS_LIST}`,
    });
  }
  errors.push(...periodErrors(submission.period, context.plan));
  for (const lang of LANGS) {
    const progress = submission.progress?.[lang];
    if (progress === undefined || progress.trim() === '') {
      errors.push({
        field: `progress.${lang}`,
        en: `progress.${lang}: the progress in ${LANG_NAME[lang].en} is required (write NIL when there is none)`,
        fr: `progress.${lang} : les progrès en ${LANG_NAME[lang].fr} sont requis (écrire NUL s’il n’y en a pas)`,
      });
    }
  }
  if (submission.status === 'NS' || submission.status === 'LP') {
    for (const lang of LANGS) {
      const challenges = submission.challenges?.[lang];
      if (challenges === undefined || challenges.trim() === '') {
        errors.push({
          field: `challenges.${lang}`,
          en: `challenges.${lang}: the challenges in ${LANG_NAME[lang].en} are required when the status is ${submission.status}`,
          fr: `challenges.${lang} : les défis en ${LANG_NAME[lang].fr} sont requis lorsque le statut est ${submission.status}`,
        });
      }
    }
  }
  for (const lang of LANGS) {
    for (const link of nonHttpLinks(submission.evidence?.[lang] ?? '')) {
      errors.push({
        field: `evidence.${lang}`,
        en: `evidence.${lang}: the link "${link}" is not an http(s) URL`,
        fr: `evidence.${lang} : le lien « ${link} » n’est pas une URL http(s)`,
      });
    }
  }
  for (const field of ['progress', 'evidence', 'challenges'] as const) {
    for (const lang of LANGS) {
      const length = submission[field]?.[lang]?.length ?? 0;
      if (length > MAX_PROGRESS_TEXT) {
        errors.push({
          field: `${field}.${lang}`,
          en: `${field}.${lang}: ${length} characters, more than the ${MAX_PROGRESS_TEXT} allowed`,
          fr: `${field}.${lang} : ${length} caractères, plus que les ${MAX_PROGRESS_TEXT} permis`,
        });
      }
    }
  }
  return errors;
}

function periodErrors(period: string, plan: ActionPlan | undefined): ProgressRuleError[] {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) {
    return [{ field: 'period', en: `period: "${period}" is not a month written YYYY-MM`, fr: `period : « ${period} » n’est pas un mois écrit AAAA-MM` }];
  }
  if (plan && !plan.periods.includes(period)) {
    const list = plan.periods.join(', ') || '-';
    return [{
      field: 'period',
      en: `period: ${period} is not a reporting period of ${plan.id} (${list})`,
      fr: `period : ${period} n’est pas une période de rapport de ${plan.id} (${list})`,
    }];
  }
  return [];
}

/** Link targets in Markdown (`[text](target)`, `<target>`) and bare `scheme:` URLs that are not
 * absolute http(s) URLs. */
export function nonHttpLinks(markdown: string): string[] {
  const bad = new Set<string>();
  for (const match of markdown.matchAll(/\]\(\s*<?([^)\s>]*)/g)) {
    const target = match[1] ?? '';
    if (!isHttpUrl(target)) bad.add(target === '' ? '()' : target);
  }
  for (const match of markdown.matchAll(/<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi)) if (!isHttpUrl(match[1]!)) bad.add(match[1]!);
  for (const match of markdown.matchAll(/\b(?:[a-z][a-z0-9+.-]*:\/\/|(?:javascript|vbscript|data|file|mailto|tel):)[^\s)<>\]]*/gi)) {
    if (!isHttpUrl(match[0])) bad.add(match[0]);
  }
  return [...bad];
}

function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}
