/**
 * @module cli/commands/serve
 * `serve`: the REST API and web UI on localhost. `demo`: the built-in example
 * corpus into a fresh embedded store, then serve it — the README's first command.
 */
import { rm } from 'node:fs/promises'
import type { Command } from 'commander'
import { ingestPaths } from '../../engine/ingest-batch.js'
import { openStore } from '../../store/index.js'
import type { Store } from '../../store/types.js'
import { repoPath } from '../../util/paths.js'
import { serve } from '../../web/server.js'
import { dateOnly, table, writeLine } from '../output.js'
import { createProgress } from '../progress.js'

export const DEMO_DATA_DIR = './storytrace-demo'

interface ServeOpts {
  db?: string
  port: number
  host: string
}

const parsePort = (v: string): number => {
  const n = Number.parseInt(v, 10)
  if (!(n >= 0 && n < 65536)) throw new Error(`not a port: ${v}`)
  return n
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the REST API and the web UI on localhost')
    .option('--db <target>', 'data directory or postgres:// URL (default: $STORYTRACE_DB or ./storytrace-data)')
    .option('--port <n>', 'port (0 picks a free one)', parsePort, 4173)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .action(async (opts: ServeOpts) => {
      const store = await openStore(opts.db)
      await serveUntilStopped(store, opts)
    })

  program
    .command('demo')
    .description('ingest the built-in example corpus into a fresh embedded store and serve it')
    .option('--db <dir>', 'where to put the demo store (emptied first)', DEMO_DATA_DIR)
    .option('--port <n>', 'port (0 picks a free one)', parsePort, 4173)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--no-serve', 'only ingest and print the storylines')
    .action(async (opts: ServeOpts & { serve: boolean; db: string }) => {
      if (/^postgres(ql)?:\/\//.test(opts.db)) throw new Error('demo uses an embedded store; give a directory to --db')
      await rm(opts.db, { recursive: true, force: true })
      const store = await openStore(opts.db)
      const progress = createProgress('ingesting examples')
      const summary = await ingestPaths(store, [repoPath('examples', 'corpus')], { onInput: (s) => progress.tick(s) })
      progress.done()
      const c = summary.counts
      writeLine(`Ingested the example corpus into ${opts.db}: ${c.new} articles, ${c.failed} failed, ${summary.storylines} storylines.\n`)
      const list = await store.listStorylines()
      writeLine(table([['FROM', 'TO', 'ARTICLES', 'TITLE'], ...list.map((s) => [dateOnly(s.first), dateOnly(s.last), String(s.articles), s.title])], 70))
      writeLine(`\nBrowse it from the terminal too: npx storytrace stories --db ${opts.db}`)
      if (!opts.serve) return store.close()
      await serveUntilStopped(store, opts)
    })
}

async function serveUntilStopped(store: Store, opts: ServeOpts): Promise<void> {
  const server = await serve(store, { port: opts.port, host: opts.host })
  writeLine(`\nstorytrace is serving ${store.kind === 'sqlite' ? 'the embedded store' : 'PostgreSQL'} at ${server.url}  (Ctrl+C to stop)`)
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  await server.close()
  await store.close()
}
