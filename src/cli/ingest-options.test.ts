/**
 * The flags `ingest` and `watch` share reach the engine as options: parsed by
 * commander exactly as a user types them, refused with a clear message when wrong.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Command } from 'commander'
import { addSharedIngestOptions, ingestOptions, type SharedIngestFlags } from './commands/ingest-options.js'

function parse(args: string[]): SharedIngestFlags {
  const command = addSharedIngestOptions(new Command('ingest').exitOverride().configureOutput({ writeErr: () => {} }))
  command.parse(args, { from: 'user' })
  return command.opts<SharedIngestFlags>()
}

test('worker heap, per-host delay and robots.txt lifetime reach the pool and the fetcher', () => {
  const options = ingestOptions(parse(['--worker-heap', '512', '--min-delay', '2500ms', '--robots-ttl', '6h', '--workers', '3']))
  assert.equal(options.workerHeapMb, 512)
  assert.equal(options.workers, 3)
  assert.deepEqual(options.fetch, { allowPrivate: false, minDelayMs: 2500, robotsMaxAgeMs: 6 * 3_600_000 })
})

test('without flags the engine keeps its defaults', () => {
  const options = ingestOptions(parse([]))
  assert.equal(options.workerHeapMb, undefined)
  assert.deepEqual(options.fetch, { allowPrivate: false })
})

test('a malformed value is refused with what was expected', () => {
  assert.throws(() => parse(['--robots-ttl', 'daily']), /not a duration: "daily"/)
  assert.throws(() => parse(['--worker-heap', '0']), /not a positive whole number/)
})
