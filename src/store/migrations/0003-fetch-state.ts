/**
 * @module store/migrations/0003-fetch-state
 * What the fetcher remembers per URL between runs: the validators a server
 * sent (ETag, Last-Modified) for the next conditional request, and when the
 * URL was last fetched.
 */
import type { Kysely, Migration } from 'kysely'

export const fetchStateMigration: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('fetch_state')
      .addColumn('url', 'text', (c) => c.primaryKey())
      .addColumn('etag', 'text')
      .addColumn('last_modified', 'text')
      .addColumn('fetched_at', 'text', (c) => c.notNull())
      .execute()
  },
}
