// The upload form that validates a CSV file against a standard (the standard first: the server
// reads the fields in order and streams the file straight into the validator).
import { html, type SafeHtml } from '../../html.js';
import type { PageContext } from '../../server.js';
import { standardsPath } from '../../urls.js';
import { uploadLimitText } from './parts.js';
import { standardsText } from './standards.messages.js';

export function validateForm(context: PageContext, chosen?: string, error?: string): SafeHtml {
  const { lang, deps } = context;
  const t = standardsText(lang);
  const standards = deps.standards?.list() ?? [];
  return html`<form class="record-form" method="post" action="${standardsPath(lang, 'validate')}" enctype="multipart/form-data">
${error ? html`<div class="error-summary" role="alert"><p>${error}</p></div>` : ''}
<p>${t('validateIntro', { max: uploadLimitText(lang, deps) })}</p>
<p><label for="schema">${t('standard')}</label><br>
<select id="schema" name="schema">${standards.map((s) => html`<option value="${s.name}"${s.name === chosen ? html` selected` : ''}>${s.title[lang]}</option>`)}</select></p>
<p><label for="file">${t('file')}</label><br>
<input type="file" id="file" name="file" accept=".csv,.txt,text/csv" aria-describedby="file-hint" required>
<span class="hint" id="file-hint">${t('fileHint')}</span></p>
<p><button type="submit">${t('validateButton')}</button></p>
</form>`;
}
