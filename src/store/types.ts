/**
 * @module store/types
 * The store boundary. One interface, two engines (embedded SQLite and
 * PostgreSQL) behind it; both pass the same contract suite
 * (store/store.case.test.ts). The store keeps what the pipeline made and never
 * re-derives annotations.
 */
import type { Doc, OutletRef } from '../doc/types.js'
import type { FetchState } from '../ingest/fetch/fetcher.js'
import type { TrackerState } from '../story/tracker.js'
import type { StorylineMerge } from '../story/cluster.js'
import type { CopyLink, StoryGraph, Storyline } from '../story/types.js'

export interface StoredArticle {
  /** Content hash of url, outlet, title and text. */
  readonly id: string
  readonly doc: Doc
  readonly ingestedAt: string
  /** The previous version at the same URL, when this one changed its text. */
  readonly versionOf: string | null
}

export interface ArticleSummary {
  readonly id: string
  readonly source: string
  readonly url: string | null
  readonly title: string | null
  readonly outlet: OutletRef | null
  readonly published: string | null
  readonly language: string | null
  readonly storyline: string | null
  readonly versionOf: string | null
}

export type PutStatus = 'new' | 'duplicate' | 'version'

export interface PutResult {
  readonly id: string
  readonly status: PutStatus
  /** For 'version': the article this one supersedes. */
  readonly previous: string | null
}

export interface IngestFailure {
  readonly source: string
  readonly code: string
  readonly message: string
  readonly at: string
}

export interface SearchHit {
  readonly id: string
  readonly title: string | null
  readonly outlet: OutletRef | null
  readonly published: string | null
  /** A short passage around the match. */
  readonly snippet: string
  readonly rank: number
}

export interface StorylineSummary {
  readonly id: string
  readonly title: string
  readonly articles: number
  readonly first: string | null
  readonly last: string | null
  readonly entities: readonly { readonly id: string; readonly name: string; readonly type: string }[]
  readonly claims: number
}

export interface EntitySummary {
  readonly id: string
  readonly name: string
  readonly type: string
  readonly articles: number
  readonly mentions: number
}

/** A sentence of a stored article that mentions an entity. */
export interface EntitySentence {
  readonly article: string
  readonly title: string | null
  /** Offsets of the sentence in the article text (its web anchor is "#s-<start>"). */
  readonly start: number
  readonly end: number
  readonly text: string
}

/** One publication day of an entity: its mentions and articles that day, and the sentences read for it. */
export interface EntityDay {
  /** YYYY-MM-DD, null for articles without a publication date. */
  readonly day: string | null
  readonly mentions: number
  readonly articles: number
  readonly sentences: readonly EntitySentence[]
}

/** An entity mentioned in the same current articles as another, with how often. */
export interface CoEntity {
  readonly id: string
  readonly name: string
  readonly type: string
  /** Current articles mentioning both. */
  readonly articles: number
  /** Mentions of this entity in those articles. */
  readonly mentions: number
}

export interface EntityDetail extends EntitySummary {
  readonly storylines: readonly StorylineSummary[]
  /** Mentions per publication day, oldest first (undated last). */
  readonly timeline: readonly EntityDay[]
  /** Most co-occurring entities first. */
  readonly cooccurring: readonly CoEntity[]
}

/** What the story stage needs to continue incrementally. */
export interface StoryProgress {
  /** The tracker state saved with the storylines; null when they were saved without one. */
  readonly state: TrackerState | null
  /** Current articles no storyline holds yet, by id. */
  readonly unplaced: readonly StoredArticle[]
  /** Storyline members a newer version has superseded since they were placed. */
  readonly superseded: number
}

/** The storylines one incremental batch touched, its new copy links, the storylines it merged away and the tracker state after it. */
export interface StoryUpdate {
  readonly storylines: readonly Storyline[]
  readonly copies: readonly CopyLink[]
  /** Each merged storyline id with the (surviving) id it now lives on as. */
  readonly merges: readonly StorylineMerge[]
  readonly state: TrackerState
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres'
  /** Stores a doc once per content hash; the same doc again is 'duplicate'. */
  putArticle(doc: Doc): Promise<PutResult>
  recordFailure(failure: Omit<IngestFailure, 'at'>): Promise<void>
  listFailures(): Promise<IngestFailure[]>
  /** The fetcher's validators for a URL (ETag, Last-Modified), for conditional requests. */
  getFetchState(url: string): Promise<FetchState | null>
  putFetchState(state: FetchState): Promise<void>
  getArticle(id: string): Promise<StoredArticle | null>
  listArticles(options?: { limit?: number; offset?: number }): Promise<ArticleSummary[]>
  /** Number of current (not superseded) articles. */
  countArticles(): Promise<number>
  /** Every version at the article's URL, oldest first. */
  articleVersions(id: string): Promise<ArticleSummary[]>
  /** The latest version of every article: what the story stage reads. */
  currentArticles(): AsyncIterable<StoredArticle>
  /** Full-text search over titles and bodies, folding case and diacritics. */
  search(query: string, options?: { limit?: number }): Promise<SearchHit[]>
  /**
   * Replaces the storylines with a freshly computed graph, in one transaction,
   * with the tracker state that continues it (none: the next update starts over).
   */
  saveStoryGraph(graph: StoryGraph, state?: TrackerState | null): Promise<void>
  /** Replaces the touched storylines, adds copy links and saves the tracker state, in one transaction. */
  saveStoryUpdate(update: StoryUpdate): Promise<void>
  loadStoryState(): Promise<StoryProgress>
  listStorylines(): Promise<StorylineSummary[]>
  getStoryline(id: string): Promise<Storyline | null>
  /** Where a storyline merged into another now lives (its id); null for an id never merged. */
  storylineMergedInto(id: string): Promise<string | null>
  listEntities(options?: { limit?: number; type?: string }): Promise<EntitySummary[]>
  getEntity(id: string): Promise<EntityDetail | null>
  close(): Promise<void>
}
