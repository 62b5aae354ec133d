// Styles of the home page: counts by level of government beside the map, recent datasets.
export const HOME_STYLES = `
.intro { font-size: 1.1rem; max-width: 48rem; }
.home-grid { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.5rem; align-items: start; }
@media (min-width: 60rem) { .home-grid { grid-template-columns: 18rem minmax(0, 1fr); } }
.level-list, .recent-list { list-style: none; margin: 0; padding: 0; }
.level-list li { margin: .35rem 0; font-size: 1.05rem; }
.recent-list li { padding: .5rem 0; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
.recent-meta { display: block; font-size: .9rem; color: var(--muted); }
`;
