/**
 * @module extract/types
 * The uniform result of every extractor (HTML page, plain-text article, feed
 * item, JSON record), so the cascade can compare them and the pipeline can
 * start from one shape.
 */
import type { ArticleMeta, Span } from '../doc/types.js'

export interface ExtractedArticle {
  readonly meta: ArticleMeta
  /** The body only: paragraphs joined by "\n\n". */
  readonly text: string
  /** Paragraph spans into `text`. */
  readonly paragraphs: readonly Span[]
  /** Which extractor produced it ("html.main", "text.lines", "feed.rss", …). */
  readonly method: string
}

export interface ExtractOptions {
  /** Treat the input as the body verbatim: no title, date or footer detection. */
  readonly raw?: boolean
  /** Publication date to use when the input has none (YYYY-MM-DD). */
  readonly published?: string
}
