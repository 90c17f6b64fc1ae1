/**
 * @module cli/commands/ingest
 * `storytrace ingest SOURCE…`: files, folders, WARC files and http(s) URLs of
 * pages, feeds and sitemaps into the store, with a progress line on a
 * terminal and a summary that names every failure and why.
 */
import type { Command } from 'commander'
import { ingestPaths, type IngestSummary } from '../../engine/ingest-batch.js'
import { openStore } from '../../store/index.js'
import { outputMode, writeJson, writeJsonLine, writeLine } from '../output.js'
import { createProgress } from '../progress.js'
import { addSharedIngestOptions, countsLine, ingestOptions, type SharedIngestFlags } from './ingest-options.js'

export function registerIngest(program: Command): void {
  const command = program
    .command('ingest')
    .description('read articles into the store from files and folders (.html, .txt, .json, .jsonl, feeds, sitemaps, .warc, .gz) and http(s) URLs of pages, feeds and sitemaps')
    .argument('<sources...>', 'files, folders or URLs')
  addSharedIngestOptions(command)
    .option('--json', 'print the summary as JSON')
    .option('--jsonl', 'print one JSON line per input as it is processed')
    .action(async (sources: string[], opts: SharedIngestFlags) => {
      const mode = outputMode(opts)
      const store = await openStore(opts.db)
      const progress = createProgress('ingesting', mode === 'human' && Boolean(process.stderr.isTTY))
      try {
        const summary = await ingestPaths(store, sources, {
          ...ingestOptions(opts),
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
  writeLine(countsLine(s))
  const failed = s.results.filter((r) => r.status === 'failed')
  if (failed.length) {
    writeLine('')
    writeLine('Failed:')
    for (const r of failed) writeLine(`  ${r.source}\n    ${r.reason}`)
  }
}
