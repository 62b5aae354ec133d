// The settings form of a source (on, off, schedule, priority) for a signed-in administrator, and
// the reading of what it posts into a change of sources.yaml.
import type { UiLang } from '../../core/langstring.js';
import { mayDo } from '../../core/permissions.js';
import type { StoredSource } from '../../store/store.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../server.js';
import { sourceActionPath } from '../urls.js';
import { sessionText } from './session.messages.js';
import { csrfField } from './sign-in.js';

/** "incremental 6h, full 7d" as stored, back into the durations the file holds. */
function scheduleParts(text: string | undefined): { incremental: string; full: string } {
  const part = (kind: string) => new RegExp(`(?:^|,)\\s*${kind}\\s+([^\\s,]+)`).exec(text ?? '')?.[1] ?? '';
  return { incremental: part('incremental'), full: part('full') };
}

export function settingsForm(context: PageContext, source: StoredSource): SafeHtml | '' {
  const { lang, session } = context;
  if (!session || !context.deps.editSources || !mayDo(session.role, 'editSource')) return '';
  const t = sessionText(lang);
  const schedule = scheduleParts(source.schedule);
  return html`<h2 id="settings-heading">${t('settingsHeading')}</h2>
<form class="action-form" method="post" action="${sourceActionPath(lang, source.settings.id, 'settings')}" aria-labelledby="settings-heading">
${csrfField(session.csrf)}
<p><input type="checkbox" id="enabled" name="enabled" value="on"${source.enabled ? html` checked` : ''}> <label for="enabled" class="inline">${t('settingsEnabled')}</label></p>
<p><label for="incremental">${t('settingsIncremental')}</label><input type="text" id="incremental" name="incremental" value="${schedule.incremental}" aria-describedby="duration-hint" spellcheck="false"></p>
<p><label for="full">${t('settingsFull')}</label><input type="text" id="full" name="full" value="${schedule.full}" aria-describedby="duration-hint" spellcheck="false"></p>
<p class="hint" id="duration-hint">${t('durationHint')}</p>
<p><label for="priority">${t('settingsPriority')}</label><input type="number" id="priority" name="priority" value="${source.priority}" aria-describedby="priority-hint"><span class="hint" id="priority-hint">${t('priorityHint')}</span></p>
<button type="submit">${t('saveButton')}</button>
</form>`;
}

/** The change a posted settings form asks for (checked by the configuration's own schema after). */
export function settingsChange(fields: Record<string, string | undefined>): Record<string, unknown> {
  const incremental = fields.incremental?.trim() ?? '';
  const full = fields.full?.trim() ?? '';
  const priorityText = fields.priority?.trim() ?? '';
  const priority = priorityText === '' ? undefined : Number(priorityText);
  return {
    enabled: fields.enabled === 'on',
    schedule: incremental === '' && full === '' ? 'manual' : { ...(incremental ? { incremental } : {}), ...(full ? { full } : {}) },
    ...(priority !== undefined ? { priority: Number.isFinite(priority) ? priority : priorityText } : {}),
  };
}

export function issuesList(lang: UiLang, issues: { field: string; message: { en: string; fr: string } }[]): SafeHtml {
  return html`<ul>${issues.map((i) => html`<li><code>${i.field}</code>${lang === 'fr' ? ' : ' : ': '}${i.message[lang]}</li>`)}</ul>`;
}
