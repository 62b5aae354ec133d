// Forms that change state (sign in, harvest now, settings): labelled fields, hints, errors in words.
export const FORM_STYLES = `
.action-form { margin: .5rem 0 1rem; }
.action-form label { display: block; font-weight: 700; }
.action-form input[type="password"], .action-form input[type="text"], .action-form input[type="number"] { width: 100%; max-width: 32rem; padding: .5rem; border: 2px solid var(--muted); border-radius: 4px; }
.action-form fieldset { border: 1px solid var(--line); border-radius: 4px; margin: 0 0 .75rem; }
.action-form fieldset label, .action-form label.inline { display: inline; font-weight: 400; }
.hint { display: block; color: var(--muted); font-size: .9rem; }
.form-error { color: #a0101f; font-weight: 700; }
.form-notice { color: #1d5e20; font-weight: 700; }
`;
