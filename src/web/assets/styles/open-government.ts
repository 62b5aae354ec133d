// The open government tracker: status badges whose words carry the meaning (colours with AA
// contrast only back them up), the decorative status bar, the report timeline, the IRM panel and
// the progress form's text areas and error summary.
export const OPEN_GOVERNMENT_STYLES = `
.status-c { color: #1d5e20; background: #eef7ee; }
.status-sp { color: #0b4f8a; background: #eaf2fb; }
.status-lp { color: #6b4200; background: #fff6e0; }
.status-ns { color: #a0101f; background: #fdeeee; }
.status-none { color: var(--muted); background: var(--band); }
.status-bar { display: block; width: 100%; min-width: 6rem; height: .75rem; border: 1px solid var(--line); background: var(--band); }
.bar-c { fill: #2e7d32; }
.bar-sp { fill: #1565c0; }
.bar-lp { fill: #c77800; }
.bar-ns { fill: #b71c1c; }
.bar-none { fill: #c9ced6; }
.bar-cell { min-width: 7rem; vertical-align: middle !important; }
.table-scroll table.status-counts { width: auto; }
.table-scroll + .status-bar { max-width: 28rem; }
.indicators th[scope="row"], .due th[scope="row"], .targets th[scope="row"] { font-weight: 400; }
.code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .95em; white-space: nowrap; }
.overdue { display: inline-block; color: #a0101f; border: 2px solid currentColor; border-radius: 3px; padding: 0 .35rem; font-size: .85rem; text-transform: uppercase; letter-spacing: .02em; }
.overdue::before { content: "⚠ "; }
.link-list { padding-left: 1.25rem; }
.plain-list { margin: 0; padding-left: 1.25rem; }
.lead { font-size: 1.1rem; }
.timeline { list-style: none; margin: 0; padding: 0 0 0 1rem; border-left: 3px solid var(--line); }
.timeline-entry { position: relative; padding: 0 0 1rem .75rem; }
.timeline-entry h3 { font-size: 1.05rem; margin: .25rem 0; }
.timeline-entry h4 { font-size: .95rem; margin: .5rem 0 .25rem; }
.rich-text > :first-child { margin-top: 0; }
.panel { border: 1px solid var(--line); border-left: 6px solid var(--accent); border-radius: 4px; padding: .25rem 1rem 1rem; margin: 1.5rem 0; background: var(--band); }
.irm-list, .evidence-list { list-style: none; margin: 0; padding: 0; }
.irm-assessment h3 { font-size: 1.05rem; }
.action-form select, .action-form textarea { width: 100%; max-width: 40rem; padding: .5rem; border: 2px solid var(--muted); border-radius: 4px; font: inherit; }
.action-form [aria-invalid="true"] { border-color: #a0101f; }
.action-form .form-error { display: block; }
.error-summary { border: 3px solid #a0101f; padding: .5rem 1rem; margin: .5rem 0 1rem; }
@media print {
  .status-bar { display: none; }
}
`;
