/**
 * A worker that dies is a real death here, not a simulated one: workers get a
 * heap small enough for ordinary pages but not for a page of several MB, so
 * that page exhausts it. Its input must be reported (E_WORKER_CRASH) and the
 * batch must go on with a fresh worker; a heap too small for a worker even to
 * start must fail every input with the reason instead of respawning forever.
 */
import assert from 'node:assert/strict'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { openStore, type SqlStore } from '../store/index.js'
import { harbourPage } from '../testing/local-http.js'
import { AnalysisPool } from './analysis-pool.js'
import { ingestPaths } from './ingest-batch.js'

/** Enough for the knowledge base and an ordinary page, far too little for the big one. */
const SMALL_HEAP_MB = 32

let store: SqlStore
before(async () => {
  store = await openStore(await mkdtemp(join(tmpdir(), 'storytrace-crash-')))
})
after(() => store.close())

/** An article of about 3 MB: 20 000 paragraphs. */
function bigPage(): string {
  const paragraphs = Array.from(
    { length: 20_000 },
    (_, i) => `<p>Update ${i}: the harbour office said the evening ferry to Eastbay waited for the tide before it left the northern quay.</p>`,
  )
  return `<html><head><title>Harbour log</title></head><body><article>${paragraphs.join('')}</article></body></html>`
}

test('an input that exhausts its worker is reported, and the batch goes on with a fresh worker', { timeout: 120_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'storytrace-crash-'))
  await writeFile(join(dir, 'a-ferry.html'), harbourPage(20))
  await writeFile(join(dir, 'b-log.html'), bigPage())
  await writeFile(join(dir, 'c-ferry.html'), harbourPage(40))
  const s = await ingestPaths(store, [dir], { workers: 1, workerHeapMb: SMALL_HEAP_MB, timeLimitMs: 60_000 })
  assert.deepEqual(
    s.results.map((r) => `${r.status} ${r.source.replace(dir + '/', '')}${r.code ? ' ' + r.code : ''}`),
    ['new a-ferry.html', 'failed b-log.html E_WORKER_CRASH', 'new c-ferry.html'],
  )
  assert.match(s.results[1]!.reason!, /crashed its worker \(.*memory/)
})

test('a worker heap too small to start fails every input with the reason', { timeout: 60_000 }, async () => {
  const pool = new AnalysisPool({ workers: 2, heapMb: 4 })
  const item = (source: string) => ({ source, bytes: new TextEncoder().encode(harbourPage(20)), format: 'html' as const, contentType: 'text/html', fetchedAt: new Date().toISOString() })
  try {
    const results = await Promise.all(['a.html', 'b.html', 'c.html'].map((s) => pool.run(item(s))))
    for (const r of results) {
      assert.equal(r.docs.length, 0)
      assert.equal(r.failures[0]?.code, 'E_WORKER_CRASH')
      assert.match(r.failures[0]!.message, /could not start/)
    }
  } finally {
    await pool.close()
  }
})
