// The validation page: the upload form, and the report of a file sent with it.
import type { UiLang } from '../../../core/langstring.js';
import type { ValidationReport } from '../../../standards/validate/report.js';
import { html, type SafeHtml } from '../../html.js';
import { formatNumber } from '../../i18n/messages.js';
import { layout } from '../../layout.js';
import type { PageContext } from '../../server.js';
import { standardsPath } from '../../urls.js';
import { standardsText } from './standards.messages.js';
import { validateForm } from './validate-form.js';

export async function validatePage(context: PageContext): Promise<SafeHtml | undefined> {
  const { lang, deps } = context;
  if (!deps.standards) return undefined;
  const t = standardsText(lang);
  const chosen = typeof context.query.schema === 'string' ? context.query.schema : undefined;
  return layout({ lang, title: t('validateTitle'), alternate: context.alternate, current: 'standards', body: html`<h1>${t('validateTitle')}</h1>${validateForm(context, chosen)}` });
}

/** The form again, with what was wrong with the request. */
export function validateErrorPage(context: PageContext, error: string, chosen?: string): SafeHtml {
  const t = standardsText(context.lang);
  return layout({ lang: context.lang, title: t('validateTitle'), alternate: context.alternate, current: 'standards', body: html`<h1>${t('validateTitle')}</h1>${validateForm(context, chosen, error)}` });
}

function delimiterName(lang: UiLang, delimiter: string): string {
  const names: Record<string, [string, string]> = { ',': ['comma', 'virgule'], ';': ['semicolon', 'point-virgule'], '\t': ['tab', 'tabulation'], '|': ['pipe', 'barre verticale'] };
  const name = names[delimiter];
  return name ? `${lang === 'en' ? name[0] : name[1]} (${delimiter === '\t' ? '\\t' : delimiter})` : JSON.stringify(delimiter);
}

export function reportPage(context: PageContext, report: ValidationReport, standardTitle: string, fileName: string): SafeHtml {
  const { lang } = context;
  const t = standardsText(lang);
  const n = (value: number) => formatNumber(lang, value);
  const types = Object.entries(report.stats.byType).filter(([, count]) => (count ?? 0) > 0);
  return layout({
    lang,
    title: `${t('reportTitle')}: ${fileName}`,
    alternate: context.alternate,
    current: 'standards',
    body: html`<h1>${t('reportTitle')}</h1>
<p><strong>${fileName}</strong> · ${standardTitle}</p>
<p class="${report.valid ? 'status status-succeeded' : 'status status-failed'}" role="status">${report.valid ? t('valid') : t('invalid')}</p>
<p>${t('summary', { rows: n(report.stats.rows), nRows: report.stats.rows, errors: n(report.stats.errors), nErrors: report.stats.errors, encoding: report.encoding, delimiter: delimiterName(lang, report.delimiter) })}</p>
${types.length ? html`<h2 id="by-type">${t('errorsByType')}</h2><div class="table-scroll" role="region" aria-labelledby="by-type" tabindex="0"><table class="status-counts"><tbody>${types.map(([type, count]) => html`<tr><th scope="row"><code>${type}</code></th><td class="num">${n(count ?? 0)}</td></tr>`)}</tbody></table></div>` : ''}
${report.errors.length ? html`<h2 id="errors">${t('errorList')}</h2>
${report.truncated ? html`<p>${t('truncated', { n: n(report.errors.length) })}</p>` : ''}
<div class="table-scroll" role="region" aria-labelledby="errors" tabindex="0"><table>
<thead><tr><th scope="col">${t('row')}</th><th scope="col">${t('column')}</th><th scope="col">${t('value')}</th><th scope="col">${t('errorType')}</th><th scope="col">${t('message')}</th></tr></thead>
<tbody>${report.errors.map((e) => html`<tr><td class="num">${e.rowNumber !== undefined ? n(e.rowNumber) : ''}</td><td>${e.fieldName !== undefined ? html`<code>${e.fieldName}</code>` : e.fieldNumber !== undefined ? n(e.fieldNumber) : ''}</td><td>${e.cell !== undefined ? html`<code>${e.cell}</code>` : ''}</td><td><code>${e.type}</code></td><td>${e.message}</td></tr>`)}</tbody>
</table></div>` : ''}
<p><a href="${standardsPath(lang, 'validate')}">${t('validateAnother')}</a></p>`,
  });
}
