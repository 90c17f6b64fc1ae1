/**
 * @module ingest/read-sources
 * Everything `ingest` and `watch` accept, turned into inputs: files and
 * folders (read-paths), WARC files (streamed), and http(s) URLs of pages,
 * feeds and sitemaps fetched by the polite fetcher. A sitemap (fetched or a
 * local file) is not an input itself: it yields the pages it lists, which
 * are fetched in turn. A feed, fetched or local, carries its items' links so
 * that the batch can fetch the page of an item that holds no content.
 */
import { stat } from 'node:fs/promises'
import { StorytraceError } from '../errors.js'
import { decodeBytes } from '../extract/decode.js'
import { feedItemLinks, type FeedItemLink } from './feed-links.js'
import type { FetchState, Fetcher } from './fetch/fetcher.js'
import { gunzipWithin, isInputFailure, kindOfPath, readPaths, walkFolder } from './read-paths.js'
import { looksLikeSitemap, parseSitemap, type SitemapEntry } from './sitemap.js'
import type { InputFailure, InputItem, SkippedInput } from './types.js'
import { isWarcPath, readWarc } from './warc.js'

/** A fetched URL whose server said it has not changed since the last fetch (or whose sitemap lastmod says so). */
export interface UnchangedInput {
  readonly source: string
  readonly unchanged: true
}

/** An input item plus what the batch needs after processing it. */
export interface SourcedItem extends InputItem {
  /** Validators to remember once the item has been processed. */
  readonly fetchState?: FetchState
  /** For a feed: each item's link (or why it has none to fetch), by item number - 1. */
  readonly itemLinks?: readonly FeedItemLink[]
}

export type SourceEvent = SourcedItem | InputFailure | SkippedInput | UnchangedInput

export interface SourceOptions {
  readonly fetcher: Fetcher
  readonly maxBytes: number
  /** Where fetch state is read for sitemap lastmod hints. */
  readonly lastFetched?: (url: string) => Promise<FetchState | null>
}

/** Sitemap indexes nest; deeper than this is a loop or a mistake. */
const MAX_SITEMAP_DEPTH = 3

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source)
}

export function isItem(e: SourceEvent): e is SourcedItem {
  return 'bytes' in e
}

/** Feed roots, and the JSON Feed version URL, as they show in a document's first bytes. */
const FEED_HEAD = /<(?:rss|feed|rdf:rdf)[\s>]|^\s*\{[\s\S]*jsonfeed\.org/i

/**
 * The text of an item when its first bytes show a sitemap or a feed. Only
 * those are decoded here, on the main thread; anything undecodable is left
 * to extraction, which reports it against the input.
 */
function decodedIfListing(item: InputItem): { text: string; kind: 'sitemap' | 'feed' } | null {
  const head = Buffer.from(item.bytes.subarray(0, 4096)).toString('latin1')
  const kind = looksLikeSitemap(head) ? 'sitemap' : FEED_HEAD.test(head) ? 'feed' : null
  if (!kind) return null
  try {
    return { text: decodeBytes(item.bytes, { contentType: item.contentType }).text, kind }
  } catch {
    return null
  }
}

/** A sitemap date as YYYY-MM-DD, when it is one. */
function dayOf(value: string | null): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined
}

async function* sitemapPages(text: string, source: string, options: SourceOptions, depth: number): AsyncGenerator<SourceEvent> {
  const sitemap = parseSitemap(text)
  if (sitemap.entries.length === 0) {
    yield { source, error: new StorytraceError('E_INPUT_EMPTY', `the sitemap ${source} lists no URLs`, { source }) }
    return
  }
  for (const entry of sitemap.entries) {
    if (sitemap.kind === 'sitemapindex') {
      if (depth >= MAX_SITEMAP_DEPTH) {
        yield { source: entry.url, error: new StorytraceError('E_INPUT_FORMAT', `sitemap indexes nest deeper than ${MAX_SITEMAP_DEPTH} at ${entry.url}`, { source }) }
      } else yield* readUrl(entry.url, options, depth + 1)
    } else if (await unchangedSince(entry, options)) {
      yield { source: entry.url, unchanged: true }
    } else {
      yield* readUrl(entry.url, options, depth, entry)
    }
  }
}

/** True when the sitemap says the page has not changed since it was last fetched. */
async function unchangedSince(entry: SitemapEntry, options: SourceOptions): Promise<boolean> {
  if (!entry.lastmod || !options.lastFetched) return false
  const changed = Date.parse(entry.lastmod)
  let href: string
  try {
    href = new URL(entry.url).href
  } catch {
    return false // not a URL: the fetch reports it
  }
  const state = await options.lastFetched(href)
  return !Number.isNaN(changed) && state !== null && changed <= Date.parse(state.fetchedAt)
}

async function* readUrl(url: string, options: SourceOptions, depth: number, hint?: SitemapEntry): AsyncGenerator<SourceEvent> {
  let outcome
  try {
    outcome = await options.fetcher.fetch(url)
  } catch (err) {
    const error = err instanceof StorytraceError ? err : new StorytraceError('E_FETCH', `fetching ${url} failed: ${(err as Error).message}`, { url }, { cause: err })
    yield { source: url, error }
    return
  }
  if (outcome.status === 'unchanged') {
    yield { source: url, unchanged: true }
    return
  }
  const { state } = outcome
  let item = outcome.item
  // A sitemap.xml.gz served as a gzip file (not as a Content-Encoding) is unpacked here.
  if (item.bytes[0] === 0x1f && item.bytes[1] === 0x8b) {
    try {
      item = { ...item, bytes: await gunzipWithin(item.bytes, options.maxBytes, url) }
    } catch (err) {
      yield { source: url, error: err as StorytraceError }
      return
    }
  }
  const listing = decodedIfListing(item)
  if (listing?.kind === 'sitemap') {
    // The sitemap's own validators are not kept: re-reading it is cheap, and
    // the pages it lists are skipped by their lastmod or their own validators.
    yield* sitemapPages(listing.text, url, options, depth)
    return
  }
  const published = dayOf(hint?.published ?? null)
  yield {
    ...item,
    ...(published ? { published } : {}),
    fetchState: state,
    ...(listing?.kind === 'feed' ? { itemLinks: feedItemLinks(listing.text, url) } : {}),
  }
}

async function* readFile(path: string, options: SourceOptions): AsyncGenerator<SourceEvent> {
  if (isWarcPath(path)) {
    yield* readWarc(path, options.maxBytes)
    return
  }
  for await (const item of readPaths([path], { maxBytes: options.maxBytes })) {
    const listing = isInputFailure(item) ? null : decodedIfListing(item)
    if (!listing) yield item
    else if (listing.kind === 'sitemap') yield* sitemapPages(listing.text, path, options, 0)
    // A feed file has no URL of its own: only its items' absolute links can be fetched.
    else yield { ...(item as InputItem), itemLinks: feedItemLinks(listing.text, null) }
  }
}

/** Inputs of every source in order; never throws for one bad source. */
export async function* readSources(sources: readonly string[], options: SourceOptions): AsyncGenerator<SourceEvent> {
  for (const source of sources) {
    if (isUrl(source)) {
      yield* readUrl(source, options, 0)
      continue
    }
    const isDir = await stat(source).then((s) => s.isDirectory(), () => false)
    if (!isDir) {
      yield* readFile(source, options)
      continue
    }
    for await (const entry of walkFolder(source, (p) => isWarcPath(p) || kindOfPath(p) !== undefined)) {
      if (typeof entry === 'string') yield* readFile(entry, options)
      else yield entry
    }
  }
}
