// Where the record comes from: the source and the harvest, a link to the original record, and
// the other sources that hold the same dataset (its cluster), each with its copy.
import type { DatasetRecord } from '../../../core/dataset.js';
import type { Label, UiLang } from '../../../core/langstring.js';
import type { StoredCluster } from '../../../store/store.js';
import { html, safeUrl, type SafeHtml } from '../../html.js';
import { formatDate } from '../../i18n/messages.js';
import { pagePath } from '../../urls.js';
import { datasetText } from '../dataset.messages.js';

const EXTERNAL = 'nofollow noopener noreferrer';

export interface ProvenanceContext {
  lang: UiLang;
  record: DatasetRecord;
  cluster: StoredCluster | undefined;
  /** Source id → name. */
  sourceNames: ReadonlyMap<string, Label>;
  headingId: string;
}

export function provenanceSection(context: ProvenanceContext): SafeHtml {
  const { lang, record, cluster, sourceNames, headingId } = context;
  const t = datasetText(lang);
  const name = (sourceId: string) => sourceNames.get(sourceId)?.[lang] ?? sourceId;
  const p = record.provenance;
  const original = safeUrl(p.landingPage);
  const others = (cluster?.members ?? []).filter((m) => m.id !== record.id);
  const modifiedAtSource = formatDate(lang, p.modifiedAtSource);
  return html`<section class="provenance" aria-labelledby="${headingId}">
<h2 id="${headingId}">${t('provenanceHeading')}</h2>
<p>${t('harvestedFromBefore')}<a href="${pagePath(lang, 'sources', p.sourceId)}">${name(p.sourceId)}</a>${t('harvestedOn', { date: formatDate(lang, p.harvestedAt) ?? p.harvestedAt })}</p>
<p>${
  original
    ? html`<a class="original-link" href="${original}" rel="${EXTERNAL}">${t('viewOriginal')}</a>`
    : p.landingPage
      ? html`${t('unsafeOriginal')} <code class="url">${p.landingPage}</code>`
      : t('noOriginal')
}</p>
<dl class="facts compact">
<div class="fact"><dt>${t('remoteId')}</dt><dd><code>${p.remoteId}</code></dd></div>
${modifiedAtSource ? html`<div class="fact"><dt>${t('modifiedAtSource')}</dt><dd><time datetime="${p.modifiedAtSource}">${modifiedAtSource}</time></dd></div>` : ''}
</dl>
${
  others.length
    ? html`<h3>${t('otherCopiesHeading')}</h3>
<ul class="copies">${others.map((m) => {
        const landing = safeUrl(m.landingPage);
        return html`<li><a href="${pagePath(lang, 'dataset', m.id)}">${t('copyHere', { source: name(m.source) })}</a>${landing ? html` – <a href="${landing}" rel="${EXTERNAL}">${t('copyOriginal', { source: name(m.source) })}</a>` : ''}</li>`;
      })}</ul>`
    : ''
}
${
  cluster && cluster.preferred !== record.id
    ? html`<p>${t('shownCopy')} <a href="${pagePath(lang, 'dataset', cluster.preferred)}">${name(cluster.members.find((m) => m.id === cluster.preferred)?.source ?? '')}</a></p>`
    : ''
}
</section>`;
}
