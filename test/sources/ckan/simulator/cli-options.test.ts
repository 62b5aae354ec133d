import { describe, expect, it } from 'vitest';
import { parseSimulatorArgs } from '../../../../src/sources/ckan/simulator/cli-options.js';

describe('simulator command-line options', () => {
  it('reads a total, portals, seed, port, host and latency', () => {
    expect(parseSimulatorArgs(['--records', '100000', '--portals', 'federal,city', '--seed', '4', '--port', '8400', '--host', '127.0.0.1', '--latency', '5'])).toEqual({
      records: 100_000,
      portals: ['federal', 'city'],
      seed: 4,
      port: 8400,
      host: '127.0.0.1',
      latencyMs: 5,
    });
  });

  it('reads counts per portal, starting those portals', () => {
    expect(parseSimulatorArgs(['--records', 'federal=60000,quebec=40000'])).toEqual({ records: { federal: 60_000, quebec: 40_000 }, portals: ['federal', 'quebec'] });
  });

  it('takes nothing as the demo defaults', () => {
    expect(parseSimulatorArgs([])).toEqual({});
  });

  it('names what is wrong', () => {
    expect(() => parseSimulatorArgs(['--records', 'many'])).toThrow(/--records must be a whole number/);
    expect(() => parseSimulatorArgs(['--portals', 'federal,toronto'])).toThrow(/unknown portal toronto/);
    expect(() => parseSimulatorArgs(['--verbose'])).toThrow(/verbose/);
  });
});
