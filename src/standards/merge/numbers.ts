// Numbers as jurisdictions write them (`1 234,50 $`, `1,234.50`) turned into Table Schema's plain
// form (`1234.50`); the digits are kept as text, so no precision is lost, unless a unit is converted.
import type { NumberFormat } from './mapping.js';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileNumberFormat(format: NumberFormat): (text: string) => string | undefined {
  // French groups digits with a space, often a no-break or narrow no-break one.
  const group = format.group === '' ? undefined : new RegExp(format.group === ' ' ? '[ \\u00a0\\u202f]' : escapeRegex(format.group), 'g');
  const decimal = format.decimal;
  return (text) => {
    let s = text.trim();
    // A sign may stand before or after a currency sign: `-$5`, `$-5`.
    if (!format.bare) s = s.replace(/^([+-]?)[^\d.,+-]*([+-]?)/u, (_, a: string, b: string) => a || b).replace(/\D+$/u, '');
    if (group) s = s.replace(group, '');
    if (decimal !== '.') {
      if (s.includes('.')) return undefined;
      s = s.replace(decimal, '.');
    }
    const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(s);
    if (!m || (m[2] === '' && !m[3])) return undefined;
    const sign = m[1] === '-' ? '-' : '';
    const whole = m[2] === '' ? '0' : m[2]!;
    const plain = m[3] ? `${sign}${whole}.${m[3]}` : `${sign}${whole}`;
    if (format.multiply === undefined && format.decimals === undefined) return plain;
    const n = Number(plain) * (format.multiply ?? 1);
    return format.decimals === undefined ? String(n) : String(Number(n.toFixed(format.decimals)));
  };
}
