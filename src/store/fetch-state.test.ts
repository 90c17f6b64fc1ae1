/**
 * The fetcher's validators on both engines: absent until written, written
 * once per URL, replaced (not duplicated) by the next fetch.
 */
import assert from 'node:assert/strict'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { freshPostgresDatabase, postgresMissing, requireService } from '../testing/services.js'
import { openStore } from './index.js'
import type { Store } from './types.js'

async function roundTrip(store: Store): Promise<void> {
  const url = 'https://courier.example/ferry'
  assert.equal(await store.getFetchState(url), null)
  await store.putFetchState({ url, etag: '"v1"', lastModified: 'Fri, 20 Feb 2026 07:15:00 GMT', fetchedAt: '2026-02-20T08:00:00.000Z' })
  await store.putFetchState({ url, etag: '"v2"', lastModified: null, fetchedAt: '2026-02-21T08:00:00.000Z' })
  assert.deepEqual(await store.getFetchState(url), { url, etag: '"v2"', lastModified: null, fetchedAt: '2026-02-21T08:00:00.000Z' })
  assert.equal(await store.getFetchState('https://courier.example/other'), null)
}

test('fetch state round-trips and is replaced per URL on SQLite', async () => {
  const store = await openStore(await mkdtemp(join(tmpdir(), 'storytrace-fetch-state-')))
  try {
    await roundTrip(store)
  } finally {
    await store.close()
  }
})

test('fetch state round-trips and is replaced per URL on PostgreSQL', async (t) => {
  if (!requireService(t, await postgresMissing())) return
  const db = await freshPostgresDatabase()
  try {
    const store = await openStore(db.url)
    try {
      await roundTrip(store)
    } finally {
      await store.close()
    }
  } finally {
    await db.drop()
  }
})
