// The add and edit forms of the community records on their pages, for signed-in editors and
// administrators only, and the page a refused post answers with (the form, its errors, the values).
import type { UiLang } from '../../../../core/langstring.js';
import type { FieldError } from '../../../../community/validate/records.js';
import { mayDo } from '../../../../core/permissions.js';
import type { SafeHtml } from '../../../html.js';
import type { PageContext } from '../../../server.js';
import { openGovernmentPath, type OpenGovernmentPage } from '../../../urls.js';
import { charterText } from '../charter.messages.js';
import { declarationsText } from '../declarations.messages.js';
import { eventsText } from '../events.messages.js';
import { learningText } from '../learning.messages.js';
import { communityPage } from '../shared.js';
import { formValues, type FormValues } from './read.js';
import { recordForm } from './render.js';
import { FORM_DEFAULTS, FORM_FIELDS, type FormKind } from './specs.js';

/** Each form kind's pages and headings. */
export const FORM_PAGES: Record<FormKind, OpenGovernmentPage> = {
  event: 'events',
  'charter-adoption': 'charter',
  declaration: 'declarations',
  'learning-resource': 'learning',
};

export function formHeading(lang: UiLang, kind: FormKind, mode: 'add' | 'edit'): string {
  switch (kind) {
    case 'event':
      return eventsText(lang)(mode === 'add' ? 'addEvent' : 'editEvent');
    case 'charter-adoption':
      return charterText(lang)(mode === 'add' ? 'addAdoption' : 'editAdoption');
    case 'declaration':
      return declarationsText(lang)(mode === 'add' ? 'addDeclaration' : 'editDeclaration');
    case 'learning-resource':
      return learningText(lang)(mode === 'add' ? 'addResource' : 'editResource');
  }
}

function mayEdit(context: PageContext): context is PageContext & { session: NonNullable<PageContext['session']> } {
  return context.session !== undefined && mayDo(context.session.role, 'editCommunity');
}

/** The add form under a list (posts to the list's path); '' for visitors. */
export function addForm(context: PageContext, kind: FormKind): SafeHtml | '' {
  if (!mayEdit(context)) return '';
  const { lang } = context;
  return recordForm(lang, FORM_FIELDS[kind], { action: openGovernmentPath(lang, FORM_PAGES[kind]), heading: formHeading(lang, kind, 'add'), csrf: context.session.csrf, values: { ...FORM_DEFAULTS[kind] } }, 'add-heading');
}

/** The edit form on a record's page (posts to that page's path), filled in; '' for visitors. */
export function editForm(context: PageContext, kind: FormKind, record: { id: string }): SafeHtml | '' {
  if (!mayEdit(context)) return '';
  const { lang } = context;
  return recordForm(
    lang,
    FORM_FIELDS[kind],
    { action: openGovernmentPath(lang, FORM_PAGES[kind], record.id), heading: formHeading(lang, kind, 'edit'), csrf: context.session.csrf, values: formValues(FORM_FIELDS[kind], record) },
    'edit-heading',
  );
}

/** A refused post: the form again with what was sent and each error, nothing saved. */
export function refusedFormPage(
  context: Pick<PageContext, 'lang' | 'alternate'>,
  kind: FormKind,
  state: { mode: 'add' | 'edit'; id?: string; csrf: string; values: FormValues; errors?: FieldError[]; problem?: string },
): SafeHtml {
  const { lang } = context;
  const heading = formHeading(lang, kind, state.mode);
  const action = openGovernmentPath(lang, FORM_PAGES[kind], state.mode === 'edit' ? state.id : undefined);
  return communityPage(context, {
    title: heading,
    noindex: true,
    body: recordForm(lang, FORM_FIELDS[kind], { action, heading, csrf: state.csrf, values: state.values, ...(state.errors ? { errors: state.errors } : {}), ...(state.problem ? { problem: state.problem } : {}), headingLevel: 1 }, 'form-heading'),
  });
}
