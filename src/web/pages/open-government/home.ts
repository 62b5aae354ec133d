// The tracker's home: every action plan with its commitments, indicators and the latest statuses,
// and the ways into the rest (due reports, events, charter adoptions, learning, declarations).
import type { PlanSummary } from '../../../community/tracker.js';
import type { UiLang } from '../../../core/langstring.js';
import { html, type SafeHtml } from '../../html.js';
import { formatNumber } from '../../i18n/messages.js';
import { layout } from '../../layout.js';
import type { PageContext } from '../../server.js';
import { openGovernmentPath } from '../../urls.js';
import { openGovText } from '../open-government.messages.js';
import { biText, statusBar, statusCells, statusHeaders } from './parts.js';

export function planYears(plan: PlanSummary['plan']): string {
  return plan.startYear !== undefined && plan.endYear !== undefined ? `${plan.startYear}–${plan.endYear}` : String(plan.cycle);
}

function plansTable(lang: UiLang, plans: PlanSummary[]): SafeHtml {
  const t = openGovText(lang);
  if (plans.length === 0) return html`<p>${t('noPlans')}</p>`;
  return html`<div class="table-scroll" role="region" aria-labelledby="plans-heading" tabindex="0"><table class="plans">
<thead><tr><th scope="col">${t('plan')}</th><th scope="col">${t('years')}</th><th scope="col" class="num">${t('commitments')}</th><th scope="col" class="num">${t('indicators')}</th>${statusHeaders(lang)}<th scope="col"><span class="visually-hidden">${t('statuses')}</span></th></tr></thead>
<tbody>${plans.map(
    (s) => html`<tr><th scope="row"><a href="${openGovernmentPath(lang, 'plans', s.plan.id)}">${biText(lang, s.plan.title, s.plan.id)}</a></th><td>${planYears(s.plan)}</td><td class="num">${formatNumber(lang, s.commitments)}</td><td class="num">${formatNumber(lang, s.indicators)}</td>${statusCells(lang, s.statuses)}<td class="bar-cell">${statusBar(s.statuses)}</td></tr>`,
  )}</tbody>
</table></div>`;
}

export async function openGovernmentHomePage(context: PageContext): Promise<SafeHtml | undefined> {
  const { lang, deps } = context;
  if (!deps.tracker) return undefined;
  const t = openGovText(lang);
  // Newest plan first: it is the one being reported on.
  const plans = (await deps.tracker.plans()).sort((a, b) => b.plan.cycle - a.plan.cycle || (a.plan.id < b.plan.id ? -1 : 1));
  const link = (href: string, label: string) => html`<li><a href="${href}">${label}</a></li>`;
  return layout({
    lang,
    title: t('homeTitle'),
    alternate: context.alternate,
    current: 'openGovernment',
    body: html`<h1>${t('homeTitle')}</h1>
<p>${t('homeIntro')}</p>
<h2 id="plans-heading">${t('plansHeading')}</h2>
${plansTable(lang, plans)}
<h2 id="more-heading">${t('moreHeading')}</h2>
<ul class="link-list" aria-labelledby="more-heading">
${link(openGovernmentPath(lang, 'due'), t('dueLink'))}
${link(openGovernmentPath(lang, 'events'), t('eventsLink'))}
${link(openGovernmentPath(lang, 'charter'), t('charterLink'))}
${link(openGovernmentPath(lang, 'learning'), t('learningLink'))}
${link(openGovernmentPath(lang, 'declarations'), t('declarationsLink'))}
</ul>`,
  });
}
