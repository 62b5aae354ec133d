// Styles of the search box, result list, facets, chips and pagination (AA contrast, 360 px up).
export const SEARCH_STYLES = `
.search-box { margin: 0 0 1rem; }
.search-box label { display: block; font-weight: 700; margin-bottom: .25rem; }
.search-row { display: flex; gap: .5rem; flex-wrap: wrap; }
.search-row input[type="search"] { flex: 1 1 16rem; min-width: 0; padding: .5rem; border: 2px solid var(--muted); border-radius: 4px; }
button { padding: .5rem 1rem; border: 2px solid var(--accent); border-radius: 4px; background: var(--accent); color: #fff; cursor: pointer; }
button:hover { background: #1a2633; }
.hint { font-size: .875rem; color: var(--muted); margin: .25rem 0 0; }
.active-filters { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; margin: 0 0 1rem; }
.chips { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem; margin: 0; padding: 0; }
.chip { display: inline-flex; align-items: center; gap: .4rem; padding: .25rem .6rem; border: 1px solid var(--link); border-radius: 1rem; background: var(--band); text-decoration: none; }
.chip:hover { text-decoration: underline; }
.chip-x { font-weight: 700; }
.clear-all { margin: 0; }
.search-layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.5rem; }
@media (min-width: 60rem) { .search-layout { grid-template-columns: minmax(0, 1fr) 18rem; } }
.results-bar { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: .5rem 1rem; border-bottom: 1px solid var(--line); padding-bottom: .5rem; }
#result-count { font-weight: 700; margin: 0; }
.sort-form { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; }
.sort-form select, .date-range input { padding: .35rem; border: 2px solid var(--muted); border-radius: 4px; background: #fff; color: var(--ink); }
.sort-form button, .date-range button { padding: .35rem .75rem; }
.results { list-style: none; margin: 0; padding: 0; }
.result { border-bottom: 1px solid var(--line); padding: 1rem 0; }
.result h2 { font-size: 1.2rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
.snippet { margin: .25rem 0; overflow-wrap: anywhere; }
.badges { margin: .25rem 0; }
.badge { display: inline-block; font-size: .8rem; padding: .1rem .5rem; border: 1px solid var(--muted); border-radius: 3px; color: var(--muted); background: #fff; }
.result-meta { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: .5rem 0 0; font-size: .9rem; }
.result-meta div { display: flex; gap: .35rem; }
.result-meta dt { font-weight: 700; }
.result-meta dt::after { content: ":"; }
.result-meta dd { margin: 0; overflow-wrap: anywhere; }
.not-open { color: var(--muted); }
.also { font-size: .9rem; margin: .5rem 0 0; }
.facets h2 { margin-top: 0; }
.facet { border-top: 1px solid var(--line); padding: .5rem 0; }
.facet h3 { font-size: 1rem; margin: .25rem 0 .5rem; }
.facet-values { list-style: none; margin: 0; padding: 0; }
.facet-values li { margin: .2rem 0; }
.facet-values a { overflow-wrap: anywhere; }
.facet-values a.selected { font-weight: 700; border-left: 4px solid var(--accent); padding-left: .4rem; }
.count { color: var(--muted); }
.facet details { margin-top: .25rem; }
.facet summary { cursor: pointer; color: var(--link); text-decoration: underline; }
.date-range p { margin: .25rem 0; }
.date-range label { display: block; font-size: .9rem; }
.pagination ul { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; margin: 1.5rem 0 0; }
.pagination a { display: inline-block; min-width: 2.75rem; min-height: 2.75rem; padding: .6rem .75rem; text-align: center; border: 1px solid var(--line); border-radius: 4px; }
.pagination a[aria-current="page"] { background: var(--accent); color: #fff; border-color: var(--accent); font-weight: 700; }
.pagination .gap { padding: .6rem .25rem; }
.empty, .problem { background: var(--band); border-left: 4px solid var(--accent); padding: .5rem 1rem; margin: 1rem 0; }
.did-you-mean { font-size: 1.1rem; }
.did-you-mean a { font-weight: 700; }
@media print {
  .facets, .pagination, .active-filters, .sort-form { display: none !important; }
  .search-layout { display: block; }
}
`;
