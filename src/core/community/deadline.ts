// A deadline as precise as the plan states it: "2023-12", "Spring 2019", "By end of 2028",
// "Ongoing". One structured value (for sorting and flagging overdue) plus the words it came from.
import type { BiText } from './types.js';

export type DeadlinePrecision = 'day' | 'month' | 'quarter' | 'season' | 'year' | 'ongoing' | 'unknown';

export interface Deadline {
  precision: DeadlinePrecision;
  /** The last day the deadline allows (`YYYY-MM-DD`): the end of its month, quarter, season or
   * year. Absent for `ongoing` and `unknown`. */
  due?: string;
  /** The first day of the window (`YYYY-MM-DD`), for month, quarter, season and year. */
  from?: string;
  /** The text it was read from, in each language given. */
  text: BiText;
}
