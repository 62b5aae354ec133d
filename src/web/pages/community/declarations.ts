// Declarations, newest first: date, title, signatories, whether they use open government language,
// and a link to their text; each has its own page (where editors change it).
import type { Declaration } from '../../../core/community/types.js';
import { html, safeUrl, type SafeHtml } from '../../html.js';
import { formatNumber } from '../../i18n/messages.js';
import { formatPartialDate } from '../../render/partial-date.js';
import type { PageContext } from '../../server.js';
import { openGovernmentPath } from '../../urls.js';
import { communityText } from './community.messages.js';
import { declarationsText } from './declarations.messages.js';
import { addForm } from './forms/editor.js';
import { biPlain, biText, communityPage } from './shared.js';

export function declarationLink(context: PageContext, declaration: Declaration): SafeHtml | string {
  const t = declarationsText(context.lang);
  const url = safeUrl(declaration.url);
  if (!url) return declaration.url ?? '';
  return html`<a href="${url}">${new URL(url).hostname}<span class="visually-hidden"> (${t('linkLabel', { name: biPlain(context.lang, declaration.title, t('untitled')) })})</span></a>`;
}

export function yesNo(context: PageContext, value: boolean): string {
  const t = communityText(context.lang);
  return value ? t('yes') : t('no');
}

function row(context: PageContext, d: Declaration): SafeHtml {
  const { lang } = context;
  const t = declarationsText(lang);
  return html`<tr><td><time datetime="${d.date}">${formatPartialDate(lang, d.date)}</time></td>
<th scope="row"><a href="${openGovernmentPath(lang, 'declarations', d.id)}">${biText(lang, d.title) || t('untitled')}</a></th>
<td>${d.signatories.join(', ')}</td><td>${yesNo(context, d.openGovernmentLanguage)}</td><td>${declarationLink(context, d)}</td></tr>`;
}

export async function declarationsPage(context: PageContext): Promise<SafeHtml | undefined> {
  const { lang, deps } = context;
  if (!deps.tracker) return undefined;
  const t = declarationsText(lang);
  const declarations = await deps.tracker.declarations();
  const table = declarations.length === 0
    ? html`<p>${t('none')}</p>`
    : html`<div class="table-scroll" role="region" aria-label="${t('tableCaption', { count: formatNumber(lang, declarations.length) })}" tabindex="0"><table class="community-table"><caption>${t('tableCaption', { count: formatNumber(lang, declarations.length) })}</caption>
<thead><tr><th scope="col">${t('date')}</th><th scope="col">${t('declaration')}</th><th scope="col">${t('signatories')}</th><th scope="col">${t('openGovernmentLanguage')}</th><th scope="col">${t('link')}</th></tr></thead>
<tbody>${declarations.map((d) => row(context, d))}</tbody></table></div>`;
  return communityPage(context, { title: t('title'), body: html`<h1>${t('title')}</h1><p>${t('intro')}</p>${table}${addForm(context, 'declaration')}` });
}
