// The sign-in page (a pasted API token opens a session), the sign-out form, and the page a refused
// form gets. Every form that changes state carries the session's form token in a hidden field.
import type { UiLang } from '../../core/langstring.js';
import type { TokenRole } from '../../core/permissions.js';
import { html, type SafeHtml } from '../html.js';
import { layout } from '../layout.js';
import type { PageContext } from '../server.js';
import type { WebSession } from '../session/sessions.js';
import { pagePath } from '../urls.js';
import { sessionText } from './session.messages.js';

export const CSRF_FIELD = 'csrf';

export function csrfField(token: string): SafeHtml {
  return html`<input type="hidden" name="${CSRF_FIELD}" value="${token}">`;
}

export function roleName(lang: UiLang, role: TokenRole): string {
  return sessionText(lang)(role === 'admin' ? 'roleAdmin' : 'roleEditor');
}

export function signOutForm(lang: UiLang, session: WebSession): SafeHtml {
  const t = sessionText(lang);
  return html`<form class="action-form" method="post" action="${pagePath(lang, 'signOut')}">${csrfField(session.csrf)}<button type="submit">${t('signOutButton')}</button></form>`;
}

type Frame = Pick<PageContext, 'lang' | 'alternate'>;

/** The form, or who is signed in and the sign-out form. */
export function signInPage(context: Frame, state: { formToken: string; refused?: boolean; session?: WebSession }): SafeHtml {
  const { lang } = context;
  const t = sessionText(lang);
  const body = state.session
    ? html`<p>${t('signedInAs', { role: roleName(lang, state.session.role) })}</p>${signOutForm(lang, state.session)}`
    : html`<p>${t('signInIntro')}</p>
${state.refused ? html`<p class="form-error" role="alert" id="token-error">${t('signInRefused')}</p>` : ''}
<form class="action-form" method="post" action="${pagePath(lang, 'signIn')}">
${csrfField(state.formToken)}
<p><label for="token">${t('tokenLabel')}</label>
<input type="password" id="token" name="token" required autocomplete="off" spellcheck="false" maxlength="200" aria-describedby="token-hint${state.refused ? ' token-error' : ''}"${state.refused ? html` aria-invalid="true"` : ''}>
<span class="hint" id="token-hint">${t('tokenHint')}</span></p>
<p><button type="submit">${t('signInButton')}</button></p>
</form>`;
  return layout({ lang, title: t('signInTitle'), alternate: context.alternate, head: html`<meta name="robots" content="noindex">`, body: html`<h1>${t('signInTitle')}</h1>${body}` });
}

