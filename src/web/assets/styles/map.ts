// The maps of Canada: shades with AA contrast against the dark borders, a focus that fills the
// region, a legend whose swatches are outlined, and the small spatial coverage map.
export const MAP_STYLES = `
.ca-map { margin: 1rem 0; }
.ca-map figcaption { font-weight: 700; margin-bottom: .5rem; }
.ca-map svg { display: block; width: 100%; max-width: 46rem; height: auto; }
.ca-map path { stroke: #1b1b1b; stroke-width: 1px; stroke-linejoin: round; vector-effect: non-scaling-stroke; }
.ca-map .s0 path, .ca-map-swatch.s0 { fill: #fafafa; background: #fafafa; }
.ca-map .s1 path, .ca-map-swatch.s1 { fill: #e3eef9; background: #e3eef9; }
.ca-map .s2 path, .ca-map-swatch.s2 { fill: #bcd6ee; background: #bcd6ee; }
.ca-map .s3 path, .ca-map-swatch.s3 { fill: #8fbce0; background: #8fbce0; }
.ca-map .s4 path, .ca-map-swatch.s4 { fill: #5a9bd0; background: #5a9bd0; }
.ca-map .s5 path, .ca-map-swatch.s5 { fill: #3182bd; background: #3182bd; }
.ca-map svg a:focus { outline: none; box-shadow: none; }
.ca-map svg a:hover path { stroke-width: 2.5px; }
.ca-map svg a:focus path { fill: var(--focus); stroke: #000; stroke-width: 3px; }
.ca-map-legend { margin: .5rem 0; }
.ca-map-legend-title { margin: 0 0 .25rem; font-size: .9rem; }
.ca-map-legend ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .9rem; }
.ca-map-legend li { display: flex; align-items: center; gap: .35rem; }
.ca-map-swatch { display: inline-block; width: 1.1rem; height: 1.1rem; border: 1px solid #1b1b1b; }
.ca-map-missing { font-size: .9rem; }
.ca-map-table table { border-collapse: collapse; margin-top: .5rem; }
.ca-map-table th, .ca-map-table td { text-align: left; padding: .2rem .75rem .2rem 0; border-bottom: 1px solid var(--line); }
.ca-map-table td { text-align: right; }
.bbox-map { margin: .5rem 0 1rem; max-width: 22rem; }
.bbox-map svg { display: block; width: 100%; height: auto; background: #f3f5f8; border: 1px solid var(--line); }
.bbox-map .land { fill: #dfe3e8; stroke: #6b7480; stroke-width: 1px; vector-effect: non-scaling-stroke; }
.bbox-map .bbox-area, .bbox-map .bbox-point { fill: rgba(196, 30, 58, .25); stroke: #b0102a; stroke-width: 2px; vector-effect: non-scaling-stroke; }
.bbox-map figcaption { font-size: .9rem; }
@media print {
  .ca-map svg a path { stroke: #000; }
}
`;
