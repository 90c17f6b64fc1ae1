/**
 * @module ingest/types
 * What readers hand to extraction: the bytes of one input and where they came from.
 */
import type { StorytraceError } from '../errors.js'

export type InputFormat = 'html' | 'text' | 'json' | 'jsonl' | 'feed'

export interface InputItem {
  /** Path or URL it was read from. */
  readonly source: string
  readonly bytes: Uint8Array
  /** Declared by a server or guessed from the extension; extraction may correct it. */
  readonly format: InputFormat | null
  /** HTTP Content-Type when fetched, for its charset. */
  readonly contentType: string | null
  /** When it was read; no extracted date may be later than this. */
  readonly fetchedAt: string
  /** Publication date (YYYY-MM-DD) to use when the page shows none, e.g. from a news sitemap. */
  readonly published?: string
}

/** An input that could not be read at all (missing, unreadable, too large). */
export interface InputFailure {
  readonly source: string
  readonly error: StorytraceError
}

/** An input deliberately passed over (a non-HTML WARC record): counted, not a failure. */
export interface SkippedInput {
  readonly source: string
  readonly skipped: string
}
