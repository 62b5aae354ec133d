// Facet labels must tell values apart: a city can share its province's name.
import { describe, expect, it } from 'vitest';
import { jurisdictionValueLabel } from '../../src/search/document/facet-values.js';

describe('jurisdiction facet labels', () => {
  it('names a city with its province, so that the city of Québec is not the province', () => {
    const province = jurisdictionValueLabel('CA-QC');
    const city = jurisdictionValueLabel('CA-QC/Québec');
    expect(city).toEqual({ en: 'Québec (QC)', fr: 'Québec (QC)' });
    expect(city.en).not.toBe(province.en);
    expect(city.fr).not.toBe(province.fr);
    expect(jurisdictionValueLabel('CA-ON/Ottawa')).toEqual({ en: 'Ottawa (ON)', fr: 'Ottawa (ON)' });
    expect(jurisdictionValueLabel('CA').en).toBe('Canada');
  });
});
