/**
 * @module eval/extraction/evaluate
 * Runs ours and the peer over both data sets and scores them. Kept apart from
 * the CLI so tests can run it on the hand-made fixtures. A page that fails
 * (undecodable, no body, crash, timeout) is scored as an empty extraction and
 * listed with its reason; nothing here throws mid-run.
 */
import { readFileSync } from 'node:fs'
import { decodeBytes } from '../../extract/decode.js'
import { BODY_MEASURES, loadAebPages, readPageBytes, scoreBodies, type BodyScore } from './aeb.js'
import type { BoundedExtractor, ComparableMeta, Extraction, Tool } from './extractors.js'
import { META_FIELDS, compareMeta, loadNewsCases, sourceKey, tallyMeta, type MetaField, type MetadataTally } from './metadata.js'

export const TOOLS: readonly Tool[] = ['ours', 'readability']

export interface RunOptions {
  /** At most this many pages (AEB) or cases (readability-pages), in name order. */
  readonly limit?: number
  /** When the pages were "fetched": no extracted date may be later. */
  readonly fetchedAt: string
  /** Called before each page, for a progress line. */
  readonly onPage?: (done: number, total: number) => void
}

export interface Failure {
  readonly page: string
  readonly tool: Tool
  readonly reason: string
}

/** Decodes a saved page the way ingestion does, then runs both tools; a page that cannot be read fails both. */
async function runBoth(extractor: BoundedExtractor, bytes: () => Uint8Array, source: string, url: string | null, fetchedAt: string): Promise<Record<Tool, Extraction>> {
  let html: string
  try {
    html = decodeBytes(bytes()).text
  } catch (err) {
    const failed: Extraction = { ok: false, error: `could not read the page: ${err instanceof Error ? err.message : String(err)}` }
    return { ours: failed, readability: failed }
  }
  const out = {} as Record<Tool, Extraction>
  for (const tool of TOOLS) out[tool] = await extractor.run({ tool, html, source, url, fetchedAt })
  return out
}

export interface AebReport {
  readonly dir: string
  readonly pages: number
  /** By measure key (see BODY_MEASURES), then tool. */
  readonly scores: Record<string, Record<Tool, BodyScore>>
  /** Each page's word 4-gram F1, for finding where ours loses. */
  readonly perPage: { id: string; f1: Record<Tool, number> }[]
  readonly failures: Failure[]
}

export async function evaluateAeb(dir: string, extractor: BoundedExtractor, opts: RunOptions): Promise<AebReport> {
  const pages = loadAebPages(dir).slice(0, opts.limit ?? Infinity)
  const bodies: Record<Tool, { gold: string; extracted: string }[]> = { ours: [], readability: [] }
  const perPage: AebReport['perPage'] = []
  const failures: Failure[] = []
  for (const [i, page] of pages.entries()) {
    opts.onPage?.(i + 1, pages.length)
    const results = await runBoth(extractor, () => readPageBytes(page.htmlPath), page.url || page.id, page.url || null, opts.fetchedAt)
    const f1 = {} as Record<Tool, number>
    for (const tool of TOOLS) {
      const r = results[tool]
      if (!r.ok) failures.push({ page: page.id, tool, reason: r.error })
      const pair = { gold: page.goldBody, extracted: r.ok ? r.body : '' }
      bodies[tool].push(pair)
      f1[tool] = scoreBodies([pair], 4).f1
    }
    perPage.push({ id: page.id, f1 })
  }
  const scores: AebReport['scores'] = {}
  for (const m of BODY_MEASURES) scores[m.key] = { ours: scoreBodies(bodies.ours, m.n), readability: scoreBodies(bodies.readability, m.n) }
  return { dir, pages: pages.length, scores, perPage, failures }
}

export interface PagesReport {
  readonly dir: string
  readonly cases: number
  readonly tally: Record<Tool, MetadataTally>
  readonly misses: { case: string; tool: Tool; field: MetaField; expected: string | null; got: string | null }[]
  readonly failures: Failure[]
}

export async function evaluatePages(dir: string, extractor: BoundedExtractor, opts: RunOptions): Promise<PagesReport> {
  const cases = loadNewsCases(dir).slice(0, opts.limit ?? Infinity)
  const comparisons: Record<Tool, ReturnType<typeof compareMeta>[]> = { ours: [], readability: [] }
  const misses: PagesReport['misses'] = []
  const failures: Failure[] = []
  for (const [i, c] of cases.entries()) {
    opts.onPage?.(i + 1, cases.length)
    const results = await runBoth(extractor, () => readFileSync(c.sourcePath), `readability-pages/${c.name}/source.html`, null, opts.fetchedAt)
    for (const tool of TOOLS) {
      const r = results[tool]
      if (!r.ok) failures.push({ page: c.name, tool, reason: r.error })
      const got: ComparableMeta | null = r.ok ? r.meta : null
      const cmp = compareMeta(c.expected, got)
      comparisons[tool].push(cmp)
      for (const field of META_FIELDS) {
        if (cmp[field] === false) misses.push({ case: c.name, tool, field, expected: c.expected[sourceKey(field)], got: got?.[sourceKey(field)] ?? null })
      }
    }
  }
  return { dir, cases: cases.length, tally: { ours: tallyMeta(comparisons.ours), readability: tallyMeta(comparisons.readability) }, misses, failures }
}
