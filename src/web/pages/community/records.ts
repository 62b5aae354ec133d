// The pages of one charter adoption and one declaration: their facts (and, for editors, their form).
import { JURISDICTION_LEVEL_LABELS } from '../../../core/jurisdictions.js';
import { html, safeUrl, type SafeHtml } from '../../html.js';
import { formatPartialDate } from '../../render/partial-date.js';
import type { PageContext } from '../../server.js';
import { openGovernmentPath } from '../../urls.js';
import { charterText } from './charter.messages.js';
import { declarationLink, yesNo } from './declarations.js';
import { declarationsText } from './declarations.messages.js';
import { editForm } from './forms/editor.js';
import { biLangAttribute, biPlain, biText, communityPage } from './shared.js';

const fact = (label: string, value: SafeHtml | string) => html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;

export async function charterAdoptionPage(context: PageContext): Promise<SafeHtml | undefined> {
  const { lang, deps, params } = context;
  if (!deps.tracker || !params.id) return undefined;
  const adoption = (await deps.store.getCommunity('charter-adoption', params.id))?.data;
  if (!adoption) return undefined;
  const t = charterText(lang);
  const title = biPlain(lang, adoption.government, t('untitled'));
  const evidence = safeUrl(adoption.evidence);
  const instrument = biText(lang, adoption.instrument);
  return communityPage(context, {
    title,
    body: html`<h1${biLangAttribute(lang, adoption.government)}>${title}</h1>
<dl class="facts">
${fact(t('level'), JURISDICTION_LEVEL_LABELS[adoption.level]?.[lang] ?? adoption.level)}
${fact(t('date'), html`<time datetime="${adoption.date}">${formatPartialDate(lang, adoption.date)}</time>`)}
${instrument ? fact(t('instrument'), instrument) : ''}
${fact(t('evidence'), evidence ? html`<a href="${evidence}">${evidence}</a>` : adoption.evidence)}
</dl>
<p><a href="${openGovernmentPath(lang, 'charter')}">${t('allAdoptions')}</a></p>
${editForm(context, 'charter-adoption', adoption)}`,
  });
}

export async function declarationPage(context: PageContext): Promise<SafeHtml | undefined> {
  const { lang, deps, params } = context;
  if (!deps.tracker || !params.id) return undefined;
  const declaration = (await deps.store.getCommunity('declaration', params.id))?.data;
  if (!declaration) return undefined;
  const t = declarationsText(lang);
  const title = biPlain(lang, declaration.title, t('untitled'));
  return communityPage(context, {
    title,
    body: html`<h1${biLangAttribute(lang, declaration.title)}>${title}</h1>
<dl class="facts">
${fact(t('date'), html`<time datetime="${declaration.date}">${formatPartialDate(lang, declaration.date)}</time>`)}
${declaration.signatories.length > 0 ? fact(t('signatories'), declaration.signatories.join(', ')) : ''}
${fact(t('openGovernmentLanguage'), yesNo(context, declaration.openGovernmentLanguage))}
${declaration.url ? fact(t('link'), declarationLink(context, declaration)) : ''}
</dl>
<p><a href="${openGovernmentPath(lang, 'declarations')}">${t('allDeclarations')}</a></p>
${editForm(context, 'declaration', declaration)}`,
  });
}
