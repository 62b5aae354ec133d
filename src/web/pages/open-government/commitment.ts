// One commitment: its facts and text, milestones with their indicators' latest statuses and
// deadlines (overdue said in words), the latest evidence, every progress report, and the IRM's
// independent assessments in a panel of their own. Its Atom feed is offered to follow it.
import type { CommitmentView, IndicatorStatus } from '../../../community/tracker.js';
import type { IrmAssessment, Milestone } from '../../../core/community/types.js';
import { IRM_REPORT_LABELS, IRM_SCALE_LABELS, OGP_VALUE_LABELS } from '../../../core/community/vocab.js';
import type { UiLang } from '../../../core/langstring.js';
import { html, safeUrl, type SafeHtml } from '../../html.js';
import { layout } from '../../layout.js';
import type { PageContext } from '../../server.js';
import { openGovernmentPath } from '../../urls.js';
import { openGovText } from '../open-government.messages.js';
import { biText, clock, deadlineText, fact, list, markdownBlock, monthLabel, plainBiText, reportTimeline, statusBadge, statusSummary } from './parts.js';

/** The commitment's Atom feed, served by the API. */
export function commitmentFeedPath(id: string, lang: UiLang): string {
  return `/api/v1/community/commitments/${encodeURIComponent(id)}/feed.atom?lang=${lang}`;
}

function indicatorRows(lang: UiLang, indicators: IndicatorStatus[]): SafeHtml {
  const t = openGovText(lang);
  return html`<div class="table-scroll"><table class="indicators">
<thead><tr><th scope="col">${t('indicator')}</th><th scope="col">${t('latestStatus')}</th><th scope="col">${t('deadline')}</th></tr></thead>
<tbody>${indicators.map(
    ({ indicator, latest, overdue }) => html`<tr${overdue ? html` class="is-overdue"` : ''}><th scope="row"><a href="${openGovernmentPath(lang, 'indicators', indicator.id)}"><span class="code">${indicator.code}</span></a> ${biText(lang, indicator.text)}</th><td>${statusBadge(lang, latest?.status)}${
      latest ? html` <span class="muted">(${monthLabel(lang, latest.period)})</span>` : ''
    }</td><td>${deadlineText(lang, indicator.deadline, overdue)}</td></tr>`,
  )}</tbody>
</table></div>`;
}

function milestonesPart(lang: UiLang, view: CommitmentView): SafeHtml {
  const t = openGovText(lang);
  const known = new Set(view.milestones.map((m) => m.id));
  const groups: Array<{ milestone?: Milestone; indicators: IndicatorStatus[] }> = view.milestones.map((milestone) => ({
    milestone,
    indicators: view.indicators.filter((i) => i.indicator.milestone === milestone.id),
  }));
  const orphans = view.indicators.filter((i) => !known.has(i.indicator.milestone));
  if (orphans.length > 0) groups.push({ indicators: orphans });
  if (groups.length === 0) return html`<p>${t('noMilestones')}</p>`;
  return html`${groups.map(
    ({ milestone, indicators }) => html`<section class="milestone"${milestone ? html` aria-labelledby="milestone-${milestone.code}"` : ''}>
${milestone ? html`<h3 id="milestone-${milestone.code}"><span class="code">${milestone.code}</span> ${biText(lang, milestone.title)}</h3>` : html`<h3>${t('indicators')}</h3>`}
${milestone && milestone.leadInstitutions.length ? html`<p class="muted">${t('leads')}${lang === 'fr' ? ' : ' : ': '}${milestone.leadInstitutions.join('; ')}</p>` : ''}
${indicators.length ? indicatorRows(lang, indicators) : html`<p class="muted">${t('noIndicators')}</p>`}
</section>`,
  )}`;
}

function evidencePart(lang: UiLang, view: CommitmentView): SafeHtml | '' {
  if (view.evidence.length === 0) return '';
  const t = openGovText(lang);
  const code = new Map(view.indicators.map((i) => [i.indicator.id, i.indicator.code]));
  return html`<h2 id="evidence-heading">${t('evidenceHeading')}</h2>
<ul class="evidence-list" aria-labelledby="evidence-heading">${view.evidence.map(
    (e) => html`<li><p><a href="${openGovernmentPath(lang, 'indicators', e.indicator)}">${code.get(e.indicator) ?? e.indicator}</a> <span class="muted">(${monthLabel(lang, e.period)})</span></p>${markdownBlock(lang, e.evidence)}</li>`,
  )}</ul>`;
}

function irmAssessment(lang: UiLang, a: IrmAssessment): SafeHtml {
  const t = openGovText(lang);
  const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? t('yes') : t('no'));
  const url = safeUrl(a.url);
  return html`<li class="irm-assessment"><h3>${IRM_REPORT_LABELS[a.report][lang]}${a.year !== undefined ? ` ${a.year}` : ''}</h3>
<dl class="facts compact">
${fact(t('specificity'), a.specificity && IRM_SCALE_LABELS.specificity[a.specificity][lang])}
${fact(t('verifiable'), yesNo(a.verifiable))}
${fact(t('relevance'), a.relevance?.length ? a.relevance.map((v) => OGP_VALUE_LABELS[v][lang]).join(', ') : undefined)}
${fact(t('openGovernmentLens'), yesNo(a.openGovernmentLens))}
${fact(t('potentialImpact'), a.potentialImpact && IRM_SCALE_LABELS.potentialImpact[a.potentialImpact][lang])}
${fact(t('potentialForResults'), a.potentialForResults && IRM_SCALE_LABELS.potentialForResults[a.potentialForResults][lang])}
${fact(t('completion'), a.completion && IRM_SCALE_LABELS.completion[a.completion][lang])}
${fact(t('didItOpenGovernment'), a.didItOpenGovernment && IRM_SCALE_LABELS.didItOpenGovernment[a.didItOpenGovernment][lang])}
${fact(t('starred'), yesNo(a.starred))}
</dl>
${url ? html`<p><a href="${url}" rel="nofollow noopener noreferrer">${t('irmReport')}</a></p>` : ''}
</li>`;
}

function irmPanel(lang: UiLang, irm: IrmAssessment[]): SafeHtml {
  const t = openGovText(lang);
  return html`<section class="panel irm" aria-labelledby="irm-heading">
<h2 id="irm-heading">${t('irmHeading')}</h2>
<p>${t('irmIntro')}</p>
${irm.length ? html`<ul class="irm-list">${irm.map((a) => irmAssessment(lang, a))}</ul>` : html`<p>${t('noIrm')}</p>`}
</section>`;
}

export async function commitmentPage(context: PageContext): Promise<SafeHtml | undefined> {
  const { lang, deps } = context;
  const id = context.params.id;
  const view = deps.tracker && id ? await deps.tracker.commitment(id, clock(deps)) : undefined;
  if (!view) return undefined;
  const t = openGovText(lang);
  const c = view.commitment;
  const label = c.ogpId ?? c.code ?? c.id;
  const title = plainBiText(lang, c.title, c.id);
  const feed = commitmentFeedPath(c.id, lang);
  const ogpUrl = safeUrl(c.url);
  const planLink = html`<a href="${openGovernmentPath(lang, 'plans', c.plan)}">${view.plan ? biText(lang, view.plan.title, c.plan) : c.plan}</a>`;
  const dates = [c.startDate, c.endDate].filter((d): d is string => d !== undefined).join(' – ');
  return layout({
    lang,
    title: `${label} ${title}`,
    alternate: context.alternate,
    current: 'openGovernment',
    head: html`<link rel="alternate" type="application/atom+xml" href="${feed}" title="${t('feedTitle', { title })}">`,
    body: html`<p class="breadcrumb"><a href="${openGovernmentPath(lang)}">${t('backToTracker')}</a> › ${planLink}</p>
<h1><span class="code">${label}</span> ${biText(lang, c.title, c.id)}</h1>
<p><a class="feed-link" href="${feed}" type="application/atom+xml">${t('follow')}</a></p>
<dl class="facts">
${fact(t('ogpId'), c.ogpId)}
${fact(t('plan'), planLink)}
${fact(t('code'), c.code)}
${fact(t('leads'), list(c.leadInstitutions))}
${fact(t('supporting'), list(c.supportingInstitutions))}
${fact(t('policyAreas'), c.policyAreas.join(', '))}
${fact(t('ogpValues'), c.ogpValues.map((v) => OGP_VALUE_LABELS[v][lang]).join(', '))}
${fact(t('dates'), dates)}
${fact(t('status'), c.status && (c.status === 'active' ? t('active') : t('inactive')))}
${ogpUrl ? fact(t('ogpPage'), html`<a href="${ogpUrl}" rel="nofollow noopener noreferrer">${ogpUrl}</a>`) : ''}
</dl>
${view.statuses.total > 0 ? html`<h2 id="statuses-heading">${t('statuses')}</h2>${statusSummary(lang, view.statuses, 'statuses-heading')}` : ''}
<h2>${t('commitmentText')}</h2>
${markdownBlock(lang, c.text) || html`<p>${t('noText')}</p>`}
<h2>${t('milestonesHeading')}</h2>
${milestonesPart(lang, view)}
${evidencePart(lang, view)}
<h2 id="history">${t('historyHeading')}</h2>
${reportTimeline(lang, view.history, (indicator) => html`<a href="${openGovernmentPath(lang, 'indicators', indicator)}">${view.indicators.find((i) => i.indicator.id === indicator)?.indicator.code ?? indicator}</a>`)}
${irmPanel(lang, view.irm)}`,
  });
}
