/**
 * @module story/types
 * What the story stage makes from analysed articles: storylines with their
 * articles, key entities, event timeline and tracked claims. Vocabulary as in
 * docs/concepts.md (copy, relay, origin, independent sources, claim statuses).
 */
import type { Doc, EntityType, Hop, Modality, OutletRef } from '../doc/types.js'

/** An analysed article as the story stage reads it. */
export interface StoryInput {
  /** Content-hash id given by the store. */
  readonly id: string
  readonly doc: Doc
}

export type ClaimStatus = 'single-source' | 'corroborated' | 'contested' | 'confirmed' | 'refuted'

/** The sentence of an article a fact came from. */
export interface Evidence {
  readonly article: string
  readonly start: number
  readonly end: number
}

export interface StoryArticleRef {
  readonly id: string
  readonly source: string
  readonly title: string | null
  readonly outlet: OutletRef | null
  readonly published: string | null
  /** Id of the article this one copies (syndication, re-post), if any. */
  readonly copyOf: string | null
  /** Outlet entity ids whose reporting this article relays. */
  readonly relays: readonly string[]
}

export interface StoryEntity {
  readonly id: string
  readonly name: string
  readonly type: EntityType
  /** Mentions across the storyline's articles. */
  readonly mentions: number
  readonly articles: number
}

export interface TimelineEntry {
  /** Event id, shared by every report of the same real event. */
  readonly event: string
  readonly type: string
  readonly cameo: string | null
  readonly from: string | null
  readonly to: string | null
  /** The reporting sentence of the earliest dated report, else of the earliest report. */
  readonly text: string
  readonly modality: string
  /**
   * The event carries the story (story/timeline-core.ts): on the record, news
   * rather than background, about the storyline's key entities. Views list
   * core entries first and the rest as "N more".
   */
  readonly core: boolean
  readonly articles: readonly string[]
  readonly evidence: readonly Evidence[]
}

export interface ClaimSource {
  readonly article: string
  readonly outlet: string | null
  /** Publishing outlet → cited outlets → original source. */
  readonly chain: readonly Hop[]
  /** The origin this source collapses to when counting independent sources. */
  readonly origin: string
  readonly copyOf: string | null
  readonly modality: Modality
  readonly evidence: Evidence
}

export interface StatusChange {
  readonly status: ClaimStatus
  readonly article: string
  readonly at: string | null
  readonly reason: string
  readonly evidence: Evidence
}

export interface TrackedClaim {
  readonly id: string
  readonly text: string
  readonly modality: Modality
  readonly status: ClaimStatus
  readonly independentSources: number
  readonly about: readonly string[]
  readonly sources: readonly ClaimSource[]
  readonly history: readonly StatusChange[]
}

export interface CoveragePoint {
  readonly date: string
  readonly outlet: string
  readonly articles: number
}

export interface Storyline {
  /** Stable: derived from the earliest article of the storyline. */
  readonly id: string
  readonly title: string
  /** In publication order. */
  readonly articles: readonly StoryArticleRef[]
  readonly entities: readonly StoryEntity[]
  /** In event-time order. */
  readonly timeline: readonly TimelineEntry[]
  /** Most independent sources first, then those whose status moved (story/claim-rank.ts). */
  readonly claims: readonly TrackedClaim[]
  readonly coverage: readonly CoveragePoint[]
}

export interface CopyLink {
  readonly article: string
  readonly original: string
  readonly similarity: number
}

export interface StoryGraph {
  readonly storylines: readonly Storyline[]
  readonly copies: readonly CopyLink[]
}
