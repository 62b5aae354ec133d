// Learning resources, filtered by type, level, audience and language; each has its own page with
// its schema.org LearningResource JSON-LD.
import type { LearningResource } from '../../../core/community/types.js';
import type { UiLang } from '../../../core/langstring.js';
import { learningResourceJsonLd, jsonLdScript } from '../../../community/export/jsonld.js';
import { licenceById } from '../../../core/licences.js';
import { html, safeUrl, trusted, type SafeHtml } from '../../html.js';
import { formatNumber } from '../../i18n/messages.js';
import { markdownToSafeHtml } from '../../render/rich-text.js';
import type { PageContext, PageResponse } from '../../server.js';
import { openGovernmentPath } from '../../urls.js';
import { learningText } from './learning.messages.js';
import { addForm, editForm } from './forms/editor.js';
import { biLangAttribute, biPlain, biText, choiceParam, communityPage, filterForm, invalidFilters, param, type Choice } from './shared.js';
import { pickBiText } from '../../../community/export/bi-text.js';

const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;

function levelChoices(lang: UiLang): Choice[] {
  const t = learningText(lang);
  return LEVELS.map((value) => ({ value, label: t(value) }));
}

/** Every value the resources have, sorted, as choices (the one asked for kept even when absent). */
function valuesOf(values: string[], current: string | undefined, lang: UiLang): Choice[] {
  const distinct = [...new Set([...values, ...(current ? [current] : [])])].sort((a, b) => a.localeCompare(b, lang));
  return distinct.map((value) => ({ value, label: value }));
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

const LANGUAGES: Record<UiLang, Intl.DisplayNames> = {
  en: new Intl.DisplayNames(['en-CA'], { type: 'language' }),
  fr: new Intl.DisplayNames(['fr-CA'], { type: 'language' }),
};

export function languageName(lang: UiLang, tag: string): string {
  try {
    return LANGUAGES[lang].of(tag) ?? tag;
  } catch {
    return tag;
  }
}

function item(context: PageContext, r: LearningResource): SafeHtml {
  const { lang } = context;
  const t = learningText(lang);
  const facts = [r.learningResourceType, r.educationalLevel ? t(r.educationalLevel) : undefined, r.inLanguage.map((tag) => languageName(lang, tag)).join(', ')].filter(Boolean);
  return html`<li><h3><a href="${openGovernmentPath(lang, 'learning', r.id)}">${biText(lang, r.title) || t('untitled')}</a></h3><p class="event-meta">${facts.join(' · ')}</p></li>`;
}

export async function learningPage(context: PageContext): Promise<SafeHtml | PageResponse | undefined> {
  const { lang, deps, query } = context;
  const tracker = deps.tracker;
  if (!tracker) return undefined;
  const t = learningText(lang);
  const listPath = openGovernmentPath(lang, 'learning');
  const level = choiceParam(lang, query, 'level', levelChoices(lang));
  const language = param(query, 'language');
  const type = param(query, 'type');
  const audience = param(query, 'audience');
  const problems = [...('problem' in level ? [level.problem] : []), ...(language !== undefined && !LANGUAGE_TAG.test(language) ? [t('badLanguage', { value: language })] : [])];
  if (problems.length > 0 || 'problem' in level) return invalidFilters(context, t('title'), problems, listPath);
  const [all, shown] = await Promise.all([
    tracker.learningResources(),
    tracker.learningResources({
      ...(type ? { type } : {}),
      ...(level.ok ? { level: level.ok as LearningResource['educationalLevel'] } : {}),
      ...(audience ? { audience } : {}),
      ...(language ? { language } : {}),
    }),
  ]);
  shown.sort((a, b) => biPlain(lang, a.title, a.id).localeCompare(biPlain(lang, b.title, b.id), lang));
  const filters = filterForm(lang, listPath, [
    { kind: 'select', name: 'type', label: t('type'), choices: valuesOf(all.map((r) => r.learningResourceType), type, lang), ...(type ? { value: type } : {}) },
    { kind: 'select', name: 'level', label: t('level'), choices: levelChoices(lang), ...(level.ok ? { value: level.ok } : {}) },
    { kind: 'select', name: 'audience', label: t('audience'), choices: valuesOf(all.flatMap((r) => r.audience), audience, lang), ...(audience ? { value: audience } : {}) },
    { kind: 'text', name: 'language', label: t('language'), hint: t('languageHint'), ...(language ? { value: language } : {}) },
  ]);
  return communityPage(context, {
    title: t('title'),
    noindex: [type, level.ok, audience, language].some((v) => v !== undefined),
    body: html`<h1>${t('title')}</h1>
<p>${t('intro')}</p>
${filters}
<h2 id="resources-heading">${t('count', { n: shown.length, count: formatNumber(lang, shown.length) })}</h2>
${shown.length > 0 ? html`<ul class="event-list" aria-labelledby="resources-heading">${shown.map((r) => item(context, r))}</ul>` : html`<p>${t('none')}</p>`}
${addForm(context, 'learning-resource')}`,
  });
}

function licenceText(lang: UiLang, licence: string): SafeHtml | string {
  const known = licenceById(licence);
  const url = safeUrl((lang === 'fr' ? known?.urlFr : undefined) ?? known?.url ?? licence);
  const label = known ? known.label[lang] : licence;
  return url ? html`<a href="${url}">${label}</a>` : label;
}

export async function learningResourcePage(context: PageContext): Promise<SafeHtml | undefined> {
  const { lang, deps, params } = context;
  if (!deps.tracker || !params.id) return undefined;
  const resource = (await deps.store.getCommunity('learning-resource', params.id))?.data;
  if (!resource) return undefined;
  const t = learningText(lang);
  const title = biPlain(lang, resource.title, t('untitled'));
  const url = safeUrl(resource.url);
  const description = pickBiText(resource.description, lang);
  const fact = (label: string, value: SafeHtml | string) => html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;
  return communityPage(context, {
    title,
    head: trusted(jsonLdScript(learningResourceJsonLd(resource, { lang }))),
    body: html`<h1${biLangAttribute(lang, resource.title)}>${title}</h1>
${url ? html`<p><a href="${url}">${t('resource')}</a></p>` : ''}
<dl class="facts">
${fact(t('type'), resource.learningResourceType)}
${resource.educationalLevel ? fact(t('level'), t(resource.educationalLevel)) : ''}
${resource.audience.length > 0 ? fact(t('audience'), resource.audience.join(', ')) : ''}
${fact(t('language'), resource.inLanguage.map((tag) => languageName(lang, tag)).join(', '))}
${resource.teaches.length > 0 ? fact(t('teaches'), resource.teaches.join(', ')) : ''}
${resource.publisher ? fact(t('publisher'), resource.publisher) : ''}
${resource.license ? fact(t('license'), licenceText(lang, resource.license)) : ''}
${resource.timeRequired ? fact(t('timeRequired'), resource.timeRequired) : ''}
</dl>
${description ? html`<section aria-labelledby="description-heading"><h2 id="description-heading">${t('description')}</h2><div${biLangAttribute(lang, resource.description)}>${markdownToSafeHtml(description.text)}</div></section>` : ''}
<p><a href="${openGovernmentPath(lang, 'learning')}">${t('allResources')}</a></p>
${editForm(context, 'learning-resource', resource)}`,
  });
}
