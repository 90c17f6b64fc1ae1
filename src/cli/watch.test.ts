/**
 * `storytrace watch` as a user runs it: a child process polling a feed on a
 * local server. One JSON line per poll with --jsonl; --once exits after one
 * poll; Ctrl+C (SIGINT) between polls stops it cleanly with exit code 0.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { harbourPage, serve, startLocalServer, type LocalServer } from '../testing/local-http.js'
import { repoPath } from '../util/paths.js'

const BIN = repoPath('bin', 'storytrace.js')
let server: LocalServer
let db: string

before(async () => {
  db = mkdtempSync(join(tmpdir(), 'st-watch-'))
  server = await startLocalServer({ '/page': serve(harbourPage(20), 'text/html') })
  server.routes['/feed.xml'] = serve(
    `<rss version="2.0"><channel><title>Coastline Courier</title><item><title>Ferry timetable</title><link>${server.base}/page</link></item></channel></rss>`,
    'application/rss+xml',
  )
})
after(async () => {
  await server.close()
  rmSync(db, { recursive: true, force: true })
})

interface Run {
  lines: string[]
  stderr: () => string
  exit: Promise<number | null>
  signal(sig: NodeJS.Signals): void
  /** Resolves when stdout has at least n lines. */
  waitLines(n: number): Promise<void>
}

function watch(...args: string[]): Run {
  const child = spawn(process.execPath, [BIN, 'watch', ...args, '--db', db, '--allow-private'], { stdio: ['ignore', 'pipe', 'pipe'] })
  const lines: string[] = []
  let buffer = ''
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const waiters: (() => void)[] = []
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk
    const parts = buffer.split('\n')
    buffer = parts.pop()!
    lines.push(...parts.filter(Boolean))
    waiters.splice(0).forEach((w) => w())
  })
  return {
    lines,
    stderr: () => stderr,
    exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
    signal: (sig) => child.kill(sig),
    waitLines: async (n) => {
      while (lines.length < n) await new Promise<void>((r) => waiters.push(r))
    },
  }
}

test('--once --jsonl polls once, prints one JSON line and exits', { timeout: 60_000 }, async () => {
  const run = watch(`${server.base}/feed.xml`, '--once', '--jsonl')
  assert.equal(await run.exit, 0)
  assert.equal(run.lines.length, 1, run.lines.join('\n'))
  const poll = JSON.parse(run.lines[0]!) as { poll: number; counts: Record<string, number>; failures: unknown[] }
  assert.equal(poll.poll, 1)
  assert.equal(poll.counts['new'], 1, run.lines[0])
  assert.deepEqual(poll.failures, [])
})

test('keeps polling until SIGINT, then stops cleanly; an unchanged feed stores nothing new; robots.txt is read once', { timeout: 60_000 }, async () => {
  const before = server.requests.length
  const run = watch(`${server.base}/feed.xml`, '--every', '1s', '--jsonl')
  await run.waitLines(2)
  run.signal('SIGINT')
  assert.equal(await run.exit, 0)
  const polls = run.lines.map((l) => JSON.parse(l) as { poll: number; counts: Record<string, number> })
  assert.deepEqual(polls.slice(0, 2).map((p) => p.poll), [1, 2])
  assert.equal(polls[1]!.counts['new'], 0)
  // One fetcher for every poll: its robots.txt cache outlives a poll.
  const requested = server.requests.slice(before).map((r) => r.path)
  assert.equal(requested.filter((p) => p === '/robots.txt').length, 1, requested.join(', '))
  assert.ok(requested.filter((p) => p === '/feed.xml').length >= 2, requested.join(', '))
})

test('--every below one second is refused with the reason', { timeout: 30_000 }, async () => {
  const run = watch(`${server.base}/feed.xml`, '--every', '100ms')
  assert.notEqual(await run.exit, 0)
  assert.equal(run.lines.length, 0)
  assert.match(run.stderr(), /at least 1s apart/)
})
