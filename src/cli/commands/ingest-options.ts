/**
 * @module cli/commands/ingest-options
 * The flags `ingest` and `watch` share (store, size cap, time limit, workers
 * and their heap, politeness toward hosts, private addresses), their parsing,
 * and the one-line count summary both print.
 */
import { InvalidArgumentError, type Command } from 'commander'
import type { IngestOptions, IngestSummary } from '../../engine/ingest-batch.js'

export interface SharedIngestFlags {
  db?: string
  maxBytes?: number
  timeLimit?: number
  workers?: number
  workerHeap?: number
  minDelay?: number
  robotsTtl?: number
  allowPrivate?: boolean
  json?: boolean
  jsonl?: boolean
}

const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

/** "500ms", "20s", "15m", "1h" (a bare number is seconds) → milliseconds. */
export function parseDuration(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/i.exec(value)
  if (!m) throw new InvalidArgumentError(`not a duration: "${value}" (use e.g. 500ms, 20s, 15m, 1h)`)
  const ms = Number(m[1]) * UNITS[(m[2] ?? 's').toLowerCase()]!
  if (ms <= 0) throw new InvalidArgumentError(`a duration must be positive: "${value}"`)
  return ms
}

function positiveInt(value: string): number {
  const n = Number.parseInt(value, 10)
  if (!Number.isFinite(n) || n < 1) throw new InvalidArgumentError(`not a positive whole number: "${value}"`)
  return n
}

export function addSharedIngestOptions(command: Command): Command {
  return command
    .option('--db <target>', 'data directory or postgres:// URL (default: $STORYTRACE_DB or ./storytrace-data)')
    .option('--max-bytes <n>', 'skip inputs (and fetched bodies) larger than this many bytes', positiveInt)
    .option('--time-limit <duration>', 'longest extraction and analysis of one input, e.g. 20s (default)', parseDuration)
    .option('--workers <n>', 'worker threads for extraction and analysis (default 2)', positiveInt)
    .option('--worker-heap <mb>', 'heap of each worker in MB; an input that needs more fails alone (default 1024)', positiveInt)
    .option('--min-delay <duration>', 'least time between two requests to one host (default 1s; robots.txt Crawl-delay may raise it)', parseDuration)
    .option('--robots-ttl <duration>', 'how long a host\'s robots.txt is trusted before it is read again (default 24h)', parseDuration)
    .option('--allow-private', 'let URLs reach private, loopback and link-local addresses')
}

export function ingestOptions(flags: SharedIngestFlags): IngestOptions {
  return {
    ...(flags.maxBytes ? { maxBytes: flags.maxBytes } : {}),
    ...(flags.timeLimit ? { timeLimitMs: flags.timeLimit } : {}),
    ...(flags.workers ? { workers: flags.workers } : {}),
    ...(flags.workerHeap ? { workerHeapMb: flags.workerHeap } : {}),
    fetch: {
      allowPrivate: Boolean(flags.allowPrivate),
      ...(flags.minDelay ? { minDelayMs: flags.minDelay } : {}),
      ...(flags.robotsTtl ? { robotsMaxAgeMs: flags.robotsTtl } : {}),
    },
  }
}

export function countsLine(s: IngestSummary): string {
  const c = s.counts
  const extra = [c.unchanged ? `${c.unchanged} unchanged` : '', c.skipped ? `${c.skipped} skipped` : ''].filter(Boolean)
  return `${c.new} new, ${c.version} new versions, ${c.duplicate} duplicates, ${c.failed} failed${extra.length ? ', ' + extra.join(', ') : ''}; ${s.storylines} storylines`
}
