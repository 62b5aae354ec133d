// Constraints compared on values of the field's type.
import { describe, expect, it } from 'vitest';
import type { TableField } from '../../../src/standards/table-schema.js';
import { casterFor, INVALID } from '../../../src/standards/validate/cast/index.js';
import { compileConstraints } from '../../../src/standards/validate/constraints.js';

function broken(field: Omit<TableField, 'name'>, cell: string): string[] {
  const f = { name: 'f', ...field };
  const cast = casterFor(f);
  const value = cast(cell);
  if (value === INVALID) throw new Error(`"${cell}" is not a ${field.type}`);
  return compileConstraints(f, cast).map((check) => check(value, cell)).filter((n): n is string => n !== undefined);
}

describe('constraints', () => {
  it('minimum, maximum and the exclusive bounds on numbers', () => {
    const f = { type: 'number' as const, constraints: { minimum: 0, maximum: 10, exclusiveMaximum: 10 } };
    expect(broken(f, '5')).toEqual([]);
    expect(broken(f, '-1')).toEqual(['minimum is 0']);
    expect(broken(f, '10')).toEqual(['exclusiveMaximum is 10']);
    expect(broken(f, '11')).toEqual(['maximum is 10', 'exclusiveMaximum is 10']);
    expect(broken({ type: 'integer', constraints: { exclusiveMinimum: 1 } }, '1')).toEqual(['exclusiveMinimum is 1']);
  });

  it('bounds on dates, given as dates', () => {
    const f = { type: 'date' as const, constraints: { minimum: '2000-01-01', maximum: '2030-12-31' } };
    expect(broken(f, '2024-05-01')).toEqual([]);
    expect(broken(f, '1999-12-31')).toEqual(['minimum is 2000-01-01']);
    expect(broken({ type: 'yearmonth', constraints: { maximum: '2024-06' } }, '2024-07')).toEqual(['maximum is 2024-06']);
  });

  it('lengths count characters, items or keys', () => {
    expect(broken({ type: 'string', constraints: { minLength: 2, maxLength: 3 } }, 'é')).toEqual(['minLength is 2']);
    expect(broken({ type: 'string', constraints: { maxLength: 3 } }, 'éèà')).toEqual([]);
    expect(broken({ type: 'array', constraints: { maxLength: 1 } }, '[1,2]')).toEqual(['maxLength is 1']);
  });

  it('a pattern is anchored', () => {
    const f = { type: 'string' as const, constraints: { pattern: '[A-Z]\\d[A-Z]' } };
    expect(broken(f, 'K1A')).toEqual([]);
    expect(broken(f, 'K1A 0B1')).toEqual(['pattern is [A-Z]\\d[A-Z]']);
    expect(broken(f, 'xK1A')).toHaveLength(1);
  });

  it('enum and categories compare values of the type', () => {
    expect(broken({ type: 'integer', constraints: { enum: [1, 2] } }, '02')).toEqual([]);
    expect(broken({ type: 'integer', constraints: { enum: [1, 2] } }, '3')).toEqual(['enum is [1,2]']);
    const categories = { type: 'string' as const, categories: [{ value: 'ON', label: 'Ontario' }, 'QC'] };
    expect(broken(categories, 'QC')).toEqual([]);
    expect(broken(categories, 'ON')).toEqual([]);
    expect(broken(categories, 'BC')).toEqual(['categories is ["ON","QC"]']);
  });
});
