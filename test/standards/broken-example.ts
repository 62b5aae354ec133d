// A shipped example made wrong in known places: a wrong type in two rows, a duplicated key.
import { readFileSync } from 'node:fs';
import { getStandard } from '../../src/standards/registry.js';

/** building-permits' example with row 3's estimated cost "lots", row 4's floor area "big" and row 5's permit number repeating row 2's (rows as Frictionless counts them: the header is row 1). */
export function brokenPermits(): { csv: string; duplicateOf: number; rows: { cost: number; area: number; duplicate: number } } {
  const lines = readFileSync(getStandard('building-permits')!.examplePath, 'utf8').trimEnd().split(/\r?\n/);
  // Cells are split on commas: the example must not quote any.
  if (lines.some((l) => l.includes('"'))) throw new Error('the building-permits example quotes cells: this helper splits on commas');
  const header = lines[0]!.split(',');
  const cost = header.indexOf('estimated_cost');
  const area = header.indexOf('floor_area');
  const set = (line: string, index: number, value: string) => {
    const cells = line.split(',');
    cells[index] = value;
    return cells.join(',');
  };
  lines[2] = set(lines[2]!, cost, 'lots');
  lines[3] = set(lines[3]!, area, 'big');
  lines[4] = set(lines[4]!, 0, lines[1]!.split(',')[0]!);
  return { csv: `${lines.join('\n')}\n`, duplicateOf: 2, rows: { cost: 3, area: 4, duplicate: 5 } };
}
