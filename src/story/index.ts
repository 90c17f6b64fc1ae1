/**
 * @module story — the story stage: from analysed articles to the story graph
 * (copies, relays, storylines with key entities, an event timeline, tracked
 * claims and coverage). It only reads the layers the NLP stages made.
 *
 * Within one call the graph is a pure function of the article set: articles
 * are put into one publication order (published, then id) before anything
 * else, so any input order gives the same graph. The incremental path
 * (StoryTracker with a persisted state) continues from an earlier call.
 */
import type { Article } from './articles.js'
import { prepareArticles } from './articles.js'
import { rankClaims } from './claim-rank.js'
import { trackClaims } from './claims.js'
import { centralOrder } from './cluster.js'
import { coverage } from './coverage.js'
import { storyEntities } from './entities.js'
import type { DocumentFrequencies } from './features.js'
import { type ResolvedOptions, type StoryOptions, resolveOptions } from './options.js'
import { relayedOutlets } from './relays.js'
import { buildTimeline } from './timeline.js'
import { storyFrame } from './timeline-core.js'
import { type Placement, StoryTracker } from './tracker.js'
import type { StoryArticleRef, StoryEntity, StoryGraph, StoryInput, Storyline, TimelineEntry } from './types.js'

export type { StoryOptions } from './options.js'
export { DEFAULT_STORY_OPTIONS } from './options.js'

/** Throws E_CONFIG for invalid options, before any work; never throws for odd articles. */
export function computeStoryGraph(inputs: readonly StoryInput[], options?: StoryOptions): StoryGraph {
  const opts = resolveOptions(options)
  const articles = prepareArticles(inputs)
  const tracker = new StoryTracker(opts)
  const placements = tracker.place(articles)
  return assembleGraph(articles, placements, tracker.frequencies, opts)
}

/**
 * The story graph of placed articles: one storyline per storyline id, in the
 * order of their first articles, each with its summary parts.
 */
export function assembleGraph(
  articles: readonly Article[],
  placements: readonly Placement[],
  df: DocumentFrequencies,
  opts: ResolvedOptions,
): StoryGraph {
  const copies = placements.flatMap((p) => (p.copy ? [p.copy] : []))
  const copyOf = new Map(copies.map((c) => [c.article, c.original]))
  const byId = new Map(articles.map((a) => [a.id, a]))
  const groups = new Map<string, Article[]>()
  for (const p of placements) {
    const list = groups.get(p.storyline)
    if (list) list.push(byId.get(p.article)!)
    else groups.set(p.storyline, [byId.get(p.article)!])
  }
  const storylines = [...groups].map(([id, members]) => buildStoryline(id, members, copyOf, byId, df, opts))
  return { storylines, copies }
}

/**
 * One storyline's summary from its members (publication order): key entities,
 * timeline, tracked claims, coverage and a title. Pure in its inputs, so the
 * incremental path rebuilds only the storylines a batch touched.
 */
export function buildStoryline(
  id: string,
  members: readonly Article[],
  copyOf: ReadonlyMap<string, string>,
  byId: ReadonlyMap<string, Article>,
  df: DocumentFrequencies,
  opts: ResolvedOptions,
): Storyline {
  const originals = members.filter((a) => !copyOf.has(a.id))
  const entities = storyEntities(originals, opts.topEntities)
  const key = entities.filter((e) => e.type !== 'OUTLET').map((e) => e.id)
  const timeline = buildTimeline(members, opts, storyFrame(key, members[0]?.doc.meta.published ?? null), new Set(copyOf.keys()))
  return {
    id,
    title: title(centralOrder(originals, df, opts), members, entities, timeline),
    articles: members.map((a) => articleRef(a, copyOf)),
    entities,
    timeline,
    claims: rankClaims(trackClaims(members, copyOf, byId, opts)),
    coverage: coverage(members),
  }
}

function articleRef(a: Article, copyOf: ReadonlyMap<string, string>): StoryArticleRef {
  const m = a.doc.meta
  return {
    id: a.id,
    source: m.source,
    title: m.title,
    outlet: m.outlet,
    published: m.published,
    copyOf: copyOf.get(a.id) ?? null,
    relays: relayedOutlets(a),
  }
}

/**
 * The title of the most central article that has one; failing that, the key
 * entities and the first event type ("Turkey, Nicolás Maduro: offer").
 */
function title(
  central: readonly Article[],
  members: readonly Article[],
  entities: readonly StoryEntity[],
  timeline: readonly TimelineEntry[],
): string {
  for (const a of [...central, ...members]) {
    const t = a.doc.meta.title?.trim()
    if (t) return t
  }
  const names = entities.filter((e) => e.type !== 'OUTLET').slice(0, 2).map((e) => e.name)
  const event = timeline[0]?.type
  const label = [names.join(', '), event].filter((x) => x).join(': ')
  return label || `Storyline of ${members.length} article${members.length === 1 ? '' : 's'}`
}
