// One action plan: its facts and each commitment with the counts of its indicators' latest
// statuses (Complete, Substantial, Limited, Not started, no report), as a table with a bar.
import type { CommitmentSummary, PlanOverview } from '../../../community/tracker.js';
import type { UiLang } from '../../../core/langstring.js';
import { html, safeUrl, type SafeHtml } from '../../html.js';
import { formatNumber } from '../../i18n/messages.js';
import { layout } from '../../layout.js';
import type { PageContext } from '../../server.js';
import { openGovernmentPath } from '../../urls.js';
import { openGovText } from '../open-government.messages.js';
import { planYears } from './home.js';
import { biText, fact, monthLabel, plainBiText, statusBar, statusCells, statusHeaders, statusSummary } from './parts.js';

function commitmentsTable(lang: UiLang, commitments: CommitmentSummary[]): SafeHtml {
  const t = openGovText(lang);
  if (commitments.length === 0) return html`<p>${t('noCommitments')}</p>`;
  return html`<div class="table-scroll" role="region" aria-labelledby="commitments-heading" tabindex="0"><table class="commitments">
<thead><tr><th scope="col">${t('commitment')}</th>${statusHeaders(lang)}<th scope="col"><span class="visually-hidden">${t('statuses')}</span></th></tr></thead>
<tbody>${commitments.map(({ commitment, statuses }) => {
    const label = commitment.ogpId ?? commitment.code ?? commitment.id;
    const counts = statuses.total > 0 ? html`${statusCells(lang, statuses)}<td class="bar-cell">${statusBar(statuses)}</td>` : html`<td colspan="6" class="muted">${t('noIndicators')}</td>`;
    return html`<tr><th scope="row"><a href="${openGovernmentPath(lang, 'commitments', commitment.id)}"><span class="code">${label}</span> ${biText(lang, commitment.title)}</a></th>${counts}</tr>`;
  })}</tbody>
</table></div>`;
}

export async function planPage(context: PageContext): Promise<SafeHtml | undefined> {
  const { lang, deps } = context;
  const id = context.params.id;
  const overview = deps.tracker && id ? await deps.tracker.plan(id) : undefined;
  if (!overview) return undefined;
  const t = openGovText(lang);
  const { plan } = overview;
  const title = plainBiText(lang, plan.title, plan.id);
  const url = safeUrl(plan.url);
  return layout({
    lang,
    title,
    alternate: context.alternate,
    current: 'openGovernment',
    body: html`<p class="breadcrumb"><a href="${openGovernmentPath(lang)}">${t('backToTracker')}</a></p>
<h1>${biText(lang, plan.title, plan.id)}</h1>
<dl class="facts">
${fact(t('years'), planYears(plan))}
${fact(t('cycle'), String(plan.cycle))}
${fact(t('cadence'), plan.cadence === 'quarterly' ? t('quarterly') : t('semiAnnual'))}
${fact(t('periods'), plan.periods.length ? plan.periods.map((p) => monthLabel(lang, p)).join(', ') : t('noPeriods'))}
${fact(t('commitments'), formatNumber(lang, overview.commitments))}
${fact(t('indicators'), formatNumber(lang, overview.indicators))}
${url ? fact(t('ogpPage'), html`<a href="${url}" rel="nofollow noopener noreferrer">${url}</a>`) : ''}
</dl>
<h2 id="statuses-heading">${t('statuses')}</h2>
${statusSummary(lang, overview.statuses, 'statuses-heading')}
<h2 id="commitments-heading">${t('commitments')}</h2>
<p>${t('planCommitmentsIntro')}</p>
${commitmentsTable(lang, overview.commitmentList)}`,
  });
}
