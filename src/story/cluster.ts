/**
 * @module story/cluster — storylines by single-pass incremental clustering in
 * processing order (publication order within a batch, batches in ingest
 * order). Each article is scored against the centroids of a bounded set of
 * candidate storylines, found through an inverted index from entity ids and
 * rare terms; it joins the best one at or above the join threshold, else
 * starts a new storyline. When it could join several and some of them are
 * alike as wholes, those merge first (mergeInto). Copies skip scoring and join their original's
 * storyline. Work per article is bounded by MAX_POSTING_SCAN and
 * maxCandidates, and storylines that no article can join any more (their last
 * day is further back than the time decay allows) leave the index, so time
 * and memory per article stay flat however long the stream runs.
 *
 * The clusterer's whole state is plain data (`state()`), so the store can
 * persist it and a later batch continues exactly where this one stopped.
 */
import { contentHash } from '../util/text.js'
import type { Article } from './articles.js'
import type { DocumentFrequencyState, Features, Vector } from './features.js'
import { DocumentFrequencies, articleFeatures, dot } from './features.js'
import { CENTROID_TERMS, MAX_POSTING_SCAN, PROTAGONIST_CONFLICT_FACTOR, type ResolvedOptions } from './options.js'
import { addProtagonists, emptyTally, leadProtagonists, protagonistConflict, type ProtagonistTally } from './protagonists.js'

/** One storyline folded into an older one: links to `from` should lead to `into`. */
export interface StorylineMerge {
  readonly from: string
  readonly into: string
}

interface Centroid {
  readonly sum: Map<string, number>
  norm2: number
}

interface Cluster {
  readonly id: number
  /** Id of the storyline's first article: the storyline id is derived from it. */
  readonly first: string
  /** Lead-weighted term centroid: what joining compares an article with. */
  readonly terms: Centroid
  /** Plain term centroid: what comparing two storylines as wholes uses. */
  readonly bodyTerms: Centroid
  readonly entities: Centroid
  readonly eventTypes: Set<string>
  firstDay: number | null
  lastDay: number | null
  readonly keys: Set<string>
  /** Reports joined and whose protagonist each was (protagonists.ts). */
  readonly protagonists: ProtagonistTally
}

/** One cluster as plain data. */
export interface ClusterState {
  readonly id: number
  readonly first: string
  readonly terms: readonly (readonly [string, number])[]
  readonly bodyTerms: readonly (readonly [string, number])[]
  readonly entities: readonly (readonly [string, number])[]
  readonly eventTypes: readonly string[]
  readonly firstDay: number | null
  readonly lastDay: number | null
  readonly keys: readonly string[]
  readonly reports: number
  readonly protagonists: readonly (readonly [string, number])[]
}

/** Everything the clusterer needs to continue with the next article. */
export interface ClustererState {
  readonly df: DocumentFrequencyState
  readonly nextId: number
  /** Latest publication day processed: storylines too far behind it are retired. */
  readonly day: number | null
  /** Storylines that can still be joined. */
  readonly clusters: readonly ClusterState[]
}

/** Stable storyline id: derived from the storyline's first article, so it never changes as the story grows. */
export function storylineId(firstArticle: string): string {
  return 'st_' + contentHash([firstArticle], 12)
}

function centroid(entries: Iterable<readonly [string, number]> = []): Centroid {
  const sum = new Map(entries)
  let norm2 = 0
  for (const x of sum.values()) norm2 += x * x
  return { sum, norm2 }
}

function addTo(c: Centroid, v: Vector): void {
  for (const [k, x] of v) {
    const old = c.sum.get(k) ?? 0
    const now = old + x
    c.sum.set(k, now)
    c.norm2 += now * now - old * old
  }
  // A storyline growing for months would otherwise keep every term any of its reports used.
  if (c.sum.size > 2 * CENTROID_TERMS) prune(c)
}

/** Combines two optional days with `pick` (Math.min or Math.max); null when both are. */
function combineDays(a: number | null, b: number | null, pick: (x: number, y: number) => number): number | null {
  return a === null ? b : b === null ? a : pick(a, b)
}

function prune(c: Centroid): void {
  const kept = [...c.sum].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CENTROID_TERMS)
  c.sum.clear()
  c.norm2 = 0
  for (const [k, x] of kept) {
    c.sum.set(k, x)
    c.norm2 += x * x
  }
}

function cosine(v: Vector, c: Centroid): number {
  return c.norm2 > 0 ? dot(v, c.sum) / Math.sqrt(c.norm2) : 0
}

function centroidCosine(a: Centroid, b: Centroid): number {
  return dot(a.sum, b.sum) / Math.sqrt(a.norm2 * b.norm2)
}

/** 1 inside the storyline's activity window (plus grace), decaying exponentially with the gap beyond it. */
function timeFactor(f: Features, c: Cluster, options: ResolvedOptions): number {
  if (f.days.length === 0 || c.firstDay === null || c.lastDay === null) return 1
  let gap = Number.POSITIVE_INFINITY
  for (const d of f.days) gap = Math.min(gap, d < c.firstDay ? c.firstDay - d : d > c.lastDay ? d - c.lastDay : 0)
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
 * How alike two storylines are as wholes: the join score's parts computed
 * centroid to centroid (event types as Jaccard), times the time factor of the
 * gap between their windows. Centroids average away the wording of single
 * reports, so two different quakes in one country keep only their shared
 * vocabulary and names in common while two halves of one story share their
 * specifics too; the merge threshold asks for the latter. Terms count
 * without the lead weighting here: two halves of one story found apart often
 * word their leads differently ("the Tern fire", "a blaze on a vessel") and
 * agree in the body, and wholes are what a merge claims are alike.
 */
function storylineSimilarity(a: Cluster, b: Cluster, options: ResolvedOptions): number {
  let score = 0
  let weight = 0
  // Like the join score, a signal counts only where both sides have it.
  if (a.bodyTerms.norm2 > 0 && b.bodyTerms.norm2 > 0) {
    score += options.termWeight * centroidCosine(a.bodyTerms, b.bodyTerms)
    weight += options.termWeight
  }
  if (a.entities.norm2 > 0 && b.entities.norm2 > 0) {
    score += options.entityWeight * centroidCosine(a.entities, b.entities)
    weight += options.entityWeight
  }
  if (a.eventTypes.size > 0 && b.eventTypes.size > 0) {
    let shared = 0
    for (const t of a.eventTypes) if (b.eventTypes.has(t)) shared++
    score += options.eventWeight * (shared / (a.eventTypes.size + b.eventTypes.size - shared))
    weight += options.eventWeight
  }
  let gap = 0
  if (a.firstDay !== null && a.lastDay !== null && b.firstDay !== null && b.lastDay !== null) {
    gap = Math.max(0, a.firstDay - b.lastDay, b.firstDay - a.lastDay)
  }
  const over = gap - options.timeGraceDays
  return weight > 0 ? (over <= 0 ? 1 : Math.exp(-over / options.timeDecayDays)) * (score / weight) : 0
}

function emptyCluster(id: number, first: string): Cluster {
  return {
    id,
    first,
    terms: centroid(),
    bodyTerms: centroid(),
    entities: centroid(),
    eventTypes: new Set(),
    firstDay: null,
    lastDay: null,
    keys: new Set(),
    protagonists: emptyTally(),
  }
}

/** Adds an article's content to a storyline's centroids and event types. */
function absorb(c: Cluster, f: Features): void {
  addTo(c.terms, f.terms)
  addTo(c.bodyTerms, f.bodyTerms)
  addTo(c.entities, f.entities)
  for (const t of f.eventTypes) c.eventTypes.add(t)
}

/** Inserts `id` into a list kept in ascending order (lists are short and mostly appended to). */
function insertSorted(list: number[], id: number): void {
  let i = list.length
  while (i > 0 && list[i - 1]! > id) i--
  if (list[i - 1] !== id) list.splice(i, 0, id)
}

export class StorylineClusterer {
  private readonly df: DocumentFrequencies
  private readonly clusters = new Map<number, Cluster>()
  /** Key → ids of the storylines carrying it, ascending (newest last). */
  private readonly postings = new Map<string, number[]>()
  private nextId: number
  private day: number | null
  /** Work done so far: posting entries read and candidates scored (load-independent cost measures for the bench). */
  readonly work = { postings: 0, scored: 0 }
  /** Merges made by this instance, in order (the store keeps them; the state does not need them to continue). */
  readonly merges: StorylineMerge[] = []
  /** Days a storyline stays joinable after its last day: beyond it the time factor alone keeps any score under the threshold. */
  private readonly horizon: number

  constructor(
    private readonly options: ResolvedOptions,
    state?: ClustererState,
  ) {
    this.df = new DocumentFrequencies(state?.df)
    this.nextId = state?.nextId ?? 0
    this.day = state?.day ?? null
    this.horizon =
      options.joinThreshold > 0
        ? Math.ceil(options.timeGraceDays + options.timeDecayDays * Math.log(1 / options.joinThreshold)) + 1
        : Number.POSITIVE_INFINITY
    for (const s of state?.clusters ?? []) {
      const c: Cluster = {
        id: s.id,
        first: s.first,
        terms: centroid(s.terms),
        bodyTerms: centroid(s.bodyTerms),
        entities: centroid(s.entities),
        eventTypes: new Set(s.eventTypes),
        firstDay: s.firstDay,
        lastDay: s.lastDay,
        keys: new Set(),
        protagonists: { reports: s.reports, counts: new Map(s.protagonists) },
      }
      this.clusters.set(c.id, c)
      this.index(c, s.keys)
    }
  }

  /** Number of storylines that can still be joined. */
  get active(): number {
    return this.clusters.size
  }

  /**
   * Places an original article and returns the id of the storyline it joined
   * or started. Copies do not come here: they join their original's storyline.
   */
  add(article: Article): string {
    this.advance(article.day)
    this.df.observe(article)
    const f = articleFeatures(article, this.df)
    const protagonists = leadProtagonists(article)
    let words: ReadonlySet<string> | undefined
    const articleWords = (): ReadonlySet<string> => (words ??= new Set(article.words))
    let best: Cluster | null = null
    let bestScore = 0
    const joinable: Cluster[] = []
    for (const c of this.candidates(f)) {
      this.work.scored++
      let score = timeFactor(f, c, this.options) * contentSimilarity(f, c, this.options)
      if (score >= this.options.joinThreshold && protagonistConflict(protagonists, articleWords, c.protagonists, c.bodyTerms.sum)) {
        score *= PROTAGONIST_CONFLICT_FACTOR
      }
      if (score >= this.options.joinThreshold) joinable.push(c)
      if (score > bestScore || (score === bestScore && best !== null && c.id < best.id)) {
        best = c
        bestScore = score
      }
    }
    const target = best !== null && bestScore >= this.options.joinThreshold ? this.mergeInto(best, joinable) : this.open(article.id)
    this.join(target, f)
    addProtagonists(target.protagonists, protagonists.map((p) => [p, 1] as const), 1)
    return storylineId(target.first)
  }

  /**
   * The storyline an article joins when it could join `best` and the other
   * `joinable` ones: those alike enough to `best` as wholes
   * (storylineSimilarity at or above mergeThreshold) are one story reported
   * apart until now, and fold into the oldest of them, whose id survives.
   * Others the article merely also resembles stay as they are.
   */
  private mergeInto(best: Cluster, joinable: readonly Cluster[]): Cluster {
    const group = joinable.filter((c) => c === best || storylineSimilarity(best, c, this.options) >= this.options.mergeThreshold)
    if (group.length < 2) return best
    group.sort((a, b) => a.id - b.id)
    const [survivor, ...merged] = group as [Cluster, ...Cluster[]]
    for (const c of merged) {
      addTo(survivor.terms, c.terms.sum)
      addTo(survivor.bodyTerms, c.bodyTerms.sum)
      addTo(survivor.entities, c.entities.sum)
      for (const t of c.eventTypes) survivor.eventTypes.add(t)
      addProtagonists(survivor.protagonists, c.protagonists.counts, c.protagonists.reports)
      survivor.firstDay = combineDays(survivor.firstDay, c.firstDay, Math.min)
      survivor.lastDay = combineDays(survivor.lastDay, c.lastDay, Math.max)
      const keys = [...c.keys]
      this.retire(c)
      this.index(survivor, keys)
      this.merges.push({ from: storylineId(c.first), into: storylineId(survivor.first) })
    }
    return survivor
  }

  /** The running document frequencies, for weighting a storyline's articles once it is complete. */
  get frequencies(): DocumentFrequencies {
    return this.df
  }

  state(): ClustererState {
    return {
      df: this.df.state(),
      nextId: this.nextId,
      day: this.day,
      clusters: [...this.clusters.values()].map((c) => ({
        id: c.id,
        first: c.first,
        terms: [...c.terms.sum],
        bodyTerms: [...c.bodyTerms.sum],
        entities: [...c.entities.sum],
        eventTypes: [...c.eventTypes],
        firstDay: c.firstDay,
        lastDay: c.lastDay,
        keys: [...c.keys],
        reports: c.protagonists.reports,
        protagonists: [...c.protagonists.counts],
      })),
    }
  }

  /** Moves the clock to a newer publication day and retires storylines left behind it. */
  private advance(day: number | null): void {
    if (day === null || (this.day !== null && day <= this.day)) return
    this.day = day
    for (const c of this.clusters.values()) {
      if (c.lastDay !== null && day - c.lastDay > this.horizon) this.retire(c)
    }
  }

  private retire(c: Cluster): void {
    this.clusters.delete(c.id)
    for (const k of c.keys) {
      const list = this.postings.get(k)
      if (!list) continue
      const at = list.indexOf(c.id)
      if (at >= 0) list.splice(at, 1)
      if (list.length === 0) this.postings.delete(k)
    }
  }

  private open(first: string): Cluster {
    const c = emptyCluster(this.nextId++, first)
    this.clusters.set(c.id, c)
    return c
  }

  private join(c: Cluster, f: Features): void {
    absorb(c, f)
    const firstDay = f.days[0]
    const lastDay = f.days[f.days.length - 1]
    if (firstDay !== undefined && lastDay !== undefined) {
      c.firstDay = combineDays(c.firstDay, firstDay, Math.min)
      c.lastDay = combineDays(c.lastDay, lastDay, Math.max)
    }
    this.index(c, f.keys)
  }

  private index(c: Cluster, keys: readonly string[]): void {
    for (const k of keys) {
      if (c.keys.has(k)) continue
      c.keys.add(k)
      const list = this.postings.get(k)
      if (list) insertSorted(list, c.id)
      else this.postings.set(k, [c.id])
    }
  }

  /**
   * Storylines sharing index keys with the article, most shared keys first
   * (ties: the newer storyline), at most maxCandidates. Each posting list is
   * scanned from its newest end for at most MAX_POSTING_SCAN entries.
   */
  private candidates(f: Features): Cluster[] {
    const shared = new Map<number, number>()
    for (const k of f.keys) {
      const list = this.postings.get(k)
      if (!list) continue
      const stop = Math.max(0, list.length - MAX_POSTING_SCAN)
      this.work.postings += list.length - stop
      for (let p = list.length - 1; p >= stop; p--) shared.set(list[p]!, (shared.get(list[p]!) ?? 0) + 1)
    }
    return [...shared]
      .sort((a, b) => b[1] - a[1] || b[0] - a[0])
      .slice(0, this.options.maxCandidates)
      .map(([id]) => this.clusters.get(id)!)
  }
}

/**
 * Articles of one storyline from most to least central: similarity of each to
 * the centroid of them all, weighted by the given frequencies. Works from the
 * articles alone, so it serves storylines the clusterer has already retired.
 */
export function centralOrder(articles: readonly Article[], df: DocumentFrequencies, options: ResolvedOptions): Article[] {
  const features = articles.map((a) => articleFeatures(a, df))
  const c = emptyCluster(0, '')
  for (const f of features) absorb(c, f)
  const scored = articles.map((a, i) => ({ a, s: contentSimilarity(features[i]!, c, options) }))
  scored.sort((x, y) => y.s - x.s || x.a.index - y.a.index)
  return scored.map((x) => x.a)
}
