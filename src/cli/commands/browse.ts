/**
 * @module cli/commands/browse
 * Reading the store from the terminal: `stories`, `story ID`, `search QUERY`
 * and `export --json`.
 */
import { writeFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { buildExport } from '../../api/export.js'
import { openStore } from '../../store/index.js'
import { splitTimeline } from '../../story/timeline-core.js'
import type { Store } from '../../store/types.js'
import { dateOnly, outputMode, table, writeJson, writeJsonLine, writeLine } from '../output.js'

/** Claims the human story view lists before "N more": enough for every claim that several origins carry in a large storyline. */
const CLAIMS_SHOWN = 20

const DB_HELP = 'data directory or postgres:// URL (default: $STORYTRACE_DB or ./storytrace-data)'

async function withStore<T>(db: string | undefined, f: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db)
  try {
    return await f(store)
  } finally {
    await store.close()
  }
}

export function registerBrowse(program: Command): void {
  program
    .command('stories')
    .description('list storylines, most recently active first')
    .option('--db <target>', DB_HELP)
    .option('--json', 'print JSON')
    .option('--jsonl', 'print one JSON object per line')
    .action(async (opts: { db?: string; json?: boolean; jsonl?: boolean }) =>
      withStore(opts.db, async (store) => {
        const list = await store.listStorylines()
        const mode = outputMode(opts)
        if (mode === 'json') return writeJson(list)
        if (mode === 'jsonl') return list.forEach(writeJsonLine)
        if (!list.length) return writeLine('No storylines yet: ingest some articles first (storytrace ingest PATH).')
        writeLine(
          table([
            ['ID', 'FROM', 'TO', 'ART', 'CLAIMS', 'TITLE'],
            ...list.map((s) => [s.id, dateOnly(s.first), dateOnly(s.last), String(s.articles), String(s.claims), s.title]),
          ], 70),
        )
      }),
    )

  program
    .command('story')
    .description('show one storyline: articles, timeline and claims')
    .argument('<id>', 'storyline id (see `storytrace stories`)')
    .option('--db <target>', DB_HELP)
    .option('--json', 'print JSON')
    .option('--all-events', 'list every timeline event, not only those that carry the story')
    .option('--all-claims', `list every claim, not only the first ${CLAIMS_SHOWN} (most independent sources first)`)
    .action(async (id: string, opts: { db?: string; json?: boolean; allEvents?: boolean; allClaims?: boolean }) =>
      withStore(opts.db, async (store) => {
        // A storyline merged into another (or dropped by a recompute) lives on under that id, as the API's 301 says.
        const into = (await store.getStoryline(id)) ? null : await store.storylineMergedInto(id)
        if (into !== null) process.stderr.write(`storytrace: storyline "${id}" was merged into "${into}"; showing that one\n`)
        const s = await store.getStoryline(into ?? id)
        if (!s) {
          process.stderr.write(`storytrace: no storyline "${id}" (see \`storytrace stories\`)\n`)
          process.exitCode = 1
          return
        }
        if (opts.json) return writeJson(s)
        writeLine(`${s.title}  [${s.id}]`)
        writeLine(`Key entities: ${s.entities.slice(0, 10).map((e) => e.name).join(', ')}`)
        writeLine('\nArticles')
        writeLine(table(s.articles.map((a) => [dateOnly(a.published), a.outlet?.name ?? '—', (a.copyOf ? '(copy) ' : '') + (a.title ?? a.source)]), 70))
        if (s.timeline.length) {
          // An undated event sits where it was first reported; say so rather than show a bare dash.
          const published = new Map(s.articles.map((a) => [a.id, dateOnly(a.published)]))
          const when = (t: (typeof s.timeline)[number]): string =>
            t.from ? (t.from === t.to ? t.from : `${t.from}..${t.to}`) : `~${published.get(t.articles[0] ?? '') ?? '—'}`
          const what = (t: (typeof s.timeline)[number]): string => (t.modality === 'asserted' ? t.type : `${t.type} (${t.modality})`)
          const { core, more } = splitTimeline(s.timeline)
          const shown = opts.allEvents ? s.timeline : core
          // Listing every event, a star marks those that carry the story.
          const mark = (t: (typeof s.timeline)[number]): string => (opts.allEvents && more.length && !more.includes(t) ? '* ' : '')
          writeLine(`\nTimeline (by event time; ~ undated, placed where first reported${opts.allEvents && more.length ? '; * carries the story' : ''})`)
          if (shown.length) writeLine(table(shown.map((t) => [mark(t) + when(t), what(t), `${t.text} (${t.articles.length} report${t.articles.length === 1 ? '' : 's'})`]), 90))
          if (more.length && !opts.allEvents) writeLine(`${more.length} more event${more.length === 1 ? '' : 's'} (undated single reports, speculation, background, side events): --all-events lists them`)
        }
        if (s.claims.length) {
          // Claims come ranked (story/claim-rank.ts): the ones several origins carry or whose status moved lead.
          const shown = opts.allClaims ? s.claims : s.claims.slice(0, CLAIMS_SHOWN)
          writeLine('\nClaims (status, independent sources, modality; most independent sources first)')
          writeLine(table(shown.map((c) => [c.status, String(c.independentSources), c.modality, c.text]), 90))
          const rest = s.claims.length - shown.length
          if (rest > 0) writeLine(`${rest} more claim${rest === 1 ? '' : 's'}: --all-claims lists them`)
        }
      }),
    )

  program
    .command('search')
    .description('full-text search over stored articles (case and accents ignored)')
    .argument('<query...>', 'words to find')
    .option('--db <target>', DB_HELP)
    .option('--limit <n>', 'at most this many results', (v) => Number.parseInt(v, 10), 20)
    .option('--json', 'print JSON')
    .action(async (query: string[], opts: { db?: string; limit: number; json?: boolean }) =>
      withStore(opts.db, async (store) => {
        const hits = await store.search(query.join(' '), { limit: opts.limit })
        if (opts.json) return writeJson(hits)
        if (!hits.length) return writeLine('No matches.')
        for (const h of hits) writeLine(`${dateOnly(h.published)}  ${h.outlet?.name ?? '—'}  ${h.title ?? h.id}  [${h.id}]\n    ${h.snippet}`)
      }),
    )

  program
    .command('export')
    .description('export every storyline with its articles, timeline and claims')
    .option('--db <target>', DB_HELP)
    .option('--json', 'JSON (the only format so far; see docs/schema/export.schema.json)')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (opts: { db?: string; json?: boolean; out?: string }) =>
      withStore(opts.db, async (store) => {
        const data = await buildExport(store)
        if (opts.out) await writeFile(opts.out, JSON.stringify(data, null, 2) + '\n')
        else writeJson(data)
      }),
    )
}
