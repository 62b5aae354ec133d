// The site's stylesheet: system fonts (no external fonts), AA contrast, visible focus, 360 px up, print.
// Each area's rules live in styles/<area>.ts and are appended here.
import { AUTOCOMPLETE_STYLES } from './styles/autocomplete.js';
import { COMMUNITY_STYLES } from './styles/community.js';
import { DATASET_STYLES } from './styles/dataset.js';
import { FORM_STYLES } from './styles/forms.js';
import { HARVEST_STYLES } from './styles/harvest.js';
import { HOME_STYLES } from './styles/home.js';
import { MAP_STYLES } from './styles/map.js';
import { OPEN_GOVERNMENT_STYLES } from './styles/open-government.js';
import { SEARCH_STYLES } from './styles/search.js';

export const STYLES = `
:root { --ink: #1b1b1b; --muted: #4a4a4a; --link: #0b57a4; --visited: #5b2a86; --bg: #fff; --band: #f3f5f8; --line: #c9ced6; --accent: #26374a; --focus: #ffbf47; --mark: #fff3a6; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; font-size: 100%; line-height: 1.5; color: var(--ink); background: var(--bg); }
body { margin: 0; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
a { color: var(--link); }
a:visited { color: var(--visited); }
a:focus, button:focus, input:focus, select:focus, summary:focus, [tabindex]:focus { outline: 3px solid var(--focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--ink); }
.skip-link { position: absolute; left: -999px; top: 0; background: var(--accent); color: #fff; padding: .5rem 1rem; z-index: 10; }
.skip-link:focus { left: 0; color: #fff; }
.site-header { background: var(--accent); color: #fff; }
.site-header a, .site-header a:visited { color: #fff; }
.header-row { display: flex; justify-content: space-between; align-items: center; gap: 1rem; padding-top: .75rem; padding-bottom: .5rem; flex-wrap: wrap; }
.brand { font-size: 1.5rem; font-weight: 700; text-decoration: none; }
.tagline { display: block; font-size: .875rem; font-weight: 400; }
.nav { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0 0 .75rem; }
.nav a[aria-current="page"] { font-weight: 700; }
main { display: block; padding-top: 1rem; padding-bottom: 2rem; }
main:focus { outline: none; box-shadow: none; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: .5rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 1.5rem 0 .5rem; }
mark { background: var(--mark); color: inherit; }
.muted { color: var(--muted); }
.site-footer { background: var(--band); border-top: 1px solid var(--line); padding: 1rem 0; font-size: .9rem; }
input, select, button { font: inherit; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print {
  .site-header nav, .skip-link, .lang-toggle, .site-footer, form, .no-print { display: none !important; }
  .site-header { background: none; color: #000; }
  .site-header a { color: #000; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em; word-break: break-all; }
}
${MAP_STYLES}
${SEARCH_STYLES}
${HOME_STYLES}
${DATASET_STYLES}
${HARVEST_STYLES}
${FORM_STYLES}
${AUTOCOMPLETE_STYLES}
${OPEN_GOVERNMENT_STYLES}
${COMMUNITY_STYLES}`;
