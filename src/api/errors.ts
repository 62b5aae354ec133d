// API errors: a JSON body naming the parameter, with the message in English and French.
import type { Label } from '../core/langstring.js';

export interface ApiErrorBody {
  error: {
    status: number;
    code: string;
    parameter?: string;
    message: Label;
    /** Each bad field of a request body, when there are several. */
    issues?: { field: string; message: Label }[];
  };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly label: Label,
    readonly parameter?: string,
    /** Response headers the error needs (`WWW-Authenticate`, `Retry-After`). */
    readonly headers: Record<string, string> = {},
    readonly issues?: { field: string; message: Label }[],
  ) {
    super(label.en);
    this.name = 'ApiError';
  }

  body(): ApiErrorBody {
    return { error: { status: this.status, code: this.code, ...(this.parameter ? { parameter: this.parameter } : {}), message: this.label, ...(this.issues ? { issues: this.issues } : {}) } };
  }
}

export function invalidParameter(parameter: string, en: string, fr: string): ApiError {
  return new ApiError(400, 'invalid_parameter', { en: `invalid parameter "${parameter}": ${en}`, fr: `paramètre « ${parameter} » invalide : ${fr}` }, parameter);
}

export function notFound(what: { en: string; fr: string }, id: string): ApiError {
  return new ApiError(404, 'not_found', { en: `no ${what.en} "${id}"`, fr: `aucun(e) ${what.fr} « ${id} »` });
}
