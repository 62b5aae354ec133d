// The search field's suggestion list (added by the script): under the field, the active option
// in the site's dark accent with the focus colour around it, counts muted.
export const AUTOCOMPLETE_STYLES = `
.combobox { position: relative; display: flex; flex: 1 1 16rem; min-width: 0; }
.combobox > input { flex: 1 1 auto; width: 100%; min-width: 0; }
.suggest-list { position: absolute; top: 100%; left: 0; right: 0; z-index: 20; margin: 2px 0 0; padding: 0; list-style: none; background: var(--bg); border: 2px solid var(--muted); border-radius: 4px; box-shadow: 0 4px 12px rgba(0, 0, 0, .18); max-height: 22rem; overflow-y: auto; }
.suggest-list[hidden] { display: none; }
.suggest-list [role="option"] { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; padding: .45rem .6rem; cursor: pointer; }
.suggest-list [role="option"]:hover { background: var(--band); }
.suggest-list [role="option"][aria-selected="true"] { background: var(--accent); color: #fff; outline: 3px solid var(--focus); outline-offset: -3px; }
.suggest-text { overflow-wrap: anywhere; }
.suggest-count { flex: none; font-size: .85em; color: var(--muted); }
.suggest-list [aria-selected="true"] .suggest-count { color: #fff; }
@media print { .suggest-list { display: none; } }
`;
