// The dataset page: a readable column, facts as a two-column list that stacks on phones, tables
// that scroll sideways rather than overflow, and a print layout with link addresses.
export const DATASET_STYLES = `
.dataset { max-width: 60rem; }
.dataset-head h1 { margin-bottom: .5rem; overflow-wrap: anywhere; }
.notice { border-left: 4px solid var(--accent); background: var(--band); padding: .5rem .75rem; margin: .5rem 0; }
.text-flags { margin: .25rem 0 .75rem; font-size: .9rem; }
.badge-mt { border-color: #7a4b00; color: #5c3900; }
.rich-text { overflow-wrap: anywhere; }
.rich-text table { border-collapse: collapse; margin: .5rem 0; }
.rich-text th, .rich-text td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
.rich-text pre { overflow-x: auto; background: var(--band); padding: .5rem; }
.facts { margin: 0; }
.facts .fact { display: grid; grid-template-columns: minmax(9rem, 14rem) 1fr; gap: .25rem 1rem; padding: .5rem 0; border-bottom: 1px solid var(--line); }
.facts dt { font-weight: 700; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.facts.compact .fact { padding: .25rem 0; }
.inline-list { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem .75rem; }
.licence-status { font-size: .9rem; }
.licence-status.is-open { color: #1d5e20; font-weight: 700; }
.licence-status.not-open { color: var(--muted); }
.table-scroll { overflow-x: auto; max-width: 100%; }
.table-scroll table { border-collapse: collapse; width: 100%; }
.table-scroll th, .table-scroll td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
.table-scroll thead th { border-bottom: 2px solid var(--ink); }
.distributions td:first-child { overflow-wrap: anywhere; min-width: 12rem; }
.unsafe-link { font-size: .9rem; color: var(--muted); }
code.url { overflow-wrap: anywhere; word-break: break-all; }
.copies { padding-left: 1.25rem; }
@media (max-width: 40rem) {
  .facts .fact { grid-template-columns: 1fr; gap: 0; }
}
@media print {
  .dataset { max-width: none; }
  .bbox-map { break-inside: avoid; }
  .table-scroll { overflow: visible; }
  .dataset-distributions tr, .facts .fact { break-inside: avoid; }
  .notice { border-left-color: #000; background: none; }
}
`;
