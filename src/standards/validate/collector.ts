// Errors as they come: all counted per type, the first `limit` kept with their sentence.
import type { UiLang } from '../../core/langstring.js';
import type { LabelError } from './header.js';
import { errorMessage } from './messages.js';
import type { ValidationError, ValidationErrorType } from './report.js';

// A cell quoted in a report is cut here: a report stays small whatever the file holds.
const MAX_CELL = 500;

export class ErrorCollector {
  readonly errors: ValidationError[] = [];
  readonly byType: Partial<Record<ValidationErrorType, number>> = {};
  count = 0;

  constructor(
    private readonly limit: number,
    private readonly lang: UiLang,
  ) {}

  get truncated(): boolean {
    return this.count > this.errors.length;
  }

  readonly add = (e: LabelError): void => {
    this.count++;
    this.byType[e.type] = (this.byType[e.type] ?? 0) + 1;
    if (this.errors.length >= this.limit) return;
    const kept = e.cell !== undefined && e.cell.length > MAX_CELL ? { ...e, cell: `${e.cell.slice(0, MAX_CELL)}…` } : e;
    this.errors.push({ ...kept, message: errorMessage(kept, this.lang) });
  };
}
