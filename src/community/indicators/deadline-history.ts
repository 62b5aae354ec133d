// An indicator's deadline history: every deadline it had, each with when and by whom it was set.
import type { Deadline } from '../../core/community/deadline.js';
import type { Indicator } from '../../core/community/types.js';

function sameDeadline(a: Deadline, b: Deadline): boolean {
  return a.precision === b.precision && a.due === b.due && a.from === b.from && a.text.en === b.text.en && a.text.fr === b.text.fr;
}

/** `next` with the history of `previous` (none for a new indicator), plus its deadline when it
 * changed: the history can only grow, whatever history a client sent. */
export function withDeadlineHistory(previous: Indicator | undefined, next: Indicator, at: string, by: string): Indicator {
  const history = previous?.deadlineHistory ?? [];
  const last = history[history.length - 1]?.deadline ?? previous?.deadline;
  const changed = last === undefined || !sameDeadline(last, next.deadline) || history.length === 0;
  return { ...next, deadlineHistory: changed ? [...history, { deadline: next.deadline, at, by }] : history };
}
