// A building-permits-like Table Schema for the merge tests, so that they do not depend on the
// shipped standard's exact text (the shipped one is used where it is present).
import type { TableSchema } from '../../../src/standards/table-schema.js';

const codes = (...values: string[]) => values.map((value) => ({ value }));

export const permitSchema: TableSchema = {
  title: 'Building permits (test)',
  fields: [
    { name: 'permit_number', type: 'string', constraints: { required: true, unique: true } },
    { name: 'permit_type', type: 'string', constraints: { required: true }, categories: codes('building', 'demolition', 'plumbing', 'sign', 'other') },
    { name: 'work_type', type: 'string', categories: codes('new', 'addition', 'alteration', 'repair', 'demolition', 'other') },
    { name: 'building_use', type: 'string', categories: codes('residential', 'commercial', 'industrial', 'institutional', 'other') },
    { name: 'work_description', type: 'string' },
    { name: 'status', type: 'string', constraints: { required: true, enum: ['applied', 'under-review', 'issued', 'completed', 'cancelled', 'refused'] } },
    { name: 'street_address', type: 'string', constraints: { required: true } },
    { name: 'postal_code', type: 'string' },
    { name: 'ward', type: 'string' },
    { name: 'latitude', type: 'number', constraints: { minimum: 41, maximum: 84 } },
    { name: 'longitude', type: 'number', constraints: { minimum: -142, maximum: -52 } },
    { name: 'application_date', type: 'date' },
    { name: 'issued_date', type: 'date' },
    { name: 'completed_date', type: 'date' },
    { name: 'estimated_cost', type: 'number', constraints: { minimum: 0 } },
    { name: 'floor_area', type: 'number', constraints: { minimum: 0 } },
    { name: 'dwelling_units_created', type: 'integer', constraints: { minimum: 0 } },
    { name: 'contractor_name', type: 'string' },
  ],
  primaryKey: ['permit_number'],
};
