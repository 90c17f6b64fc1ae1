/**
 * @module story/cluster — storylines by single-pass incremental clustering in
 * publication order. Each article is scored against the centroids of a
 * bounded set of candidate storylines, found through an inverted index from
 * entity ids and rare terms; it joins the best one at or above the join
 * threshold, else starts a new storyline. Copies skip scoring and join their
 * original's storyline. Work per article is bounded by MAX_POSTING_SCAN and
 * maxCandidates, so the whole pass is linear in the number of articles.
 */
import type { Article } from './articles.js'
import type { Features, Vector } from './features.js'
import { articleFeatures, documentFrequencies, dot } from './features.js'
import { MAX_POSTING_SCAN, type ResolvedOptions } from './options.js'

interface Centroid {
  readonly sum: Map<string, number>
  norm2: number
}

interface Cluster {
  readonly index: number
  /** Article indexes, in publication order (copies included). */
  readonly members: number[]
  readonly terms: Centroid
  readonly entities: Centroid
  readonly eventTypes: Set<string>
  first: number | null
  last: number | null
  readonly keys: Set<string>
}

export interface ClusterResult {
  /** Article indexes of each storyline, in publication order; storylines ordered by their first article. */
  readonly members: readonly (readonly number[])[]
  /** Article indexes of each storyline ordered from most to least central (copies excluded). */
  readonly centrality: readonly (readonly number[])[]
}

function addTo(c: Centroid, v: Vector): void {
  for (const [k, x] of v) {
    const old = c.sum.get(k) ?? 0
    const now = old + x
    c.sum.set(k, now)
    c.norm2 += now * now - old * old
  }
}

function cosine(v: Vector, c: Centroid): number {
  return c.norm2 > 0 ? dot(v, c.sum) / Math.sqrt(c.norm2) : 0
}

/** 1 inside the storyline's activity window (plus grace), decaying exponentially with the gap beyond it. */
function timeFactor(f: Features, c: Cluster, options: ResolvedOptions): number {
  if (f.days.length === 0 || c.first === null || c.last === null) return 1
  let gap = Number.POSITIVE_INFINITY
  for (const d of f.days) gap = Math.min(gap, d < c.first ? c.first - d : d > c.last ? d - c.last : 0)
  const over = gap - options.timeGraceDays
  return over <= 0 ? 1 : Math.exp(-over / options.timeDecayDays)
}

/** Weighted mean of term cosine, entity cosine and event-type overlap, over the signals the article has. */
function contentSimilarity(f: Features, c: Cluster, options: ResolvedOptions): number {
  let score = 0
  let weight = 0
  if (f.terms.size > 0) {
    score += options.termWeight * cosine(f.terms, c.terms)
    weight += options.termWeight
  }
  if (f.entities.size > 0) {
    score += options.entityWeight * cosine(f.entities, c.entities)
    weight += options.entityWeight
  }
  if (f.eventTypes.size > 0 && c.eventTypes.size > 0) {
    let shared = 0
    for (const t of f.eventTypes) if (c.eventTypes.has(t)) shared++
    score += options.eventWeight * (shared / f.eventTypes.size)
    weight += options.eventWeight
  }
  return weight > 0 ? score / weight : 0
}

/**
 * Clusters articles (in publication order) into storylines. `copyOf[i]` is the
 * index of article i's original, or null.
 */
export function clusterArticles(
  articles: readonly Article[],
  copyOf: readonly (number | null)[],
  options: ResolvedOptions,
): ClusterResult {
  const originals = articles.filter((a) => copyOf[a.index] === null)
  const df = documentFrequencies(originals)
  const features = new Map<number, Features>()
  for (const a of originals) features.set(a.index, articleFeatures(a, df, originals.length))

  const clusters: Cluster[] = []
  const clusterOf: number[] = new Array<number>(articles.length).fill(-1)
  const postings = new Map<string, number[]>()

  for (const article of articles) {
    const original = copyOf[article.index] ?? null
    if (original !== null) {
      const c = clusters[clusterOf[original]!]!
      c.members.push(article.index)
      clusterOf[article.index] = c.index
      continue
    }
    const f = features.get(article.index)!
    let best: Cluster | null = null
    let bestScore = 0
    for (const c of candidates(f, clusters, postings, options.maxCandidates)) {
      const score = timeFactor(f, c, options) * contentSimilarity(f, c, options)
      if (score > bestScore || (score === bestScore && best !== null && c.index < best.index)) {
        best = c
        bestScore = score
      }
    }
    const target =
      best !== null && bestScore >= options.joinThreshold ? best : newCluster(clusters.length, clusters)
    join(target, article.index, f, postings)
    clusterOf[article.index] = target.index
  }

  return {
    members: clusters.map((c) => c.members),
    centrality: clusters.map((c) => {
      const scored = c.members
        .filter((i) => features.has(i))
        .map((i) => ({ i, s: contentSimilarity(features.get(i)!, c, options) }))
      scored.sort((a, b) => b.s - a.s || a.i - b.i)
      return scored.map((x) => x.i)
    }),
  }
}

function newCluster(index: number, clusters: Cluster[]): Cluster {
  const c: Cluster = {
    index,
    members: [],
    terms: { sum: new Map(), norm2: 0 },
    entities: { sum: new Map(), norm2: 0 },
    eventTypes: new Set(),
    first: null,
    last: null,
    keys: new Set(),
  }
  clusters.push(c)
  return c
}

function join(c: Cluster, articleIndex: number, f: Features, postings: Map<string, number[]>): void {
  c.members.push(articleIndex)
  addTo(c.terms, f.terms)
  addTo(c.entities, f.entities)
  for (const t of f.eventTypes) c.eventTypes.add(t)
  const firstDay = f.days[0]
  const lastDay = f.days[f.days.length - 1]
  if (firstDay !== undefined && lastDay !== undefined) {
    c.first = c.first === null ? firstDay : Math.min(c.first, firstDay)
    c.last = c.last === null ? lastDay : Math.max(c.last, lastDay)
  }
  for (const k of f.keys) {
    if (c.keys.has(k)) continue
    c.keys.add(k)
    const list = postings.get(k)
    if (list) list.push(c.index)
    else postings.set(k, [c.index])
  }
}

/**
 * Storylines sharing index keys with the article, most shared keys first
 * (ties: the newer storyline), at most `limit`. Each posting list is scanned
 * from its newest end for at most MAX_POSTING_SCAN entries.
 */
function candidates(
  f: Features,
  clusters: readonly Cluster[],
  postings: ReadonlyMap<string, readonly number[]>,
  limit: number,
): Cluster[] {
  const shared = new Map<number, number>()
  for (const k of f.keys) {
    const list = postings.get(k)
    if (!list) continue
    const stop = Math.max(0, list.length - MAX_POSTING_SCAN)
    for (let p = list.length - 1; p >= stop; p--) shared.set(list[p]!, (shared.get(list[p]!) ?? 0) + 1)
  }
  return [...shared]
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, limit)
    .map(([i]) => clusters[i]!)
}
