/**
 * The store contract on PostgreSQL: each test gets a fresh database
 * storytrace_test_<random> that is dropped afterwards. Without a reachable
 * server the tests skip with the reason (or fail when
 * STORYTRACE_REQUIRE_SERVICES=1). Override the server with STORYTRACE_TEST_PG.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { StorytraceError } from '../errors.js'
import { freshPostgresDatabase, postgresMissing, requireService } from '../testing/services.js'
import { openStore } from './index.js'
import { storeContract } from './store.case.test.js'

const missing = await postgresMissing()

storeContract('postgres', async (t) => {
  if (!requireService(t, missing)) return null
  const db = await freshPostgresDatabase()
  return { target: db.url, dispose: db.drop }
})

test('postgres store: an unreachable server fails with E_STORE naming host and port', async () => {
  await assert.rejects(
    openStore('postgres://nobody:secret@127.0.0.1:1/storytrace'),
    (err: unknown) =>
      err instanceof StorytraceError &&
      err.code === 'E_STORE' &&
      err.message.includes('not reachable at 127.0.0.1:1') &&
      !err.message.includes('secret'),
  )
})

test('postgres store: a postgresql:// URL opens PostgreSQL too', async (t) => {
  if (!requireService(t, missing)) return
  const db = await freshPostgresDatabase()
  try {
    const store = await openStore(db.url.replace(/^postgres:/, 'postgresql:'))
    try {
      assert.equal(store.kind, 'postgres')
      assert.equal(await store.countArticles(), 0)
    } finally {
      await store.close()
    }
  } finally {
    await db.drop()
  }
})
