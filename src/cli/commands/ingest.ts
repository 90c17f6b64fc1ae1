/**
 * @module cli/commands/ingest
 * `storytrace ingest PATH…`: files and folders into the store, with a
 * progress line on a terminal and a summary that names every failure and why.
 */
import type { Command } from 'commander'
import { ingestPaths, type IngestSummary } from '../../engine/ingest-batch.js'
import { openStore } from '../../store/index.js'
import { outputMode, writeJson, writeJsonLine, writeLine } from '../output.js'
import { createProgress } from '../progress.js'

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read articles from files and folders (.html, .txt, .json, .jsonl, feeds, .gz) into the store')
    .argument('<paths...>', 'files or folders')
    .option('--db <target>', 'data directory or postgres:// URL (default: $STORYTRACE_DB or ./storytrace-data)')
    .option('--max-bytes <n>', 'skip inputs larger than this many bytes', (v) => Number.parseInt(v, 10))
    .option('--json', 'print the summary as JSON')
    .option('--jsonl', 'print one JSON line per input as it is processed')
    .action(async (paths: string[], opts: { db?: string; maxBytes?: number; json?: boolean; jsonl?: boolean }) => {
      const mode = outputMode(opts)
      const store = await openStore(opts.db)
      const progress = createProgress('ingesting', mode === 'human' && Boolean(process.stderr.isTTY))
      try {
        const summary = await ingestPaths(store, paths, {
          maxBytes: opts.maxBytes,
          onInput: (source) => progress.tick(source),
          onResult: (r) => mode === 'jsonl' && writeJsonLine(r),
        })
        progress.done()
        if (mode === 'json') writeJson(summary)
        else if (mode === 'human') printSummary(summary)
        process.exitCode = summary.counts.failed > 0 ? 1 : 0
      } finally {
        await store.close()
      }
    })
}

function printSummary(s: IngestSummary): void {
  const c = s.counts
  writeLine(`${c.new} new, ${c.version} new versions, ${c.duplicate} duplicates, ${c.failed} failed; ${s.storylines} storylines`)
  const failed = s.results.filter((r) => r.status === 'failed')
  if (failed.length) {
    writeLine('')
    writeLine('Failed:')
    for (const r of failed) writeLine(`  ${r.source}\n    ${r.reason}`)
  }
}
