// Every data standard: its title, what it is for, its fields, and links to its page and files.
import { html, type SafeHtml } from '../../html.js';
import { formatNumber } from '../../i18n/messages.js';
import { layout } from '../../layout.js';
import type { PageContext } from '../../server.js';
import { standardsPath } from '../../urls.js';
import { standardsText } from './standards.messages.js';
import { keyFields } from '../../../standards/table-schema.js';

export async function standardsListPage(context: PageContext): Promise<SafeHtml | undefined> {
  const { lang, deps } = context;
  if (!deps.standards) return undefined;
  const t = standardsText(lang);
  const standards = deps.standards.list();
  return layout({
    lang,
    title: t('listTitle'),
    alternate: context.alternate,
    current: 'standards',
    body: html`<h1>${t('listTitle')}</h1>
<p>${t('listIntro')}</p>
<ul class="standard-list">${standards.map((s) => {
      const id = `standard-${s.name}`;
      return html`<li><article aria-labelledby="${id}">
<h2 id="${id}"><a href="${standardsPath(lang, { standard: s.name })}">${s.title[lang]}</a></h2>
<p>${s.description[lang]}</p>
<p>${t('fieldCount', { count: formatNumber(lang, s.schema.fields.length) })} · ${t('primaryKey')}${lang === 'fr' ? '\u00a0' : ''}: <code>${keyFields(s.schema.primaryKey).join(', ') || t('none')}</code></p>
</article></li>`;
    })}</ul>
<p><a href="${standardsPath(lang, 'validate')}">${t('validateTitle')}</a> · ${deps.standards.coverage ? html`<a href="${standardsPath(lang, 'coverage')}">${t('coverageLink')}</a>` : ''}</p>`,
  });
}
