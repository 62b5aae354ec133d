// The caster of a field: its cells read as values of its type, or INVALID.
import type { FieldType, TableField } from '../../table-schema.js';
import { INVALID, type Caster } from './invalid.js';
import { integerCaster, numberCaster } from './number.js';
import { arrayCaster, geojsonCaster, geopointCaster, listCaster, objectCaster } from './structured.js';
import { dateCaster, datetimeCaster, durationCaster, timeCaster, yearCaster, yearmonthCaster } from './temporal.js';
import { booleanCaster, stringCaster } from './text.js';

export { INVALID, type Caster, type CellValue } from './invalid.js';

export function casterFor(field: TableField): Caster {
  const type: FieldType = field.type ?? 'any';
  switch (type) {
    case 'string':
      return stringCaster(field);
    case 'number':
      return numberCaster(field);
    case 'integer':
      return integerCaster(field);
    case 'boolean':
      return booleanCaster(field);
    case 'date':
      return dateCaster(field);
    case 'time':
      return timeCaster(field);
    case 'datetime':
      return datetimeCaster(field);
    case 'year':
      return yearCaster();
    case 'yearmonth':
      return yearmonthCaster();
    case 'duration':
      return durationCaster();
    case 'geopoint':
      return geopointCaster(field);
    case 'geojson':
      return geojsonCaster(field);
    case 'object':
      return objectCaster();
    case 'array':
      return arrayCaster();
    case 'list': {
      const itemType = typeof field.itemType === 'string' ? (field.itemType as FieldType) : 'string';
      return listCaster(field, casterFor({ name: field.name, type: itemType }));
    }
    case 'any':
      return (cell) => cell;
    default:
      return () => INVALID;
  }
}

/** The rule a type-error names: `type is integer`, `type is date (format %d/%m/%Y)`. */
export function typeRule(field: TableField): string {
  const type = field.type ?? 'any';
  return field.format && field.format !== 'default' ? `type is ${type} (format ${field.format})` : `type is ${type}`;
}
