// The form a signed-in editor posts a progress report with, on an indicator's page: the period,
// the status, and progress, evidence and challenges in both languages. Errors come from the
// tracker's rules and are shown next to their fields, in the page language, with a summary.
import { currentPeriod } from '../../../community/status/due.js';
import type { ProgressRuleError, ProgressSubmission } from '../../../community/progress/rules.js';
import type { ActionPlan, Indicator, ProgressStatus } from '../../../core/community/types.js';
import { PROGRESS_STATUS_LABELS } from '../../../core/community/vocab.js';
import { mayDo } from '../../../core/permissions.js';
import { html, type SafeHtml } from '../../html.js';
import type { PageContext } from '../../server.js';
import { openGovernmentPath } from '../../urls.js';
import { openGovText } from '../open-government.messages.js';
import { csrfField } from '../sign-in.js';
import { monthLabel, STATUS_ORDER } from './parts.js';

const TEXT_FIELDS = ['progress', 'evidence', 'challenges'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const LANGS = ['en', 'fr'] as const;

/** What was typed into the form, kept to fill it again when it comes back with errors. */
export type ProgressFormValues = Record<string, string>;

/** The form's field names: `period`, `status`, `progress-en`, `challenges-fr`... */
function textFieldName(field: TextField, lang: 'en' | 'fr'): string {
  return `${field}-${lang}`;
}

/** The form's element id for a rule's field (`progress.en` → `progress-en`). */
function fieldId(ruleField: string): string {
  return ruleField === 'indicator' ? 'status' : ruleField.replace('.', '-');
}

/** The submission a posted form makes for one indicator (the rules check it next). */
export function submissionOf(indicatorId: string, fields: Record<string, string | undefined>): ProgressSubmission {
  const text = (field: TextField) => ({ en: fields[textFieldName(field, 'en')] ?? '', fr: fields[textFieldName(field, 'fr')] ?? '' });
  return {
    indicator: indicatorId,
    period: (fields.period ?? '').trim(),
    status: (fields.status ?? '').trim(),
    progress: text('progress'),
    evidence: text('evidence'),
    challenges: text('challenges'),
  };
}

/** The form when the session may report progress, else nothing. */
export function progressForm(
  context: PageContext,
  indicator: Indicator,
  plan: ActionPlan | undefined,
  now: Date,
  state: { values?: ProgressFormValues; errors?: ProgressRuleError[] } = {},
): SafeHtml | '' {
  const { lang, session } = context;
  if (!session || !mayDo(session.role, 'editCommunity')) return '';
  const t = openGovText(lang);
  const values = state.values ?? {};
  const errors = state.errors ?? [];
  const errorsOf = (id: string) => errors.filter((e) => fieldId(e.field) === id);
  const errorText = (id: string) => {
    const found = errorsOf(id);
    return found.length ? html`<span class="form-error" id="${id}-error">${found.map((e, i) => html`${i > 0 ? ' ' : ''}${e[lang]}`)}</span>` : '';
  };
  const invalid = (id: string, hint?: string) => {
    const described = [hint, errorsOf(id).length ? `${id}-error` : undefined].filter(Boolean).join(' ');
    return html`${described ? html` aria-describedby="${described}"` : ''}${errorsOf(id).length ? html` aria-invalid="true"` : ''}`;
  };
  const periods = plan?.periods ?? [];
  const chosenPeriod = values.period ?? (plan ? currentPeriod(plan, now) : undefined) ?? periods.at(-1) ?? '';
  const periodControl = periods.length
    ? html`<select id="period" name="period"${invalid('period')}>${(periods.includes(chosenPeriod) || chosenPeriod === '' ? periods : [chosenPeriod, ...periods]).map(
        (p) => html`<option value="${p}"${p === chosenPeriod ? html` selected` : ''}>${monthLabel(lang, p)} (${p})</option>`,
      )}</select>`
    : html`<input type="text" id="period" name="period" value="${chosenPeriod}" placeholder="YYYY-MM" spellcheck="false"${invalid('period')}>`;
  const statusControl = html`<fieldset id="status"${errorsOf('status').length ? html` aria-describedby="status-error"` : ''}><legend>${t('status')}</legend>${errorText('status')}
${STATUS_ORDER.map(
    (s: ProgressStatus) => html`<p><input type="radio" id="status-${s}" name="status" value="${s}"${values.status === s ? html` checked` : ''}> <label for="status-${s}">${PROGRESS_STATUS_LABELS[s][lang]}</label></p>`,
  )}</fieldset>`;
  const textArea = (field: TextField, inLang: 'en' | 'fr') => {
    const id = textFieldName(field, inLang);
    const label = `${t(field)} (${inLang === 'en' ? t('inEnglish') : t('inFrench')})`;
    return html`<p><label for="${id}">${label}</label>${errorText(id)}
<textarea id="${id}" name="${id}" lang="${inLang}" rows="4"${invalid(id, 'markdown-hint')}>${values[id] ?? ''}</textarea></p>`;
  };
  const summary = errors.length
    ? html`<div class="error-summary" role="alert" tabindex="-1" id="form-errors"><p class="form-error">${t('errorSummary')}</p><ul>${errors.map(
        (e) => html`<li><a href="#${fieldId(e.field)}">${e[lang]}</a></li>`,
      )}</ul></div>`
    : '';
  return html`<section class="report-form" aria-labelledby="report-heading">
<h2 id="report-heading">${t('formHeading')}</h2>
<p>${t('formIntro')}</p>
${summary}
<form class="action-form" method="post" action="${openGovernmentPath(lang, 'indicators', indicator.id)}" novalidate>
${csrfField(session.csrf)}
<p><label for="period">${t('period')}</label>${errorText('period')}${periodControl}</p>
${statusControl}
<p class="hint" id="markdown-hint">${t('markdownHint')}</p>
${TEXT_FIELDS.map((field) => LANGS.map((inLang) => textArea(field, inLang)))}
<button type="submit">${t('submitReport')}</button>
</form>
</section>`;
}

/** The form values to show again after a refused post (only the form's own fields). */
export function formValues(fields: Record<string, string | undefined>): ProgressFormValues {
  const names = ['period', 'status', ...TEXT_FIELDS.flatMap((f) => LANGS.map((l) => textFieldName(f, l)))];
  return Object.fromEntries(names.flatMap((name) => (fields[name] !== undefined ? [[name, fields[name]!]] : [])));
}
