/**
 * @module extract
 * One entry point for every input: decode the bytes, decide the format (the
 * extension's promise, corrected by sniffing the content), run the matching
 * extractor. Failures come back as values with the input's (or item's)
 * source, so one bad file or feed item never stops a batch.
 */
import { StorytraceError } from '../errors.js'
import type { InputFailure, InputFormat, InputItem } from '../ingest/types.js'
import { decodeBytes } from './decode.js'
import { extractJsonFeed, extractXmlFeed, isJsonFeed } from './feed.js'
import { extractHtml } from './html/extract.js'
import { extractJsonLines, extractJsonValue } from './records.js'
import { extractRaw, extractText } from './text.js'
import type { ExtractedArticle, ExtractOptions } from './types.js'

export { extractHtml } from './html/extract.js'

export interface ExtractResult {
  articles: ExtractedArticle[]
  failures: InputFailure[]
}

/** Characters of the start of a text looked at to recognise its format. */
const SNIFF_CHARS = 2048

/** The format the content shows, starting from what the file name or server declared. */
export function sniffFormat(text: string, declared: InputFormat | null): InputFormat | 'sitemap' {
  const head = text.slice(0, SNIFF_CHARS).trimStart().toLowerCase()
  if (head.startsWith('<')) {
    if (/<(?:rss|feed|rdf:rdf)[\s>]/.test(head)) return 'feed'
    if (/<(?:urlset|sitemapindex)[\s>]/.test(head)) return 'sitemap'
    if (/^<(?:!doctype\s+html|html|head|body)[\s>]/.test(head) || /<html[\s>]/.test(head)) return 'html'
  }
  if (declared === 'jsonl' || declared === 'json') return declared
  if (head.startsWith('{') || head.startsWith('[')) return 'json'
  return declared ?? (head.startsWith('<') ? 'html' : 'text')
}

function parseJsonOrLines(text: string, source: string, fetchedAt: string, published: string | null): ExtractResult {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    // Several objects one per line in a .json file are JSONL under another name.
    if (/^\s*\{[^\n]*\}\s*\n\s*\{/.test(text)) return extractJsonLines(text, source, fetchedAt, published)
    throw new StorytraceError('E_INPUT_FORMAT', `not valid JSON: ${(err as Error).message}`, { source })
  }
  if (isJsonFeed(value)) return extractJsonFeed(value, source, fetchedAt, published)
  return extractJsonValue(value, source, fetchedAt, published)
}

function dispatch(item: InputItem, text: string, options: ExtractOptions): ExtractResult {
  const { source, fetchedAt } = item
  const published = options.published ?? null
  if (options.raw) return { articles: [extractRaw(text, source, published)], failures: [] }
  const format = sniffFormat(text, item.format)
  switch (format) {
    case 'html': {
      const a = extractHtml(text, source, { fetchedAt })
      return { articles: [a.meta.published || !published ? a : { ...a, meta: { ...a.meta, published } }], failures: [] }
    }
    case 'feed':
      return extractXmlFeed(text, source, fetchedAt, published)
    case 'json':
      return parseJsonOrLines(text, source, fetchedAt, published)
    case 'jsonl':
      return extractJsonLines(text, source, fetchedAt, published)
    case 'text': {
      const a = extractText(text, source, fetchedAt, published)
      if (!a) throw new StorytraceError('E_EXTRACT_NO_BODY', `no body text after the title and header in ${source}`, { source })
      return { articles: [a], failures: [] }
    }
    case 'sitemap':
      throw new StorytraceError('E_INPUT_FORMAT', `${source} is a sitemap, not an article or feed`, { source })
  }
}

/** Extracts every article an input holds; never throws. */
export function extractItem(item: InputItem, options: ExtractOptions = {}): ExtractResult {
  try {
    const { text } = decodeBytes(item.bytes, { contentType: item.contentType })
    return dispatch(item, text.replace(/^\ufeff/, ''), options)
  } catch (err) {
    const error =
      err instanceof StorytraceError
        ? err
        : new StorytraceError('E_INPUT_FORMAT', `could not extract ${item.source}: ${(err as Error)?.message ?? String(err)}`, { source: item.source }, { cause: err })
    return { articles: [], failures: [{ source: item.source, error }] }
  }
}
