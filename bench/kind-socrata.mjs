// Harvest benchmark of the socrata kind (after `npm run build`): the simulated Nova Scotia-like
// site in a child process (every asset type harvested, so that all N are records; past 10,000 the
// listing scrolls), `federa harvest --full` in another; records/s and peak RSS at each size.
// Usage: node bench/kind-socrata.mjs [--sizes 20000,100000]
import { benchKind, sizesFrom } from './kind-harvest.mjs';

await benchKind({
  kind: 'socrata',
  simulator: 'dist/sources/socrata/simulator/main.js',
  simulatorArgs: ['--all-types'],
  sizes: sizesFrom(process.argv, [20_000, 100_000]),
});
