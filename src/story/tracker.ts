/**
 * @module story/tracker — the incremental core of the story stage: takes
 * articles in processing order and places each one, as a copy of an earlier
 * body or as an original that joins or starts a storyline. Its state is plain
 * data the store persists, so a new batch only processes new articles and
 * gives the same placements as one batch over everything (when batches arrive
 * in publication order). When an article merges two storylines, the
 * placements this call made into the merged one are redirected to the one it
 * merged into; those made by earlier calls are the caller's to redirect, from
 * `merges` (the store keeps them).
 */
import type { Article } from './articles.js'
import { type ClustererState, StorylineClusterer, type StorylineMerge } from './cluster.js'
import { CopyDetector, type CopyDetectorState } from './copies.js'
import type { DocumentFrequencies } from './features.js'
import type { ResolvedOptions } from './options.js'
import type { CopyLink } from './types.js'

/** Where one article went. */
export interface Placement {
  readonly article: string
  readonly storyline: string
  readonly copy: CopyLink | null
}

/** Bumped whenever the state's shape or meaning changes: a saved state of another version is recomputed, not read. */
export const TRACKER_STATE_VERSION = 3

export interface TrackerState {
  readonly version: number
  readonly clusterer: ClustererState
  readonly copies: CopyDetectorState
}

export class StoryTracker {
  private readonly clusterer: StorylineClusterer
  private readonly copies: CopyDetector

  constructor(options: ResolvedOptions, state?: TrackerState) {
    this.clusterer = new StorylineClusterer(options, state?.clusterer)
    this.copies = new CopyDetector(options, state?.copies)
  }

  /** Places articles given in processing order. */
  place(articles: readonly Article[]): Placement[] {
    const first = this.clusterer.merges.length
    const placements = articles.map((a) => {
      const before = this.clusterer.merges.length
      const { link, storyline } = this.copies.add(a, () => this.clusterer.add(a))
      for (const m of this.clusterer.merges.slice(before)) this.copies.moveStoryline(m.from, m.into)
      return { article: a.id, storyline, copy: link }
    })
    const redirect = redirects(this.clusterer.merges.slice(first))
    return placements.map((p) => (redirect.has(p.storyline) ? { ...p, storyline: redirect.get(p.storyline)! } : p))
  }

  /** Storylines merged into others by this tracker, in order. */
  get merges(): readonly StorylineMerge[] {
    return this.clusterer.merges
  }

  get frequencies(): DocumentFrequencies {
    return this.clusterer.frequencies
  }

  /** Storylines that can still be joined (the rest are complete). */
  get activeStorylines(): number {
    return this.clusterer.active
  }

  /** Work done so far, counted, not timed: posting entries read, candidate storylines scored, bodies compared for copies. */
  get work(): { readonly postings: number; readonly scored: number; readonly compared: number } {
    return { ...this.clusterer.work, ...this.copies.work }
  }

  state(): TrackerState {
    return { version: TRACKER_STATE_VERSION, clusterer: this.clusterer.state(), copies: this.copies.state() }
  }
}

/** Each merged storyline id → the id it finally lives on as, following chains (a into b, later b into c). */
export function redirects(merges: readonly StorylineMerge[]): Map<string, string> {
  const into = new Map<string, string>()
  for (const m of merges) into.set(m.from, m.into)
  const final = new Map<string, string>()
  for (const from of into.keys()) {
    let to = into.get(from)!
    while (into.has(to)) to = into.get(to)!
    final.set(from, to)
  }
  return final
}
