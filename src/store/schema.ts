/**
 * @module store/schema
 * The table shapes Kysely type-checks every query against. JSON columns are
 * strings here on both engines: the store serialises on write and parses on
 * read (PostgreSQL's pool is told to hand json back as text), so one mapping
 * layer (store/rows.ts) serves SQLite and PostgreSQL alike.
 */
import type { Generated } from 'kysely'

export interface ArticlesTable {
  /** contentHash of url, outlet id, title and text (16 hex characters). */
  id: string
  url: string | null
  source: string
  title: string | null
  byline: string | null
  outlet_id: string | null
  outlet_name: string | null
  published: string | null
  modified: string | null
  language: string | null
  text: string
  /** JSON of Doc.meta. */
  meta: string
  /** JSON of Doc.layers exactly as given. */
  layers: string
  /** JSON of Doc.errors. */
  errors: string
  ingested_at: string
  version_of: string | null
  superseded_by: string | null
}

export interface EntitiesTable {
  id: string
  name: string
  type: string
}

export interface ArticleEntitiesTable {
  article_id: string
  entity_id: string
  mentions: number
}

export interface IngestFailuresTable {
  id: Generated<number>
  source: string
  code: string
  message: string
  at: string
}

export interface StorylinesTable {
  id: string
  title: string
  first_published: string | null
  last_published: string | null
  article_count: number
  claim_count: number
  /** JSON of the whole Storyline. */
  detail: string
}

export interface StorylineArticlesTable {
  storyline_id: string
  article_id: string
  /** Index in Storyline.articles (publication order). */
  position: number
}

export interface StorylineEntitiesTable {
  storyline_id: string
  entity_id: string
  name: string
  type: string
  mentions: number
  /** Index in Storyline.entities (the story stage's ranking). */
  position: number
}

export interface CopyLinksTable {
  article_id: string
  original_id: string
  similarity: number
}

/** The fetcher's validators per URL (migration 0003). */
export interface FetchStateTable {
  url: string
  etag: string | null
  last_modified: string | null
  fetched_at: string
}

export interface StoryStateTable {
  name: string
  /** JSON of the story tracker's state (story/tracker.ts TrackerState). */
  state: string
  saved_at: string
}

export interface StorylineMergesTable {
  /** A storyline id that no longer exists. */
  id: string
  /** The storyline it now lives on as (always an existing one: chains are followed on write). */
  merged_into: string
  merged_at: string
}

export interface Database {
  articles: ArticlesTable
  entities: EntitiesTable
  article_entities: ArticleEntitiesTable
  ingest_failures: IngestFailuresTable
  storylines: StorylinesTable
  storyline_articles: StorylineArticlesTable
  storyline_entities: StorylineEntitiesTable
  copy_links: CopyLinksTable
  fetch_state: FetchStateTable
  story_state: StoryStateTable
  storyline_merges: StorylineMergesTable
}
