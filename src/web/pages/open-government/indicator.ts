// One indicator: its text, deadline (with every change of it), targets with the computed actual
// and the records counted, every progress report, and for a signed-in editor the form to report.
import type { CountedRecord, IndicatorActuals } from '../../../community/indicators/compute.js';
import type { ProgressRuleError } from '../../../community/progress/rules.js';
import type { IndicatorView } from '../../../community/tracker.js';
import type { DeadlineChange, Indicator } from '../../../core/community/types.js';
import { DEADLINE_PRECISION_LABELS } from '../../../core/community/vocab.js';
import type { UiLang } from '../../../core/langstring.js';
import { html, type SafeHtml } from '../../html.js';
import { formatNumber } from '../../i18n/messages.js';
import { layout } from '../../layout.js';
import { formatDateTime } from '../../render/datetime.js';
import type { PageContext, PageResponse } from '../../server.js';
import { openGovernmentPath, pagePath } from '../../urls.js';
import { openGovText } from '../open-government.messages.js';
import { biText, clock, deadlineText, fact, list, monthLabel, plainBiText, reportTimeline, statusBadge } from './parts.js';
import { progressForm, type ProgressFormValues } from './progress-form.js';

const RECORD_PAGES = { event: 'events', declaration: 'declarations', 'charter-adoption': 'charter', 'learning-resource': 'learning' } as const;

/** Where a counted record is shown: a source on its page, the others on their community page. */
function recordHref(lang: UiLang, record: CountedRecord): string {
  return record.kind === 'source' ? pagePath(lang, 'sources', record.id) : openGovernmentPath(lang, RECORD_PAGES[record.kind], record.id);
}

function targetsPart(lang: UiLang, actuals: IndicatorActuals): SafeHtml {
  const t = openGovText(lang);
  if (actuals.targets.length === 0) return html`<p>${t('qualitative')}</p>`;
  const number = (value: number | undefined) => (value === undefined ? t('notCounted') : formatNumber(lang, value));
  const met = (value: boolean | undefined) => (value === undefined ? t('unknown') : value ? t('yes') : t('no'));
  return html`<p>${t('targetsIntro')}</p>
<div class="table-scroll"><table class="targets">
<thead><tr><th scope="col">${t('measure')}</th><th scope="col" class="num">${t('baseline')}</th><th scope="col" class="num">${t('target')}</th><th scope="col" class="num">${t('actual')}</th><th scope="col">${t('met')}</th></tr></thead>
<tbody>${actuals.targets.map(
    (a) => html`<tr><th scope="row">${biText(lang, a.target.label)}${a.target.unit ? html` <span class="muted">(${biText(lang, a.target.unit)})</span>` : ''}</th><td class="num">${a.target.baseline === undefined ? '–' : formatNumber(lang, a.target.baseline)}</td><td class="num">${formatNumber(lang, a.target.target)}</td><td class="num">${number(a.value)}</td><td>${met(a.met)}</td></tr>`,
  )}</tbody>
</table></div>
${actuals.met !== undefined ? html`<p><strong>${actuals.met ? t('allMet') : t('notAllMet')}</strong></p>` : ''}
${actuals.targets.filter((a) => a.target.count).map((a) => {
    const label = plainBiText(lang, a.target.label);
    return html`<h3>${t('recordsCounted', { label })}</h3>${
      a.records.length ? html`<ul class="counted">${a.records.map((r) => html`<li><a href="${recordHref(lang, r)}">${biText(lang, r.label, r.id)}</a></li>`)}</ul>` : html`<p>${t('noRecordsCounted')}</p>`
    }`;
  })}`;
}

function deadlineHistory(lang: UiLang, changes: DeadlineChange[]): SafeHtml {
  const t = openGovText(lang);
  if (changes.length <= 1) return html`<p>${t('noDeadlineHistory')}</p>`;
  return html`<ol class="deadline-history">${changes.map(
    (c) => html`<li>${biText(lang, c.deadline.text, c.deadline.due ?? DEADLINE_PRECISION_LABELS[c.deadline.precision][lang])} <span class="muted">(${t('deadlineSetBy', { when: formatDateTime(lang, c.at) ?? c.at, by: c.by })})</span></li>`,
  )}</ol>`;
}

function candidatesPage(context: PageContext, candidates: Indicator[]): SafeHtml {
  const { lang } = context;
  const t = openGovText(lang);
  return layout({
    lang,
    title: t('candidatesTitle'),
    alternate: context.alternate,
    current: 'openGovernment',
    body: html`<p class="breadcrumb"><a href="${openGovernmentPath(lang)}">${t('backToTracker')}</a></p>
<h1>${t('candidatesTitle')}</h1>
<p>${t('candidatesIntro')}</p>
<ul>${candidates.map((i) => html`<li><a href="${openGovernmentPath(lang, 'indicators', i.id)}">${i.id}</a> ${biText(lang, i.text)}</li>`)}</ul>`,
  });
}

export interface FormState {
  values: ProgressFormValues;
  errors: ProgressRuleError[];
}

/** The page of a found indicator; with a refused form's values and errors when `form` is given. */
export async function indicatorViewPage(context: PageContext, view: IndicatorView, form?: FormState): Promise<SafeHtml> {
  const { lang, deps } = context;
  const t = openGovText(lang);
  const { indicator } = view;
  const overview = deps.tracker ? await deps.tracker.plan(indicator.plan) : undefined;
  const commitment = deps.tracker ? await deps.tracker.commitment(indicator.commitment, clock(deps)) : undefined;
  const milestone = commitment?.milestones.find((m) => m.id === indicator.milestone);
  const commitmentLabel = commitment ? html`<span class="code">${commitment.commitment.ogpId ?? commitment.commitment.code ?? commitment.commitment.id}</span> ${biText(lang, commitment.commitment.title)}` : indicator.commitment;
  const commitmentLink = html`<a href="${openGovernmentPath(lang, 'commitments', indicator.commitment)}">${commitmentLabel}</a>`;
  const title = `${t('indicator')} ${indicator.code}`;
  return layout({
    lang,
    title: form ? t('errorTitle', { title }) : title,
    alternate: context.alternate,
    current: 'openGovernment',
    body: html`<p class="breadcrumb"><a href="${openGovernmentPath(lang)}">${t('backToTracker')}</a> › <a href="${openGovernmentPath(lang, 'plans', indicator.plan)}">${overview ? biText(lang, overview.plan.title, indicator.plan) : indicator.plan}</a> › ${commitmentLink}</p>
<h1>${t('indicator')} <span class="code">${indicator.code}</span></h1>
<p class="lead">${biText(lang, indicator.text)}</p>
<dl class="facts">
${fact(t('plan'), html`<a href="${openGovernmentPath(lang, 'plans', indicator.plan)}">${overview ? biText(lang, overview.plan.title, indicator.plan) : indicator.plan}</a>`)}
${fact(t('commitment'), commitmentLink)}
${fact(t('milestone'), milestone ? html`<span class="code">${milestone.code}</span> ${biText(lang, milestone.title)}` : indicator.milestone)}
${fact(t('deadline'), deadlineText(lang, indicator.deadline, view.overdue))}
${fact(t('latestStatus'), html`${statusBadge(lang, view.latest?.status)}${view.latest ? html` <span class="muted">(${monthLabel(lang, view.latest.period)})</span>` : ''}`)}
${fact(t('leads'), list(indicator.leadInstitutions))}
${fact(t('supporting'), list(indicator.supportingInstitutions))}
</dl>
<h2>${t('targetsHeading')}</h2>
${targetsPart(lang, view.actuals)}
<h2>${t('deadlineHistoryHeading')}</h2>
${deadlineHistory(lang, indicator.deadlineHistory)}
<h2 id="history">${t('historyHeading')}</h2>
${reportTimeline(lang, view.history)}
${progressForm(context, indicator, overview?.plan, clock(deps), form ?? {})}`,
  });
}

export async function indicatorPage(context: PageContext): Promise<SafeHtml | PageResponse | undefined> {
  const { deps } = context;
  const code = context.params.code;
  if (!deps.tracker || !code) return undefined;
  const lookup = await deps.tracker.indicator(code, clock(deps));
  if ('missing' in lookup) return undefined;
  if ('candidates' in lookup) return candidatesPage(context, lookup.candidates);
  return indicatorViewPage(context, lookup.found);
}
