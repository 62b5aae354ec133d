// Points well inside each province and territory (away from borders, coasts and large lakes),
// used to tell which outline of a map file is which region: map files often carry no names.
export const REGION_INTERIOR_POINTS: Readonly<Record<string, ReadonlyArray<readonly [number, number]>>> = {
  'CA-AB': [[-113.8, 52.3], [-113.5, 57.0]],
  'CA-BC': [[-122.75, 53.9], [-120.3, 50.7]],
  'CA-MB': [[-97.85, 55.74], [-99.95, 49.85]],
  'CA-SK': [[-106.67, 52.13], [-104.6, 50.45]],
  'CA-ON': [[-81.33, 48.48], [-88.0, 51.5]],
  'CA-QC': [[-74.37, 49.91], [-72.8, 47.4]],
  'CA-NB': [[-66.5, 46.5], [-67.4, 46.9]],
  'CA-NS': [[-63.28, 45.37], [-65.2, 44.4]],
  'CA-PE': [[-63.4, 46.4], [-63.75, 46.45]],
  'CA-NL': [[-62.0, 54.0], [-55.66, 48.93]],
  'CA-YT': [[-135.05, 60.72], [-136.0, 63.5]],
  'CA-NT': [[-120.0, 64.0], [-125.0, 65.0]],
  'CA-NU': [[-96.07, 64.32], [-72.0, 70.0]],
};

/** Canada's extent in degrees [west, south, east, north]: the widest view a map of it needs. */
export const CANADA_EXTENT: readonly [number, number, number, number] = [-141.1, 41.6, -52.6, 83.2];
