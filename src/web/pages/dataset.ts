// A dataset: its title and description in the page language (or the other, said so), what it is
// about, its files and links, where it was harvested from, and schema.org JSON-LD. Withdrawn and
// unknown ids get the 404 page.
import type { Label } from '../../core/langstring.js';
import { html, type SafeHtml } from '../html.js';
import { layout } from '../layout.js';
import { datasetJsonLd, jsonLdElement } from '../render/json-ld.js';
import { shownText } from '../render/lang.js';
import { renderRichText } from '../render/rich-text.js';
import type { PageContext } from '../server.js';
import { datasetText } from './dataset.messages.js';
import { distributionsTable } from './dataset/distributions.js';
import { datasetFacts } from './dataset/facts.js';
import { provenanceSection } from './dataset/provenance.js';
import { fallbackNotice, machineTranslatedBadge } from './dataset/shown-text.js';

export async function datasetPage(context: PageContext): Promise<SafeHtml | undefined> {
  const { lang, deps } = context;
  const id = context.params.id;
  if (!id) return undefined;
  const found = await deps.store.getDataset(id);
  if (!found || found.state !== 'active') return undefined;
  const { record, cluster } = found;
  const t = datasetText(lang);
  const sourceNames = deps.sourceNames ? await deps.sourceNames() : new Map<string, Label>((await deps.store.listSources()).map((s) => [s.settings.id, s.settings.name]));
  const title = shownText(record.title, lang);
  const description = shownText(record.description, lang);
  const titleText = title?.text ?? t('untitled');
  const jsonLd = datasetJsonLd(record, {
    lang,
    sourceName: sourceNames.get(record.provenance.sourceId)?.[lang] ?? record.provenance.sourceId,
    sameAs: (cluster?.members ?? []).filter((m) => m.id !== record.id && m.landingPage).map((m) => m.landingPage!),
  });
  return layout({
    lang,
    title: titleText,
    alternate: context.alternate,
    head: jsonLdElement(jsonLd),
    body: html`<article class="dataset">
<header class="dataset-head">
<h1${title?.attr ?? ''}>${titleText}</h1>
${fallbackNotice(lang, title)}${machineTranslatedBadge(lang, title)}
</header>
<section class="dataset-description" aria-labelledby="description-heading">
<h2 id="description-heading">${t('descriptionHeading')}</h2>
${
  description
    ? html`${fallbackNotice(lang, description)}${machineTranslatedBadge(lang, description)}<div class="rich-text"${description.attr}>${renderRichText(description.text)}</div>`
    : html`<p class="muted">${t('noDescription')}</p>`
}
</section>
<section class="dataset-about" aria-labelledby="about-heading">
<h2 id="about-heading">${t('aboutHeading')}</h2>
${datasetFacts(lang, record)}
</section>
<section class="dataset-distributions" aria-labelledby="distributions-heading">
<h2 id="distributions-heading">${t('distributionsHeading')}</h2>
${distributionsTable(lang, record.distributions, 'distributions-heading')}
</section>
${provenanceSection({ lang, record, cluster, sourceNames, headingId: 'provenance-heading' })}
</article>`,
  });
}
