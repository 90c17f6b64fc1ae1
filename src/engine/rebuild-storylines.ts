/**
 * @module engine/rebuild-storylines
 * Brings the stored storylines up to date with the stored articles. With a
 * saved tracker state it places only the articles no storyline holds yet and
 * rebuilds only the storylines they joined (their claims, timeline and
 * summary), folding in the stored articles of storylines they merged, whose
 * ids the store then redirects; the others are not read or written. Without a state (a store
 * from before incremental storylines, or storylines saved by other means), or
 * when a new version superseded an article already placed, it computes the
 * whole graph once and saves it with the state that continues it; the save
 * redirects each storyline id it dropped to where most of its articles went.
 *
 * Articles are processed in ingest order, each batch in publication order, so
 * batches that arrive in publication order give the same storylines as one
 * batch over everything (story/tracker.ts).
 */
import type { StoredArticle, Store, StorylineSummary } from '../store/types.js'
import type { Article } from '../story/articles.js'
import { prepareArticles } from '../story/articles.js'
import { assembleGraph, buildStoryline } from '../story/index.js'
import { resolveOptions } from '../story/options.js'
import { redirects, StoryTracker } from '../story/tracker.js'
import type { StoryInput } from '../story/types.js'

export interface StorylineUpdate {
  /** Every storyline in the store after the update. */
  readonly storylines: readonly StorylineSummary[]
  /** Ids of the storylines this update wrote. */
  readonly touched: readonly string[]
  /** Articles placed by this update. */
  readonly placed: number
  readonly mode: 'incremental' | 'full'
}

export async function rebuildStorylines(store: Store): Promise<StorylineUpdate> {
  const opts = resolveOptions()
  const progress = await store.loadStoryState()
  if (progress.state === null || progress.superseded > 0) {
    const inputs: StoryInput[] = []
    for await (const a of store.currentArticles()) inputs.push(input(a))
    const articles = prepareArticles(inputs)
    const tracker = new StoryTracker(opts)
    const graph = assembleGraph(articles, tracker.place(articles), tracker.frequencies, opts)
    await store.saveStoryGraph(graph, tracker.state())
    return { storylines: await store.listStorylines(), touched: graph.storylines.map((s) => s.id), placed: articles.length, mode: 'full' }
  }
  if (progress.unplaced.length === 0) {
    return { storylines: await store.listStorylines(), touched: [], placed: 0, mode: 'incremental' }
  }

  const fresh = prepareArticles(progress.unplaced.map(input))
  const tracker = new StoryTracker(opts, progress.state)
  const placements = tracker.place(fresh)
  const joined = new Map<string, StoryInput[]>()
  const copyOf = new Map<string, string>()
  for (const p of placements) joined.set(p.storyline, [])
  for (const [i, p] of placements.entries()) {
    joined.get(p.storyline)!.push({ id: fresh[i]!.id, doc: fresh[i]!.doc })
    if (p.copy) copyOf.set(p.copy.article, p.copy.original)
  }
  // A storyline that merged others is rebuilt from their stored articles too (the article that merged them joined it).
  const merges = [...redirects(tracker.merges)].map(([from, into]) => ({ from, into }))
  const parts = new Map<string, string[]>([...joined.keys()].map((id) => [id, [id]]))
  for (const m of merges) parts.get(m.into)!.push(m.from)

  const storylines = []
  for (const [id, added] of joined) {
    const members = [...added]
    for (const part of parts.get(id)!) {
      const stored = await store.getStoryline(part)
      for (const ref of stored?.articles ?? []) {
        const a = await store.getArticle(ref.id)
        if (a) members.push(input(a))
        if (ref.copyOf !== null) copyOf.set(ref.id, ref.copyOf)
      }
    }
    const articles = prepareArticles(members)
    const byId = new Map<string, Article>(articles.map((a) => [a.id, a]))
    storylines.push(buildStoryline(id, articles, copyOf, byId, tracker.frequencies, opts))
  }
  await store.saveStoryUpdate({ storylines, copies: placements.flatMap((p) => (p.copy ? [p.copy] : [])), merges, state: tracker.state() })
  return { storylines: await store.listStorylines(), touched: [...joined.keys()], placed: fresh.length, mode: 'incremental' }
}

function input(a: StoredArticle): StoryInput {
  return { id: a.id, doc: a.doc }
}
