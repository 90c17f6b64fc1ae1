/**
 * @module api/errors — how StorytraceError codes become HTTP statuses and the
 * JSON error body `{error: {code, message}}`. Shared by the API and the web UI
 * so a missing record is a 404 everywhere.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { type ErrorCode, StorytraceError } from '../errors.js'

const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  E_NOT_FOUND: 404,
  E_BAD_REQUEST: 400,
}

/** 404 for E_NOT_FOUND, 400 for E_BAD_REQUEST, 500 for everything else. */
export function statusFor(err: unknown): ContentfulStatusCode {
  return err instanceof StorytraceError ? (STATUS[err.code] ?? 500) : 500
}

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string }
}

/** The JSON body for an error; unexpected errors do not leak their message. */
export function errorBody(err: unknown): ErrorBody {
  if (err instanceof StorytraceError) {
    const status = statusFor(err)
    // Strip the "[CODE] " prefix the constructor adds: the code has its own field.
    const message = err.message.replace(/^\[[A-Z_]+\] /, '')
    return { error: { code: err.code, message: status === 500 && err.code !== 'E_STORE' ? 'internal error' : message } }
  }
  return { error: { code: 'E_INTERNAL', message: 'internal error' } }
}
