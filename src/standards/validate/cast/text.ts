// string cells and their formats (email, uri, uuid, binary), boolean cells.
import type { TableField } from '../../table-schema.js';
import { INVALID, type Caster } from './invalid.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function isUri(cell: string): boolean {
  if (!SCHEME.test(cell) || /\s/.test(cell)) return false;
  try {
    new URL(cell);
    return true;
  } catch {
    return false;
  }
}

export function stringCaster(field: TableField): Caster {
  switch (field.format) {
    case 'email':
      return (cell) => (EMAIL.test(cell) ? cell : INVALID);
    case 'uri':
      return (cell) => (isUri(cell) ? cell : INVALID);
    case 'uuid':
      return (cell) => (UUID.test(cell) ? cell : INVALID);
    case 'binary':
      return (cell) => (BASE64.test(cell) ? cell : INVALID);
    default:
      return (cell) => cell;
  }
}

export function booleanCaster(field: TableField): Caster {
  const yes = new Set(field.trueValues ?? ['true', 'True', 'TRUE', '1']);
  const no = new Set(field.falseValues ?? ['false', 'False', 'FALSE', '0']);
  return (cell) => (yes.has(cell) ? true : no.has(cell) ? false : INVALID);
}
