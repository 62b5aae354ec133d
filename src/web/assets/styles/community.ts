// The open government community pages: filter forms, event lists, registry tables, record forms.
export const COMMUNITY_STYLES = `
.filter-form { display: flex; flex-wrap: wrap; gap: 0 1.5rem; align-items: flex-end; background: var(--band); padding: .25rem 1rem .5rem; margin: 1rem 0; }
.filter-form h2 { flex-basis: 100%; font-size: 1.1rem; margin: .5rem 0 0; }
.filter-form label { display: block; font-weight: 700; }
.filter-form select, .filter-form input { padding: .35rem; border: 2px solid var(--muted); border-radius: 4px; background: #fff; color: var(--ink); }
.event-list { list-style: none; padding: 0; margin: 0; }
.event-list > li { border-bottom: 1px solid var(--line); padding: .5rem 0; }
.event-list h3 { font-size: 1.1rem; margin: 0; }
.event-meta { margin: .15rem 0; color: var(--muted); }
.zone { color: var(--muted); }
.community-table caption { text-align: left; font-weight: 700; padding: .25rem 0; }
.record-form textarea { width: 100%; max-width: 40rem; min-height: 5rem; padding: .5rem; border: 2px solid var(--muted); border-radius: 4px; font: inherit; }
.record-form select, .record-form input[type="url"] { padding: .4rem; border: 2px solid var(--muted); border-radius: 4px; background: #fff; color: var(--ink); max-width: 32rem; width: 100%; }
.record-form .field-error { color: #a0101f; font-weight: 700; display: block; }
.record-form [aria-invalid="true"] { border-color: #a0101f; }
.error-summary { border: 3px solid #a0101f; padding: .5rem 1rem; margin: 1rem 0; }
`;
