// Structured deadlines for the seed content, built from the words the plan uses.
import type { Deadline } from '../../core/community/deadline.js';
import type { BiText } from '../../core/community/types.js';

const pad = (n: number): string => String(n).padStart(2, '0');

function lastDay(year: number, month: number): string {
  // Day 0 of the next month is the last day of this one.
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

/** "October 2018": the whole month. */
export function monthDeadline(year: number, month: number, text: BiText): Deadline {
  return { precision: 'month', from: `${year}-${pad(month)}-01`, due: lastDay(year, month), text };
}

// Meteorological seasons of the northern hemisphere: spring is March to May, and so on.
const SEASONS = { spring: [3, 5], summer: [6, 8], fall: [9, 11] } as const;

/** "Spring 2019": the season's three months. */
export function seasonDeadline(year: number, season: keyof typeof SEASONS, text: BiText): Deadline {
  const [first, last] = SEASONS[season];
  return { precision: 'season', from: `${year}-${pad(first)}-01`, due: lastDay(year, last), text };
}
