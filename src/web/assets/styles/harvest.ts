// The sources, source and job pages: one card per source, status badges whose words carry the
// meaning (colours with AA contrast only back them up), and number columns aligned.
export const HARVEST_STYLES = `
.source-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem; }
.source-card { border: 1px solid var(--line); border-radius: 4px; padding: .75rem 1rem; }
.source-card h2 { margin-top: 0; }
.status { display: inline-block; font-size: .85rem; font-weight: 700; padding: .05rem .5rem; border-radius: 3px; border: 1px solid currentColor; }
.status-succeeded { color: #1d5e20; background: #eef7ee; }
.status-partial { color: #6b4200; background: #fff6e0; }
.status-failed { color: #a0101f; background: #fdeeee; }
.status-running { color: #0b4f8a; background: #eaf2fb; }
.counts { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: 0; }
.counts div { display: flex; gap: .35rem; }
.counts dt { font-weight: 400; }
.counts dd { margin: 0; font-weight: 700; font-variant-numeric: tabular-nums; }
.num { text-align: right !important; font-variant-numeric: tabular-nums; }
.counts-table { border-collapse: collapse; }
.counts-table th, .counts-table td { text-align: left; padding: .3rem 1rem .3rem 0; border-bottom: 1px solid var(--line); }
.counts-table th { font-weight: 400; }
.breadcrumb { margin: 0 0 .25rem; font-size: .95rem; }
.problems td:last-child { min-width: 16rem; }
`;
