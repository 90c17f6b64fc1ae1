/**
 * @module store/engine
 * The small internal seam between the shared store code (store/sql-store.ts)
 * and the two engines. Everything SQLite- or PostgreSQL-specific lives behind
 * this interface: column types the migrations need, full-text search, and how a
 * write transaction takes its lock. The rest is one Kysely query-builder code
 * path for both.
 */
import type { Kysely } from 'kysely'
import type { Database } from './schema.js'

/** Column types that differ between the engines; the migrations ask for them. */
export interface SchemaFlavour {
  /**
   * TEXT in SQLite, JSON in PostgreSQL. Not JSONB: that reorders keys, and a
   * stored doc must read back byte for byte as it was written.
   */
  readonly json: 'text' | 'json'
  /** An auto-numbered integer primary key: INTEGER (rowid alias) or SERIAL. */
  readonly serial: 'integer' | 'serial'
}

/** A search hit as the engine's query returns it, before mapping to SearchHit. */
export interface SearchRow {
  readonly id: string
  readonly title: string | null
  readonly outlet_id: string | null
  readonly outlet_name: string | null
  readonly published: string | null
  readonly snippet: string | null
  readonly rank: number
}

export interface IndexedArticle {
  readonly id: string
  readonly title: string | null
  readonly text: string
}

export interface SearchIndex {
  /** Creates the engine's full-text structures (run by migration 0002). */
  create(db: Kysely<any>): Promise<void>
  /** Keeps the index in step with one putArticle, inside its transaction. */
  update(trx: Kysely<Database>, added: IndexedArticle, superseded: string | null): Promise<void>
  /** Current articles matching every term, best first. Terms are plain words (see store/search-terms.ts). */
  query(db: Kysely<Database>, terms: readonly string[], limit: number): Promise<SearchRow[]>
}

export interface Engine {
  readonly kind: 'sqlite' | 'postgres'
  /** Where the data lives, for messages (never includes a password). */
  readonly label: string
  readonly db: Kysely<Database>
  readonly flavour: SchemaFlavour
  readonly search: SearchIndex
  /**
   * Runs `fn` in one write transaction. Writers passing the same `lockKey`
   * (an article URL) are serialised, so two new versions of one URL arriving
   * at once cannot both become current.
   */
  write<T>(lockKey: string | null, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T>
}
