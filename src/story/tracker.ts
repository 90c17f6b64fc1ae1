/**
 * @module story/tracker — the incremental core of the story stage: takes
 * articles in processing order and places each one, as a copy of an earlier
 * body or as an original that joins or starts a storyline. Its state is plain
 * data the store persists, so a new batch only processes new articles and
 * gives the same placements as one batch over everything (when batches arrive
 * in publication order).
 */
import type { Article } from './articles.js'
import { type ClustererState, StorylineClusterer } from './cluster.js'
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
export const TRACKER_STATE_VERSION = 1

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
    return articles.map((a) => {
      const { link, storyline } = this.copies.add(a, () => this.clusterer.add(a))
      return { article: a.id, storyline, copy: link }
    })
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
