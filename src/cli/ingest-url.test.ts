/**
 * `storytrace ingest URL` as a user runs it, against a local server: with
 * --allow-private the page is stored; without it the same URL is refused
 * with the reason and the exit code says so.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { promisify } from 'node:util'
import { harbourPage, serve, startLocalServer, type LocalServer } from '../testing/local-http.js'
import { repoPath } from '../util/paths.js'

const run = promisify(execFile)
const BIN = repoPath('bin', 'storytrace.js')
let server: LocalServer
let db: string

before(async () => {
  db = mkdtempSync(join(tmpdir(), 'st-ingest-url-'))
  server = await startLocalServer({ '/ferry': serve(harbourPage(20), 'text/html; charset=utf-8') })
})
after(async () => {
  await server.close()
  rmSync(db, { recursive: true, force: true })
})

/** Runs the CLI without blocking this process's event loop (the server lives here). */
async function cli(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, [BIN, ...args, '--db', db])
    return { code: 0, stdout }
  } catch (err) {
    const e = err as { code: number; stdout: string }
    return { code: e.code, stdout: e.stdout }
  }
}

test('ingest URL --allow-private stores the page', { timeout: 60_000 }, async () => {
  const r = await cli('ingest', `${server.base}/ferry`, '--allow-private', '--json')
  assert.equal(r.code, 0, r.stdout)
  const summary = JSON.parse(r.stdout) as { counts: Record<string, number>; results: { source: string; title: string }[] }
  assert.equal(summary.counts['new'], 1)
  assert.equal(summary.results[0]?.title, 'Harbour ferry timetable changes from March')
})

test('ingest URL without --allow-private refuses a loopback address and says why', { timeout: 60_000 }, async () => {
  const r = await cli('ingest', `${server.base}/ferry`)
  assert.equal(r.code, 1)
  assert.match(r.stdout, /0 new, .* 1 failed/)
  assert.match(r.stdout, /E_FETCH_REFUSED.*127\.0\.0\.1.*--allow-private/)
})
