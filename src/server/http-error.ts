/**
 * The one error type routes throw, and the one place every error becomes an HTTP
 * answer: `{ error: { code, message, field? } }` with its status. Errors from the core
 * keep their own messages (they name the argument, file, line and column already).
 */
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { FileFormatError } from '../io/errors.js';
import { ExtractionError } from '../review/extraction/types.js';
import { PrismaCountsError } from '../plot/prisma/counts.js';
import { ScreeningError } from '../review/screening/types.js';
import { InputError } from '../stats/errors.js';
import { OutcomeAnalysisError } from '../analysis/outcome-analysis.js';
import { StoreError } from '../store/review-store.js';

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500;

export class ApiError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly field?: string };
}

const body = (code: string, message: string, field?: string): ErrorBody => ({ error: field === undefined ? { code, message } : { code, message, field } });

export function toHttpError(err: unknown): { status: ErrorStatus; body: ErrorBody } {
  if (err instanceof ApiError) return { status: err.status, body: body(err.code, err.message, err.field) };
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    const field = issue.path.map(String).join('.') || undefined;
    return { status: 400, body: body('invalid_input', field ? `'${field}': ${issue.message}` : issue.message, field) };
  }
  if (err instanceof InputError) return { status: 422, body: body('invalid_data', err.message, err.field) };
  if (err instanceof ExtractionError) return { status: 422, body: body('invalid_data', err.message, err.field) };
  if (err instanceof FileFormatError) return { status: 422, body: body('invalid_file', err.message, err.column) };
  if (err instanceof OutcomeAnalysisError) return { status: 422, body: body('invalid_data', err.message, err.field) };
  if (err instanceof PrismaCountsError) return { status: 422, body: body('invalid_data', err.message) };
  // the screening rules and the store's refusals are about the project's current state
  if (err instanceof ScreeningError) return { status: 409, body: body('screening_rule', err.message) };
  if (err instanceof StoreError) return { status: 409, body: body('conflict', err.message) };
  if (err instanceof HTTPException) return { status: err.status === 413 ? 413 : 400, body: body('bad_request', err.message) };
  return { status: 500, body: body('internal', 'The server failed to answer this request; the error is in its log.') };
}
