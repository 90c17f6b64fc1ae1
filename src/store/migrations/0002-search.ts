/**
 * @module store/migrations/0002-search
 * Full-text search structures. The only migration whose DDL differs by engine
 * (an FTS5 table in SQLite, a generated tsvector column with a GIN index in
 * PostgreSQL), so it hands over to the engine's SearchIndex.
 */
import type { Kysely, Migration } from 'kysely'
import type { SearchIndex } from '../engine.js'

export function searchMigration(index: SearchIndex): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await index.create(db)
    },
  }
}
