/**
 * @module bench/storylines — the story stage over a long synthetic stream
 * (bench/synthetic): copies and storylines for N articles (default 100,000)
 * in publication order, batch by batch as ingest feeds them. Prints, per
 * window of 10,000 articles, the time per article and the heap in use after
 * a collection (both must stay flat as the stream grows), then BCubed F1 of
 * the storylines and the copy links against the generator's truth.
 *
 *   node dist/bench/storylines-main.js [--articles N] [--seed S] [--json]
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { bcubed, type BCubed } from '../eval/bcubed.js'
import { prepareArticles } from '../story/articles.js'
import { resolveOptions, type StoryOptions } from '../story/options.js'
import { StoryTracker } from '../story/tracker.js'
import type { StoryInput } from '../story/types.js'
import { SyntheticNews } from './synthetic/generator.js'

const BATCH = 1_000
const WINDOW = 10_000

export interface StorylineBenchWindow {
  readonly articles: number
  /** Story stage time per article in this window (generation excluded). */
  readonly microsPerArticle: number
  /**
   * The same clock on a fixed workload right after the window: a fresh
   * tracker over the stream's first 1,000 articles. The machine's load moves
   * both alike, so their ratio shows growth that load alone does not explain.
   */
  readonly referenceMicrosPerArticle: number
  /** Counted work per article in this window: immune to the machine's load. */
  readonly postingsPerArticle: number
  readonly scoredPerArticle: number
  readonly comparedPerArticle: number
  readonly heapMB: number
  readonly activeStorylines: number
}

export interface StorylineBenchResult {
  readonly articles: number
  readonly windows: readonly StorylineBenchWindow[]
  /** Storylines found counts those left after merges; `merged` is how many were merged into another. */
  readonly storylines: BCubed & { readonly found: number; readonly truth: number; readonly merged: number }
  readonly copies: { readonly truth: number; readonly found: number; readonly correct: number }
}

/** A full collection when the runtime allows one, so heap figures are live data, not garbage. */
const collect: () => void = (() => {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as (() => void) | undefined
  return () => gc?.()
})()

export function benchStorylines(count: number, seed: number, log: (line: string) => void, options?: StoryOptions): StorylineBenchResult {
  const tracker = new StoryTracker(resolveOptions(options))
  const truth = new Int32Array(count)
  const found = new Int32Array(count)
  const storylineNumbers = new Map<string, number>()
  /** Storyline number → the number it merged into (earlier batches' placements are relabelled at the end, as the store redirects them). */
  const mergedInto = new Map<number, number>()
  let mergesSeen = 0
  /** True copy links of the batch being placed: kept per batch so the bench itself holds no growing map. */
  let trueCopies = new Map<string, string>()
  let copiesTrue = 0
  let copiesFound = 0
  let copiesCorrect = 0
  const windows: StorylineBenchWindow[] = []
  let windowMs = 0
  let windowStart = 0
  let workBefore = tracker.work
  let batch: StoryInput[] = []
  let n = 0
  const reference: StoryInput[] = []
  const referenceMicros = (): number => {
    const start = performance.now()
    new StoryTracker(resolveOptions()).place(prepareArticles(reference))
    return ((performance.now() - start) * 1000) / reference.length
  }

  const flush = (): void => {
    const start = performance.now()
    const placements = tracker.place(prepareArticles(batch))
    windowMs += performance.now() - start
    for (const p of placements) {
      let k = storylineNumbers.get(p.storyline)
      if (k === undefined) storylineNumbers.set(p.storyline, (k = storylineNumbers.size))
      found[n++] = k
      if (p.copy) {
        copiesFound++
        if (trueCopies.get(p.copy.article) === p.copy.original) copiesCorrect++
      }
    }
    for (const m of tracker.merges.slice(mergesSeen)) mergedInto.set(storylineNumbers.get(m.from)!, storylineNumbers.get(m.into)!)
    mergesSeen = tracker.merges.length
    batch = []
    trueCopies = new Map()
    if (n - windowStart >= WINDOW || n === count) {
      const referenceMicrosPerArticle = referenceMicros()
      collect()
      const work = tracker.work
      const per = (k: keyof typeof work): number => (work[k] - workBefore[k]) / (n - windowStart)
      const w = {
        postingsPerArticle: per('postings'),
        scoredPerArticle: per('scored'),
        comparedPerArticle: per('compared'),
        articles: n,
        microsPerArticle: (windowMs * 1000) / (n - windowStart),
        referenceMicrosPerArticle,
        heapMB: process.memoryUsage().heapUsed / 1e6,
        activeStorylines: tracker.activeStorylines,
      }
      windows.push(w)
      workBefore = work
      log(`  ${String(w.articles).padStart(7)} articles  ${w.microsPerArticle.toFixed(0).padStart(6)} µs/article (${(w.microsPerArticle / referenceMicrosPerArticle).toFixed(2)}x the reference)  heap ${w.heapMB.toFixed(1).padStart(7)} MB  ${w.activeStorylines} open storylines  per article: ${w.postingsPerArticle.toFixed(0)} postings read, ${w.scoredPerArticle.toFixed(1)} storylines scored, ${w.comparedPerArticle.toFixed(1)} bodies compared`)
      windowMs = 0
      windowStart = n
    }
  }

  let i = 0
  for (const a of new SyntheticNews({ seed }).articles(count)) {
    if (reference.length < BATCH) reference.push(a.input)
    truth[i++] = a.storyline
    if (a.copyOf) {
      trueCopies.set(a.input.id, a.copyOf)
      copiesTrue++
    }
    batch.push(a.input)
    if (batch.length === BATCH) flush()
  }
  if (batch.length) flush()

  const final = (k: number): number => {
    while (mergedInto.has(k)) k = mergedInto.get(k)!
    return k
  }
  for (let k = 0; k < count; k++) found[k] = final(found[k]!)
  const ids = Array.from({ length: count }, (_, k) => String(k))
  const score = bcubed(new Map(ids.map((id, k) => [id, String(truth[k])])), new Map(ids.map((id, k) => [id, String(found[k])])))
  return {
    articles: count,
    windows,
    storylines: { ...score, found: storylineNumbers.size - mergedInto.size, truth: new Set(truth).size, merged: mergedInto.size },
    copies: { truth: copiesTrue, found: copiesFound, correct: copiesCorrect },
  }
}

export function formatStorylineBench(r: StorylineBenchResult): string[] {
  const s = r.storylines
  const first = r.windows[0]
  const last = r.windows[r.windows.length - 1]
  return [
    `  storylines: BCubed F1 ${s.f1.toFixed(3)} (P ${s.precision.toFixed(3)}, R ${s.recall.toFixed(3)}), ${s.found} found (${s.merged} merged into others), ${s.truth} true`,
    `  copies: ${r.copies.correct} of ${r.copies.found} found links right, ${r.copies.truth} true copies`,
    ...(first && last
      ? [
          `  last / first window: time per article ${(last.microsPerArticle / first.microsPerArticle).toFixed(2)}x` +
            ` (${(last.microsPerArticle / last.referenceMicrosPerArticle / (first.microsPerArticle / first.referenceMicrosPerArticle)).toFixed(2)}x against the reference), heap ${(last.heapMB / first.heapMB).toFixed(2)}x`,
          `  counted work per article, last / first window: postings read ${(last.postingsPerArticle / first.postingsPerArticle).toFixed(2)}x,` +
            ` storylines scored ${(last.scoredPerArticle / first.scoredPerArticle).toFixed(2)}x, bodies compared ${(last.comparedPerArticle / first.comparedPerArticle).toFixed(2)}x`,
        ]
      : []),
  ]
}
