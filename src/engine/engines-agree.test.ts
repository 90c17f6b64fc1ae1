/**
 * The same engine code on both stores: the example corpus ingested into the
 * embedded store and into PostgreSQL gives the same articles, the same
 * storylines and an export that validates on each. Re-ingesting adds nothing.
 */
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { buildExport } from '../api/export.js'
import { schemaErrors } from '../doc/schema.js'
import { openStore } from '../store/index.js'
import type { Store } from '../store/types.js'
import { freshPostgresDatabase, postgresMissing, requireService } from '../testing/services.js'
import { repoPath } from '../util/paths.js'
import { ingestPaths } from './ingest-batch.js'

const CORPUS = repoPath('examples', 'corpus')

/** Storylines as sets of article sources: comparable across stores whatever the ids. */
async function fingerprint(store: Store): Promise<string[]> {
  const ex = await buildExport(store)
  assert.deepEqual(schemaErrors('export', ex), [])
  return ex.storylines.map((s) => s.articles.map((a) => a.source.slice(CORPUS.length)).sort().join('|')).sort()
}

async function ingestTwice(store: Store): Promise<string[]> {
  const first = await ingestPaths(store, [CORPUS])
  assert.equal(first.counts.failed, 0, JSON.stringify(first.results.filter((r) => r.status === 'failed')))
  const again = await ingestPaths(store, [CORPUS])
  assert.equal(again.counts.new, 0)
  assert.equal(again.counts.duplicate, first.counts.new)
  return fingerprint(store)
}

test('the example corpus gives the same storylines on SQLite and PostgreSQL', { timeout: 300_000 }, async (t) => {
  const missing = await postgresMissing()
  if (!requireService(t, missing)) return
  const dir = await mkdtemp(join(tmpdir(), 'storytrace-engines-'))
  const db = await freshPostgresDatabase()
  const sqlite = await openStore(dir)
  const postgres = await openStore(db.url)
  try {
    const a = await ingestTwice(sqlite)
    const b = await ingestTwice(postgres)
    assert.ok(a.length >= 4)
    assert.deepEqual(b, a)
    const hits = await postgres.search('Turkiye')
    assert.ok(hits.length > 0, 'PostgreSQL search does not fold diacritics')
  } finally {
    await sqlite.close()
    await postgres.close()
    await db.drop()
    await rm(dir, { recursive: true, force: true })
  }
})
