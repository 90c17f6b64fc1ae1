/**
 * @module store/migrations/0005-storyline-merges
 * Storylines merged into older ones (story/cluster.ts): the merged id's rows
 * are gone, and this table says where it went, so links to the old id (API,
 * web pages, exports people kept) can be redirected instead of answered 404.
 */
import type { Kysely, Migration } from 'kysely'

export const storylineMergesMigration: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('storyline_merges')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('merged_into', 'text', (c) => c.notNull())
      .addColumn('merged_at', 'text', (c) => c.notNull())
      .execute()
  },
}
