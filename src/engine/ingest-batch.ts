/**
 * @module engine/ingest-batch
 * Ingest a batch of sources (files, folders, WARC files, URLs of pages, feeds
 * and sitemaps) into a store. One bad input never stops the batch: every
 * failure is reported with its code and reason (and recorded in the store).
 * Extraction and analysis run in a worker pool, each input within a time
 * limit; storing stays on this thread, one transaction per article, and
 * results are reported in input order. Running the same batch again stores
 * nothing new; a page whose text changed at the same URL becomes a new version.
 */
import { asStorytraceError } from '../errors.js'
import { Fetcher, type FetcherOptions } from '../ingest/fetch/fetcher.js'
import { DEFAULT_MAX_BYTES } from '../ingest/read-paths.js'
import { isItem, readSources, type SourcedItem, type SourceEvent } from '../ingest/read-sources.js'
import type { PutStatus, Store } from '../store/types.js'
import { AnalysisPool, DEFAULT_WORKERS } from './analysis-pool.js'
import type { AnalysisResult, PlainFailure } from './analysis-protocol.js'
import { rebuildStorylines } from './rebuild-storylines.js'

export type IngestStatus = PutStatus | 'failed' | 'unchanged' | 'skipped'

export interface IngestItemResult {
  readonly source: string
  readonly status: IngestStatus
  readonly id?: string
  readonly title?: string | null
  readonly code?: string
  readonly reason?: string
}

export interface IngestSummary {
  readonly results: readonly IngestItemResult[]
  readonly counts: Readonly<Record<IngestStatus, number>>
  readonly storylines: number
}

export interface IngestOptions {
  readonly maxBytes?: number
  /** Per-input limit for extraction and analysis (default 20 s). */
  readonly timeLimitMs?: number
  /** Worker threads for extraction and analysis (default 2). */
  readonly workers?: number
  /** Heap of each worker in MB (default 1024): an input that needs more fails alone (E_WORKER_CRASH). */
  readonly workerHeapMb?: number
  /** Fetcher settings for URLs (allowPrivate, delays, timeouts). */
  readonly fetch?: Omit<FetcherOptions, 'state' | 'maxBytes'>
  /**
   * A fetcher to use instead of one made from `fetch`, for callers that run
   * batch after batch (`watch`) and must keep robots.txt and per-host pacing between them.
   */
  readonly fetcher?: Fetcher
  /** Called after each input with what happened to it. */
  readonly onResult?: (result: IngestItemResult) => void
  /** Called when an input starts, with its source. */
  readonly onInput?: (source: string) => void
}

/** "feed-url#item-7" → 7, for an item of the given feed. */
function feedItemNumber(source: string, feed: string): number | null {
  const m = /#item-(\d+)$/.exec(source)
  return m && source.slice(0, m.index) === feed ? Number(m[1]) : null
}

interface Pending {
  readonly event: SourceEvent
  readonly analysis: Promise<AnalysisResult> | null
}

export async function ingestPaths(store: Store, sources: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const fetcher = options.fetcher ?? new Fetcher({ ...options.fetch, maxBytes, state: store })
  const workers = options.workers ?? DEFAULT_WORKERS
  const pool = new AnalysisPool({
    workers,
    ...(options.timeLimitMs ? { timeLimitMs: options.timeLimitMs } : {}),
    ...(options.workerHeapMb ? { heapMb: options.workerHeapMb } : {}),
  })
  const results: IngestItemResult[] = []
  const push = (r: IngestItemResult): void => {
    results.push(r)
    options.onResult?.(r)
  }
  const fail = async (f: PlainFailure): Promise<void> => {
    push({ source: f.source, status: 'failed', code: f.code, reason: f.message })
    await store.recordFailure(f)
  }
  // Pages of feed items that came without content, fetched after the current sources.
  const followUps: string[] = []

  /** Stores what one input gave, on this thread, in input order. */
  const settle = async ({ event, analysis }: Pending): Promise<void> => {
    if ('error' in event) return fail({ source: event.source, code: event.error.code, message: event.error.message })
    if ('skipped' in event) return push({ source: event.source, status: 'skipped', reason: event.skipped })
    if ('unchanged' in event) return push({ source: event.source, status: 'unchanged' })
    const item: SourcedItem = event
    const { docs, failures } = await analysis!
    for (const f of failures) {
      const n = item.itemLinks ? feedItemNumber(f.source, item.source) : null
      const link = n !== null && f.code === 'E_EXTRACT_NO_BODY' ? item.itemLinks?.[n - 1] : undefined
      if (!link) await fail(f)
      else if ('url' in link) followUps.push(link.url)
      else await fail({ ...f, message: `${f.message} and ${link.unfetchable}` })
    }
    for (const doc of docs) {
      try {
        const put = await store.putArticle(doc)
        push({ source: doc.meta.source, status: put.status, id: put.id, title: doc.meta.title })
      } catch (err) {
        const e = asStorytraceError(err)
        await fail({ source: doc.meta.source, code: e.code, message: e.message })
      }
    }
    // Remembered only now, so that an input that timed out is fetched in full next time.
    const timedOut = failures.some((f) => f.code === 'E_TIMEOUT' && f.source === item.source)
    if (item.fetchState && !timedOut) await store.putFetchState(item.fetchState)
  }

  try {
    let round: readonly string[] = sources
    while (round.length > 0) {
      const pending: Pending[] = []
      for await (const event of readSources(round, { fetcher, maxBytes, lastFetched: (url) => store.getFetchState(url) })) {
        if (isItem(event)) options.onInput?.(event.source)
        pending.push({ event, analysis: isItem(event) ? pool.run(event) : null })
        // Keep every worker busy while storing in order; settle the oldest beyond that.
        while (pending.length > workers * 2) await settle(pending.shift()!)
      }
      for (const p of pending) await settle(p)
      round = followUps.splice(0)
    }
  } finally {
    await pool.close()
  }

  const counts: Record<IngestStatus, number> = { new: 0, duplicate: 0, version: 0, failed: 0, unchanged: 0, skipped: 0 }
  for (const r of results) counts[r.status]++
  const existing = await store.listStorylines()
  const storylines = (await storyGraphIsStale(store, existing, counts.new + counts.version > 0))
    ? (await rebuildStorylines(store)).storylines.length
    : existing.length
  return { results, counts, storylines }
}

/**
 * Every current article belongs to exactly one storyline, so the graph is
 * stale when this batch changed anything or when a previous run stored
 * articles and stopped before rebuilding (a crash mid-ingest).
 */
async function storyGraphIsStale(
  store: Store,
  existing: readonly { readonly articles: number }[],
  changed: boolean,
): Promise<boolean> {
  if (changed) return true
  return existing.reduce((n, s) => n + s.articles, 0) !== (await store.countArticles())
}
