// Benchmark of the arcgis-hub kind (after `npm run build`): the simulated provincial Hub's v3
// API (pages of 100 records with their field definitions) served by its own process, harvested
// by `federa harvest --full` in another: records/s end to end and the harvest's peak RSS, at
// several sizes. Prints figures; asserts nothing.
// Usage: node bench/kind-arcgis-hub.mjs [--sizes 20000,100000]
import { resolve } from 'node:path';
import { runKindBench, sizesFromArgs } from './kind-datajson.mjs';

await runKindBench('arcgis-hub', resolve(import.meta.dirname, '../dist/sources/arcgis-hub/simulator/main.js'), sizesFromArgs());
