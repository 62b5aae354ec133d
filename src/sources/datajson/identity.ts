// Which dataset a record is: its `identifier` (on ArcGIS Hub, the landing page URL; on Socrata,
// the dataset's API URL; elsewhere any unique text), else its landing page.
import { httpUrl, text } from './values.js';

export function datasetRemoteId(dataset: Record<string, unknown>): string | undefined {
  return text(dataset['identifier']) ?? httpUrl(dataset['landingPage']);
}
