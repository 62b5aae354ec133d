// Harvest benchmark of the opendatasoft kind (after `npm run build`): the simulated
// Vancouver-like portal in a child process (past 10,000 datasets the listing reads the streamed
// catalogue export), `federa harvest --full` in another; records/s and peak RSS at each size.
// Usage: node bench/kind-opendatasoft.mjs [--sizes 20000,100000]
import { benchKind, sizesFrom } from './kind-harvest.mjs';

await benchKind({
  kind: 'opendatasoft',
  simulator: 'dist/sources/opendatasoft/simulator/main.js',
  sizes: sizesFrom(process.argv, [20_000, 100_000]),
});
