// The dataset's files and links: title, format, size and languages. Only http, https and ftp
// addresses are links; any other address is shown as text, never followed.
import type { Distribution } from '../../../core/dataset.js';
import { formatLabel } from '../../../core/formats.js';
import type { UiLang } from '../../../core/langstring.js';
import { languageLabel } from '../../../core/languages.js';
import { html, safeUrl, type SafeHtml } from '../../html.js';
import { shownText } from '../../render/lang.js';
import { formatBytes } from '../../render/size.js';
import { datasetText } from '../dataset.messages.js';

/** A name for a distribution without a title: the last part of its address. */
function fallbackName(url: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  const last = path.split('/').filter((part) => part !== '').at(-1);
  try {
    return last ? decodeURIComponent(last) : url;
  } catch {
    return last ?? url;
  }
}

/** Size and languages columns only when some distribution has them. */
interface Columns {
  size: boolean;
  languages: boolean;
}

function row(lang: UiLang, d: Distribution, columns: Columns): SafeHtml {
  const t = datasetText(lang);
  const title = shownText(d.title, lang);
  const name = title ? html`<span${title.attr}>${title.text}</span>` : fallbackName(d.url);
  const href = safeUrl(d.url);
  const resource = href
    ? html`<a href="${href}" rel="nofollow noopener noreferrer">${name}</a>`
    : html`${name}<br><span class="unsafe-link">${t('unsafeLink')}</span> <code class="url">${d.url}</code>`;
  return html`<tr>
<td>${resource}</td>
<td>${d.format ? formatLabel(d.format)[lang] : html`<span class="muted">${t('unknownFormat')}</span>`}</td>
${columns.size ? html`<td>${d.size !== undefined ? formatBytes(lang, d.size) : ''}</td>` : ''}
${columns.languages ? html`<td>${d.languages.map((code) => languageLabel(code)[lang]).join(', ')}</td>` : ''}
</tr>`;
}

export function distributionsTable(lang: UiLang, distributions: readonly Distribution[], headingId: string): SafeHtml {
  const t = datasetText(lang);
  if (distributions.length === 0) return html`<p>${t('noDistributions')}</p>`;
  const columns: Columns = { size: distributions.some((d) => d.size !== undefined), languages: distributions.some((d) => d.languages.length > 0) };
  return html`<div class="table-scroll" role="region" aria-labelledby="${headingId}" tabindex="0"><table class="distributions">
<thead><tr><th scope="col">${t('distributionName')}</th><th scope="col">${t('distributionFormat')}</th>${columns.size ? html`<th scope="col">${t('distributionSize')}</th>` : ''}${columns.languages ? html`<th scope="col">${t('distributionLanguages')}</th>` : ''}</tr></thead>
<tbody>${distributions.map((d) => row(lang, d, columns))}</tbody>
</table></div>`;
}
