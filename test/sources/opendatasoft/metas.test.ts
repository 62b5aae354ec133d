import { describe, expect, it } from 'vitest';
import { metaRoleOf, readMetas } from '../../../src/sources/opendatasoft/metas.js';

describe('metadata templates read by key', () => {
  it.each([
    ['accrualperiodicity', 'frequency'],
    ['update_frequency', 'frequency'],
    ['frequence_de_mise_a_jour', 'frequency'],
    ['refresh_rate', 'frequency'],
    ['contact_name', 'contactName'],
    ['contact', 'contactName'],
    ['contact_email', 'contactEmail'],
    ['email', 'contactEmail'],
    ['courriel_contact', 'contactEmail'],
    ['issued', 'issued'],
    ['created', 'created'],
    ['date_created', 'created'],
    ['temporal_coverage_start', 'temporalStart'],
    ['temporal_coverage_end', 'temporalEnd'],
    ['temporal', 'temporal'],
    ['spatial', 'places'],
  ])('%s is read as %s', (key, role) => {
    expect(metaRoleOf(key)).toBe(role);
  });

  it.each(['last_update_date', 'contact_phone', 'creator', 'granularity', 'data_currency', 'publisher_type'])('%s is not mapped', (key) => {
    expect(metaRoleOf(key)).toBeUndefined();
  });

  it('reads dcat first, then the other templates in name order, never default', () => {
    const metas = readMetas({
      default: { update_frequency: 'Yearly' },
      zeta: { update_frequency: 'Monthly' },
      dcat: { accrualperiodicity: 'Weekly', contact_email: '' },
      alpha: { update_frequency: ['Daily', 3] },
      broken: 'text',
    });
    expect(metas.get('frequency')).toEqual(['Weekly', 'Daily', '3', 'Monthly']);
    expect(metas.has('contactEmail')).toBe(false);
  });
});
