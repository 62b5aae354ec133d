// number and integer cells, with decimalChar, groupChar and bareNumber.
import type { TableField } from '../../table-schema.js';
import { INVALID, type Caster } from './invalid.js';

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const SPECIAL: Record<string, number> = { NaN: Number.NaN, INF: Infinity, '-INF': -Infinity, '+INF': Infinity };
// bareNumber false: currency signs, percent and other text around the number are dropped.
const NOT_BARE = /^[^\d+\-.]*([+-]?[\d.,\s'\u00a0\u202f]*\d[\d.,\s'\u00a0\u202f]*(?:[eE][+-]?\d+)?)[^\d]*$/u;

/** Text the plain-number regular expressions read: group characters removed, decimal made `.`. */
function normalizer(field: TableField): (cell: string) => string | undefined {
  const decimal = field.decimalChar ?? '.';
  const group = field.groupChar;
  const bare = field.bareNumber !== false;
  return (cell) => {
    let s = cell;
    if (!bare) {
      const m = NOT_BARE.exec(s);
      if (!m) return undefined;
      s = m[1]!;
    }
    if (group !== undefined) s = s.split(group).join('');
    if (decimal !== '.') {
      if (s.includes('.')) return undefined;
      s = s.split(decimal).join('.');
    }
    return s;
  };
}

export function numberCaster(field: TableField): Caster {
  const plain = field.decimalChar === undefined && field.groupChar === undefined && field.bareNumber !== false;
  const normalize = normalizer(field);
  return (cell) => {
    const special = SPECIAL[cell];
    if (special !== undefined) return special;
    const s = plain ? cell : normalize(cell);
    if (s === undefined || !NUMBER.test(s)) return INVALID;
    return Number(s);
  };
}

export function integerCaster(field: TableField): Caster {
  const plain = field.groupChar === undefined && field.bareNumber !== false;
  const normalize = normalizer(field);
  return (cell) => {
    const s = plain ? cell : normalize(cell);
    if (s === undefined || !INTEGER.test(s)) return INVALID;
    const n = Number(s);
    return Number.isSafeInteger(n) ? n : BigInt(s);
  };
}
