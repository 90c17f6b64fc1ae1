/**
 * @module store/fetch-state
 * Queries for the fetch_state table (migration 0003): the fetcher's
 * validators per URL, written with an upsert both engines understand.
 */
import type { Kysely } from 'kysely'
import type { FetchState } from '../ingest/fetch/fetcher.js'
import type { Engine } from './engine.js'
import type { Database } from './schema.js'

export async function readFetchState(db: Kysely<Database>, url: string): Promise<FetchState | null> {
  const row = await db.selectFrom('fetch_state').selectAll().where('url', '=', url).executeTakeFirst()
  return row ? { url: row.url, etag: row.etag, lastModified: row.last_modified, fetchedAt: row.fetched_at } : null
}

export async function writeFetchState(engine: Engine, state: FetchState): Promise<void> {
  const values = { etag: state.etag, last_modified: state.lastModified, fetched_at: state.fetchedAt }
  await engine.write(null, (trx) =>
    trx
      .insertInto('fetch_state')
      .values({ url: state.url, ...values })
      .onConflict((oc) => oc.column('url').doUpdateSet(values))
      .execute(),
  )
}
