// The reports due: for each plan being reported on, its current period and the indicators that
// have no report for it yet, with their last report.
import type { DuePlan } from '../../../community/status/due.js';
import type { ActionPlan } from '../../../core/community/types.js';
import type { UiLang } from '../../../core/langstring.js';
import { html, type SafeHtml } from '../../html.js';
import { formatNumber } from '../../i18n/messages.js';
import { layout } from '../../layout.js';
import type { PageContext } from '../../server.js';
import { openGovernmentPath } from '../../urls.js';
import { openGovText } from '../open-government.messages.js';
import { biText, clock, monthLabel, statusBadge } from './parts.js';

function duePlan(lang: UiLang, due: DuePlan, plan: ActionPlan | undefined): SafeHtml {
  const t = openGovText(lang);
  const headingId = `due-${due.plan}`;
  const n = due.indicators.length;
  return html`<section aria-labelledby="${headingId}">
<h2 id="${headingId}"><a href="${openGovernmentPath(lang, 'plans', due.plan)}">${plan ? biText(lang, plan.title, due.plan) : due.plan}</a></h2>
<p><strong>${t('currentPeriod', { month: `${monthLabel(lang, due.period)} (${due.period})` })}</strong>. ${t('missingCount', { n, count: formatNumber(lang, n) })}.</p>
<div class="table-scroll"><table class="due">
<thead><tr><th scope="col">${t('indicator')}</th><th scope="col">${t('lastReported')}</th></tr></thead>
<tbody>${due.indicators.map(
    ({ indicator, latest }) => html`<tr><th scope="row"><a href="${openGovernmentPath(lang, 'indicators', indicator.id)}"><span class="code">${indicator.code}</span></a> ${biText(lang, indicator.text)}</th><td>${statusBadge(lang, latest?.status)}${
      latest ? html` <span class="muted">(${monthLabel(lang, latest.period)})</span>` : ''
    }</td></tr>`,
  )}</tbody>
</table></div>
</section>`;
}

export async function duePage(context: PageContext): Promise<SafeHtml | undefined> {
  const { lang, deps } = context;
  if (!deps.tracker) return undefined;
  const t = openGovText(lang);
  const [due, plans] = await Promise.all([deps.tracker.due(clock(deps)), deps.tracker.plans()]);
  const planOf = new Map(plans.map((s) => [s.plan.id, s.plan]));
  return layout({
    lang,
    title: t('dueTitle'),
    alternate: context.alternate,
    current: 'openGovernment',
    body: html`<p class="breadcrumb"><a href="${openGovernmentPath(lang)}">${t('backToTracker')}</a></p>
<h1>${t('dueTitle')}</h1>
<p>${t('dueIntro')}</p>
${due.length ? due.map((d) => duePlan(lang, d, planOf.get(d.plan))) : html`<p>${t('nothingDue')}</p>`}`,
  });
}
