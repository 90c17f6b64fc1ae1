/**
 * Fuzz: a batch of generated bad inputs (truncated, deeply nested,
 * mis-encoded, binary junk, empty, over the size cap) mixed with good ones.
 * The batch must finish, report every bad input with its code and reason,
 * and store the good ones. A second batch with a small time limit proves the
 * per-input time bound on a genuinely slow input: it is reported as
 * E_TIMEOUT and the input after it is still processed.
 */
import assert from 'node:assert/strict'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { openStore, type SqlStore } from '../store/index.js'
import { harbourPage } from '../testing/local-http.js'
import { ingestPaths } from './ingest-batch.js'

const MAX_BYTES = 2 * 1024 * 1024
let dir: string
let store: SqlStore

/** Deterministic pseudo-random bytes (a fixed LCG), so a failure reproduces. */
function junk(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length)
  let x = seed
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    out[i] = x >>> 24
  }
  return out
}

function nested(depth: number): string {
  return `<!doctype html><html><body>${'<div>'.repeat(depth)}<p>deep</p>${'</div>'.repeat(depth)}</body></html>`
}

/**
 * A long but valid page: many distinct paragraphs. 8000 of them are about
 * 260k words, several seconds of analysis even on an idle machine (the whole
 * pipeline runs well under 100k words/s), while a small page takes a few
 * hundred milliseconds cold, so a 1.5 s limit separates them both ways.
 */
function longPage(paragraphs: number): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `<p>Paragraph ${i}: the harbour authority in Port ${i % 50} said on Monday that ferry number ${i} would be inspected by engineers from Coastline Marine before 3 March 2026, according to a statement.</p>`,
  ).join('\n')
  return `<!doctype html><html><head><title>Inspection schedule</title></head><body><article><h1>Inspection schedule</h1>${body}</article></body></html>`
}

const write = (name: string, data: string | Uint8Array): Promise<void> => writeFile(join(dir, name), data)

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storytrace-fuzz-'))
  store = await openStore(join(dir, 'store'))
  const page = harbourPage(20)
  await write('a-good.html', page)
  await write('b-truncated.html', page.slice(0, Math.floor(page.length * 0.45)))
  await write('c-nested.html', nested(50_000))
  // windows-1252 bytes under a UTF-8 declaration: "Tomás" as 0xE1, not C3 A1.
  await write('d-misencoded.html', Buffer.from(harbourPage(30), 'latin1'))
  await write('e-binary.html', junk(64 * 1024, 7))
  await write('f-empty.html', '')
  await write('g-huge.html', `<html><body><p>${'x '.repeat(MAX_BYTES)}</p></body></html>`)
  await write('h-unclosed.html', `<html><body><article>${'<p><b><i><span>'.repeat(5000)} words`)
  await write('i-junk-with-tags.html', Buffer.concat([Buffer.from('<html><body><p>'), junk(20_000, 11)]))
  await write('j-good.txt', 'Pier lighting repaired\n\nEngineers replaced the broken lamps along the northern pier on Thursday night, the port authority said.\n')
})
after(() => store.close())

test('a batch of broken inputs finishes, reports each failure with its reason and stores the good ones', { timeout: 120_000 }, async () => {
  const s = await ingestPaths(store, [dir], { maxBytes: MAX_BYTES })
  const by = new Map(s.results.map((r) => [r.source.slice(dir.length + 1), r]))
  assert.equal(by.get('a-good.html')?.status, 'new')
  assert.equal(by.get('j-good.txt')?.status, 'new')
  assert.equal(by.get('d-misencoded.html')?.status, 'new', JSON.stringify(by.get('d-misencoded.html')))
  assert.equal(by.get('e-binary.html')?.code, 'E_INPUT_BINARY')
  assert.equal(by.get('f-empty.html')?.code, 'E_INPUT_EMPTY')
  assert.equal(by.get('g-huge.html')?.code, 'E_INPUT_TOO_LARGE')
  for (const name of ['b-truncated.html', 'c-nested.html', 'h-unclosed.html', 'i-junk-with-tags.html']) {
    const r = by.get(name)
    assert.ok(r, `${name} has a result`)
    assert.ok(r.status === 'new' || (r.status === 'failed' && r.code && r.reason), `${name}: ${JSON.stringify(r)}`)
  }
  for (const r of s.results.filter((x) => x.status === 'failed')) assert.match(r.reason ?? '', /\S/, r.source)
  // Every input has exactly one result, in input order.
  assert.deepEqual([...by.keys()], [...by.keys()].sort())
  assert.equal(by.size, 10)
  assert.equal((await store.listFailures()).length, s.counts.failed)
})

test('an input slower than the time limit is E_TIMEOUT and the batch goes on', { timeout: 120_000 }, async () => {
  const slowDir = await mkdtemp(join(tmpdir(), 'storytrace-slow-'))
  // The limit sits far from both pages' times, so a loaded machine moves neither across it:
  // the long page needs about four times the limit on an idle core, the good one a small part of it.
  await writeFile(join(slowDir, 'a-slow.html'), longPage(24_000))
  await writeFile(join(slowDir, 'b-good.html'), harbourPage(25))
  const s = await ingestPaths(store, [slowDir], { maxBytes: 4 * MAX_BYTES, timeLimitMs: 4000, workers: 1 })
  const [slow, good] = s.results
  assert.equal(slow?.status, 'failed')
  assert.equal(slow?.code, 'E_TIMEOUT')
  assert.match(slow?.reason ?? '', /longer than 4000 ms/)
  assert.equal(good?.status, 'new', JSON.stringify(good))
})
