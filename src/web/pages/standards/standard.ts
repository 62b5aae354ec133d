// One data standard: its guide, every field with its rules and allowed values, its files, and a
// form to validate a file against it.
import { html, type SafeHtml } from '../../html.js';
import { layout } from '../../layout.js';
import { markdownToSafeHtml } from '../../render/rich-text.js';
import type { PageContext } from '../../server.js';
import { keyFields, type TableField } from '../../../standards/table-schema.js';
import type { UiLang } from '../../../core/langstring.js';
import { fieldDescription, fieldTitle } from '../../../standards/field-text.js';
import { categoryText } from './parts.js';
import { standardsText } from './standards.messages.js';
import { validateForm } from './validate-form.js';

function rules(lang: UiLang, field: TableField): string[] {
  const t = standardsText(lang);
  const c = field.constraints ?? {};
  const out: string[] = [];
  if (c.required) out.push(t('required'));
  if (c.unique) out.push(t('unique'));
  if (c.minLength !== undefined) out.push(`minLength ${c.minLength}`);
  if (c.maxLength !== undefined) out.push(`maxLength ${c.maxLength}`);
  if (c.minimum !== undefined) out.push(`≥ ${c.minimum}`);
  if (c.exclusiveMinimum !== undefined) out.push(`> ${c.exclusiveMinimum}`);
  if (c.maximum !== undefined) out.push(`≤ ${c.maximum}`);
  if (c.exclusiveMaximum !== undefined) out.push(`< ${c.exclusiveMaximum}`);
  if (c.pattern !== undefined) out.push(`pattern ${c.pattern}`);
  return out;
}

function allowed(lang: UiLang, field: TableField): string[] {
  if (field.categories?.length) return field.categories.map((c) => categoryText(lang, c));
  return (field.constraints?.enum ?? []).map(String);
}

export async function standardPage(context: PageContext): Promise<SafeHtml | undefined> {
  const { lang, deps, params } = context;
  const standard = deps.standards?.list().find((s) => s.name === params.name);
  if (!standard) return undefined;
  const t = standardsText(lang);
  const key = keyFields(standard.schema.primaryKey);
  const api = `/api/v1/standards/${encodeURIComponent(standard.name)}`;
  return layout({
    lang,
    title: standard.title[lang],
    alternate: context.alternate,
    current: 'standards',
    body: html`<h1>${standard.title[lang]}</h1>
<p>${standard.description[lang]}</p>
<h2>${t('downloads')}</h2>
<ul><li><a href="${api}/schema.json">${t('schemaJson')}</a></li><li><a href="${api}/example.csv">${t('exampleCsv')}</a></li></ul>
<h2>${t('guide')}</h2>
<div class="guide">${markdownToSafeHtml(standard.guide[lang])}</div>
<h2 id="fields">${t('fields')}</h2>
<p>${t('primaryKey')}${lang === 'fr' ? '\u00a0' : ''}: <code>${key.join(', ') || t('none')}</code></p>
<div class="table-scroll" role="region" aria-labelledby="fields" tabindex="0"><table class="fields">
<thead><tr><th scope="col">${t('field')}</th><th scope="col">${t('title')}</th><th scope="col">${t('type')}</th><th scope="col">${t('rules')}</th><th scope="col">${t('allowedValues')}</th></tr></thead>
<tbody>${standard.schema.fields.map((field) => {
      const values = allowed(lang, field);
      return html`<tr><th scope="row"><code>${field.name}</code></th><td>${fieldTitle(field, lang)}${fieldDescription(field, lang) ? html`<br><small>${fieldDescription(field, lang)}</small>` : ''}</td><td>${field.type ?? 'string'}${field.format && field.format !== 'default' ? html` (${field.format})` : ''}</td><td>${rules(lang, field).join(', ')}</td><td>${values.length ? html`<ul class="plain-list">${values.map((v) => html`<li>${v}</li>`)}</ul>` : ''}</td></tr>`;
    })}</tbody></table></div>
<h2 id="validate">${t('validateTitle')}</h2>
${validateForm(context, standard.name)}`,
  });
}
