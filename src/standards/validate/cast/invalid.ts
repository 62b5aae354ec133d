// What a caster returns when a cell is not of its field's type.

export const INVALID: unique symbol = Symbol('invalid');

/** A cell as its field's value: a number for every ordered type (so minimum and maximum
 * compare numbers), a string, a boolean, or parsed JSON. */
export type CellValue = string | number | boolean | object;

export type Caster = (cell: string) => CellValue | typeof INVALID;
