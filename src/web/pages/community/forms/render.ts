// A community record form: every field labelled, with its hint, its value and, after a refused
// post, its errors in the page language next to it and in a summary above that links to each.
import type { UiLang } from '../../../../core/langstring.js';
import type { FieldError } from '../../../../community/validate/records.js';
import { html, type SafeHtml } from '../../../html.js';
import { csrfField } from '../../sign-in.js';
import { fieldText } from './fields.messages.js';
import type { FormValues } from './read.js';
import { fieldOfError } from './read.js';
import type { FieldSpec } from './specs.js';

export interface FormState {
  /** Where it posts. */
  action: string;
  heading: string;
  csrf: string;
  values: FormValues;
  errors?: FieldError[];
  /** An error about the whole record (its id is taken), shown in the summary. */
  problem?: string;
  /** h1 when the form is the whole page (a refused post), else h2. */
  headingLevel?: 1 | 2;
}

const idOf = (name: string) => `field-${name.replace(/[^A-Za-z0-9]/g, '-')}`;

function control(lang: UiLang, field: FieldSpec, value: string, describedBy: string, invalid: boolean): SafeHtml {
  const t = fieldText(lang);
  const id = idOf(field.name);
  const common = html`id="${id}" name="${field.name}"${describedBy ? html` aria-describedby="${describedBy}"` : ''}${invalid ? html` aria-invalid="true"` : ''}`;
  switch (field.kind) {
    case 'textarea':
    case 'lines':
      return html`<textarea ${common} rows="${field.kind === 'lines' ? 3 : 5}">${value}</textarea>`;
    case 'select': {
      const choices = field.choices?.(lang) ?? [];
      return html`<select ${common}><option value="">${field.optional ? t('none') : t('choose')}</option>${choices.map(
        (c) => html`<option value="${c.value}"${c.value === value ? html` selected` : ''}>${c.label}</option>`,
      )}</select>`;
    }
    case 'boolean':
      return html`<select ${common}><option value="">${t('choose')}</option><option value="yes"${value === 'yes' ? html` selected` : ''}>${t('yes')}</option><option value="no"${
        value === 'no' ? html` selected` : ''
      }>${t('no')}</option></select>`;
    default:
      return html`<input type="${field.kind === 'url' ? 'url' : 'text'}" ${common} value="${value}" spellcheck="${field.kind === 'url' ? 'false' : 'true'}">`;
  }
}

export function recordForm(lang: UiLang, fields: readonly FieldSpec[], state: FormState, headingId: string): SafeHtml {
  const t = fieldText(lang);
  const errors = state.errors ?? [];
  const byField = new Map<string, string[]>();
  for (const error of errors) {
    const name = fieldOfError(fields, error.field);
    if (name) byField.set(name, [...(byField.get(name) ?? []), error[lang]]);
  }
  const summary = errors.length > 0 || state.problem
    ? html`<div class="error-summary" role="alert" aria-labelledby="${headingId}-errors"><h3 id="${headingId}-errors">${t('errorSummary')}</h3><ul>${state.problem ? html`<li>${state.problem}</li>` : ''}${errors.map((e) => {
        const name = fieldOfError(fields, e.field);
        return html`<li>${name ? html`<a href="#${idOf(name)}">${e[lang]}</a>` : e[lang]}</li>`;
      })}</ul></div>`
    : '';
  const rows = fields.map((field) => {
    const id = idOf(field.name);
    const fieldErrors = byField.get(field.name) ?? [];
    const describedBy = [fieldErrors.length > 0 ? `${id}-error` : '', field.hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
    return html`<p><label for="${id}">${t(field.label)}</label>${fieldErrors.length > 0 ? html`<span class="field-error" id="${id}-error">${fieldErrors.join(' ')}</span>` : ''}${control(
      lang,
      field,
      state.values[field.name] ?? '',
      describedBy,
      fieldErrors.length > 0,
    )}${field.hint ? html`<span class="hint" id="${id}-hint">${t(field.hint)}</span>` : ''}</p>`;
  });
  const heading = state.headingLevel === 1 ? html`<h1 id="${headingId}">${state.heading}</h1>` : html`<h2 id="${headingId}">${state.heading}</h2>`;
  return html`<section class="record-editor" aria-labelledby="${headingId}">${heading}${summary}
<form class="action-form record-form" method="post" action="${state.action}">
${csrfField(state.csrf)}
${rows}
<button type="submit">${t('save')}</button>
</form></section>`;
}
