/**
 * @module errors
 * One coded error class for the whole engine. Codes are stable strings that the
 * CLI prints, the API maps to HTTP statuses (see api/errors.ts) and ingest
 * reports per failed input. Messages carry the offending values.
 */

export const ERROR_CODES = {
  E_SPAN_BOUNDS: 'a span lies outside the text it points into',
  E_LAYER_EXISTS: 'a stage tried to overwrite a layer an earlier stage made',
  E_PIPELINE_REQUIRES: 'a stage needs a layer that no earlier stage assigns',
  E_INPUT_EMPTY: 'the input holds no bytes or no text',
  E_INPUT_BINARY: 'the input is binary data, not text',
  E_INPUT_TOO_LARGE: 'the input is larger than the configured size cap',
  E_INPUT_ENCODING: 'the input text could not be decoded',
  E_INPUT_FORMAT: 'the input format is unknown or malformed',
  E_INPUT_READ: 'the input could not be read',
  E_WARC_TRUNCATED: 'a WARC record ends before its declared length, or what follows it is not a WARC record',
  E_EXTRACT_NO_BODY: 'no article body could be found',
  E_TIMEOUT: 'reading or analysing one input took longer than its time limit',
  E_WORKER_CRASH: 'the worker extracting and analysing an input died (e.g. out of memory); only that input fails',
  E_FETCH: 'an HTTP fetch failed (network error, error status, too many redirects)',
  E_FETCH_REFUSED: 'the URL resolves to a private, loopback, link-local or unspecified address',
  E_ROBOTS: "the site's robots.txt disallows fetching the URL",
  E_NOT_FOUND: 'no such record',
  E_BAD_REQUEST: 'the request is malformed',
  E_STORE: 'the store failed',
  E_CONFIG: 'the configuration is invalid',
} as const

export type ErrorCode = keyof typeof ERROR_CODES

export class StorytraceError extends Error {
  override readonly name = 'StorytraceError'
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly context?: Record<string, unknown>,
    options?: { cause?: unknown },
  ) {
    super(`[${code}] ${message}`, options)
  }
}

/** Turns anything thrown into a StorytraceError, keeping the original as cause. */
export function asStorytraceError(err: unknown, fallback: ErrorCode = 'E_STORE'): StorytraceError {
  if (err instanceof StorytraceError) return err
  const message = err instanceof Error ? err.message : String(err)
  return new StorytraceError(fallback, message, undefined, { cause: err })
}
