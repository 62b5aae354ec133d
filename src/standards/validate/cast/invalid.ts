// What a caster returns when a cell is not of its field's type.

export const INVALID: unique symbol = Symbol('invalid');

/** A cell as its field's value: a number for every ordered type (so minimum and maximum
 * compare numbers; a bigint for an integer past 2^53, so that long identifiers stay distinct
 * keys), a string, a boolean, or parsed JSON. */
export type CellValue = string | number | bigint | boolean | object;

export type Caster = (cell: string) => CellValue | typeof INVALID;
