/**
 * @module engine/ingest-batch
 * Ingest a batch of paths into a store. One bad input never stops the batch:
 * every failure is reported with its code and reason (and recorded in the
 * store), every good article is stored in its own transaction, and running the
 * same batch again stores nothing new.
 */
import { asStorytraceError } from '../errors.js'
import { extractItem } from '../extract/index.js'
import { isInputFailure, readPaths } from '../ingest/read-paths.js'
import type { PutStatus, Store } from '../store/types.js'
import { analyze } from './analyze.js'
import { rebuildStorylines } from './rebuild-storylines.js'

export interface IngestItemResult {
  readonly source: string
  readonly status: PutStatus | 'failed'
  readonly id?: string
  readonly title?: string | null
  readonly code?: string
  readonly reason?: string
}

export interface IngestSummary {
  readonly results: readonly IngestItemResult[]
  readonly counts: Readonly<Record<PutStatus | 'failed', number>>
  readonly storylines: number
}

export interface IngestOptions {
  readonly maxBytes?: number
  /** Called after each input with what happened to it. */
  readonly onResult?: (result: IngestItemResult) => void
  /** Called when an input starts, with its source. */
  readonly onInput?: (source: string) => void
}

export async function ingestPaths(store: Store, paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const results: IngestItemResult[] = []
  const push = (r: IngestItemResult): void => {
    results.push(r)
    options.onResult?.(r)
  }
  const fail = async (source: string, err: unknown): Promise<void> => {
    const e = asStorytraceError(err, 'E_INPUT_FORMAT')
    push({ source, status: 'failed', code: e.code, reason: e.message })
    await store.recordFailure({ source, code: e.code, message: e.message })
  }

  for await (const item of readPaths([...paths], { maxBytes: options.maxBytes })) {
    if (isInputFailure(item)) {
      await fail(item.source, item.error)
      continue
    }
    options.onInput?.(item.source)
    const { articles, failures } = extractItem(item)
    for (const f of failures) await fail(f.source, f.error)
    for (const article of articles) {
      try {
        const doc = analyze(article)
        const put = await store.putArticle(doc)
        push({ source: article.meta.source, status: put.status, id: put.id, title: doc.meta.title })
      } catch (err) {
        await fail(article.meta.source, err)
      }
    }
  }

  const counts = { new: 0, duplicate: 0, version: 0, failed: 0 }
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
