/**
 * @module cli/commands/watch
 * `storytrace watch FEED…`: polls feeds and sitemaps (URLs or files) on a
 * schedule and ingests what is new. Conditional requests make a poll of an
 * unchanged feed one short 304. One line per poll on a terminal, nothing
 * when piped (failures still go to stderr), one JSON line per poll with
 * --jsonl. Ctrl+C stops cleanly: a poll under way finishes storing first.
 * One fetcher serves every poll, so robots.txt is read once a day per host
 * and a host's pacing carries over from one poll to the next.
 */
import { InvalidArgumentError, type Command } from 'commander'
import { ingestPaths, type IngestSummary } from '../../engine/ingest-batch.js'
import { Fetcher } from '../../ingest/fetch/fetcher.js'
import { DEFAULT_MAX_BYTES } from '../../ingest/read-paths.js'
import { openStore } from '../../store/index.js'
import { writeJsonLine, writeLine } from '../output.js'
import { addSharedIngestOptions, countsLine, ingestOptions, parseDuration, type SharedIngestFlags } from './ingest-options.js'

const DEFAULT_EVERY = '15m'
/** Polls closer than the fetcher's per-host delay would make every poll an impolite burst. */
const MIN_EVERY_MS = 1000

function parseEvery(value: string): number {
  const ms = parseDuration(value)
  if (ms < MIN_EVERY_MS) throw new InvalidArgumentError(`polls must be at least 1s apart, not ${value}`)
  return ms
}

interface WatchFlags extends SharedIngestFlags {
  every?: number
  once?: boolean
}

/** Resolves after `ms`, or at once when `stop` fires. */
function sleep(ms: number, stop: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    stop.addEventListener('abort', done, { once: true })
    function done(): void {
      clearTimeout(timer)
      stop.removeEventListener('abort', done)
      resolve()
    }
  })
}

function report(poll: number, at: string, s: IngestSummary, jsonl: boolean): void {
  const failures = s.results.filter((r) => r.status === 'failed')
  if (jsonl) {
    writeJsonLine({ poll, at, counts: s.counts, storylines: s.storylines, failures: failures.map(({ source, code, reason }) => ({ source, code, reason })) })
    return
  }
  if (process.stdout.isTTY) writeLine(`${at.slice(0, 19).replace('T', ' ')}  poll ${poll}: ${countsLine(s)}`)
  for (const f of failures) process.stderr.write(`  failed ${f.source}: ${f.reason}\n`)
}

export function registerWatch(program: Command): void {
  const command = program
    .command('watch')
    .description('poll feeds and sitemaps on a schedule and ingest what is new (Ctrl+C stops)')
    .argument('<feeds...>', 'URLs or files of RSS/Atom/JSON feeds and sitemaps')
    .option('--every <duration>', `time between polls, e.g. 30s, 15m, 1h (default ${DEFAULT_EVERY})`, parseEvery)
    .option('--once', 'poll once and exit')
  addSharedIngestOptions(command)
    .option('--jsonl', 'print one JSON line per poll')
    .action(async (feeds: string[], opts: WatchFlags) => {
      const store = await openStore(opts.db)
      const stop = new AbortController()
      const onSignal = (): void => stop.abort()
      process.once('SIGINT', onSignal)
      process.once('SIGTERM', onSignal)
      let failedPolls = 0
      const options = ingestOptions(opts)
      const fetcher = new Fetcher({ ...options.fetch, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, state: store })
      try {
        for (let poll = 1; !stop.signal.aborted; poll++) {
          const at = new Date().toISOString()
          const summary = await ingestPaths(store, feeds, { ...options, fetcher })
          if (summary.counts.failed > 0) failedPolls++
          report(poll, at, summary, Boolean(opts.jsonl))
          if (opts.once) break
          await sleep(opts.every ?? parseDuration(DEFAULT_EVERY), stop.signal)
        }
        process.exitCode = opts.once && failedPolls > 0 ? 1 : 0
      } finally {
        process.off('SIGINT', onSignal)
        process.off('SIGTERM', onSignal)
        await store.close()
      }
    })
}
