// What posting the progress form does once the form's session and token were checked: the
// tracker's rules decide; on errors the indicator's page comes back (400) with the values typed
// and each error by its field, and nothing is written.
import type { PageContext, PageResponse } from '../../server.js';
import type { WebSession } from '../../session/sessions.js';
import { openGovernmentPath } from '../../urls.js';
import { indicatorViewPage } from './indicator.js';
import { clock } from './parts.js';
import { formValues, submissionOf } from './progress-form.js';

export type ProgressPostResult = { redirect: string } | PageResponse | undefined;

/** Undefined when there is no such indicator (or it is ambiguous): a 404. */
export async function postProgressReport(context: PageContext & { session: WebSession }, fields: Record<string, string | undefined>): Promise<ProgressPostResult> {
  const { lang, deps, session } = context;
  const code = context.params.code;
  if (!deps.tracker || !code) return undefined;
  const now = clock(deps);
  const lookup = await deps.tracker.indicator(code, now);
  if (!('found' in lookup)) return undefined;
  const id = lookup.found.indicator.id;
  const outcome = await deps.tracker.postProgress(submissionOf(id, fields), `web:${session.tokenId}`, now);
  if ('errors' in outcome) {
    return { status: 400, page: await indicatorViewPage(context, lookup.found, { values: formValues(fields), errors: outcome.errors }) };
  }
  return { redirect: `${openGovernmentPath(lang, 'indicators', id)}#history` };
}
