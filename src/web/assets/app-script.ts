// The site's only script, progressive enhancement: every page works without it.
export const APP_SCRIPT = `'use strict';
document.documentElement.classList.add('js');
`;
