/**
 * @module story — the story stage: from analysed articles to the story graph
 * (copies, relays, storylines with key entities, an event timeline, tracked
 * claims and coverage). It only reads the layers the NLP stages made.
 *
 * The graph is a pure function of the article set: articles are put into one
 * publication order (published, then id) before anything else, so any input
 * order gives the same graph.
 */
import { contentHash } from '../util/text.js'
import type { Article } from './articles.js'
import { prepareArticles } from './articles.js'
import { trackClaims } from './claims.js'
import { clusterArticles } from './cluster.js'
import { detectCopies } from './copies.js'
import { coverage } from './coverage.js'
import { storyEntities } from './entities.js'
import { type ResolvedOptions, type StoryOptions, resolveOptions } from './options.js'
import { relayedOutlets } from './relays.js'
import { buildTimeline } from './timeline.js'
import type { StoryArticleRef, StoryEntity, StoryGraph, StoryInput, Storyline, TimelineEntry } from './types.js'

export type { StoryOptions } from './options.js'
export { DEFAULT_STORY_OPTIONS } from './options.js'

/** Throws E_CONFIG for invalid options, before any work; never throws for odd articles. */
export function computeStoryGraph(inputs: readonly StoryInput[], options?: StoryOptions): StoryGraph {
  const opts = resolveOptions(options)
  const articles = prepareArticles(inputs)
  const copies = detectCopies(articles, opts)
  const byId = new Map(articles.map((a) => [a.id, a]))
  const copyOf = new Map(copies.map((c) => [c.article, c.original]))
  const copyIndex = articles.map((a) => {
    const original = copyOf.get(a.id)
    return original === undefined ? null : byId.get(original)!.index
  })
  const clusters = clusterArticles(articles, copyIndex, opts)
  const storylines = clusters.members.map((members, k) =>
    storyline(
      members.map((i) => articles[i]!),
      clusters.centrality[k]!.map((i) => articles[i]!),
      copyOf,
      byId,
      opts,
    ),
  )
  return { storylines, copies }
}

function storyline(
  members: readonly Article[],
  central: readonly Article[],
  copyOf: ReadonlyMap<string, string>,
  byId: ReadonlyMap<string, Article>,
  opts: ResolvedOptions,
): Storyline {
  const originals = members.filter((a) => !copyOf.has(a.id))
  const entities = storyEntities(originals, opts.topEntities)
  const timeline = buildTimeline(members, opts)
  return {
    id: 'st_' + contentHash([members[0]!.id], 12),
    title: title(central, members, entities, timeline),
    articles: members.map((a) => articleRef(a, copyOf)),
    entities,
    timeline,
    claims: trackClaims(members, copyOf, byId, opts),
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
