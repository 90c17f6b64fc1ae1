/**
 * @module store/migrations/0004-story-state
 * Where the story stage's incremental state lives between batches: the
 * tracker's clusterer (document frequencies, open storylines) and copy index,
 * as one JSON document per name. Without it every batch re-clustered the whole
 * store; with it a batch places only its new articles.
 */
import type { Kysely, Migration } from 'kysely'

export function storyStateMigration(): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('story_state')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('saved_at', 'text', (c) => c.notNull())
        .execute()
    },
  }
}
