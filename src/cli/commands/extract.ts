/**
 * @module cli/commands/extract
 * `storytrace extract FILE…` and `storytrace analyze FILE…`: no store; one
 * object per article, in input order, each with its `source`. A failed input
 * prints `{source, error}` in its place, and the exit code is 1.
 */
import type { Command } from 'commander'
import { toArticleJson } from '../../doc/json.js'
import { analyze, canonicalMeta } from '../../engine/analyze.js'
import { extractItem } from '../../extract/index.js'
import type { ExtractOptions } from '../../extract/types.js'
import { isInputFailure, readPaths } from '../../ingest/read-paths.js'
import { outputMode, writeJson, writeJsonLine, writeLine, dateOnly } from '../output.js'
import type { ArticleJson } from '../../doc/json.js'

interface Opts {
  json?: boolean
  jsonl?: boolean
  published?: string
  raw?: boolean
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

export function registerExtract(program: Command): void {
  for (const name of ['extract', 'analyze'] as const) {
    program
      .command(name)
      .description(
        name === 'extract'
          ? 'print the clean text and metadata of each article (no store)'
          : 'print each article with its entities, times, quotes, claims and events (no store)',
      )
      .argument('<files...>', 'files or folders')
      .option('--json', 'print a JSON array')
      .option('--jsonl', 'print one JSON object per line')
      .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs that have none')
      .option('--raw', 'the file is the body text verbatim: no title, date or footer detection')
      .action(async (files: string[], opts: Opts) => {
        if (opts.published && !ISO_DATE.test(opts.published)) {
          process.stderr.write(`storytrace: --published wants YYYY-MM-DD, got "${opts.published}"\n`)
          process.exitCode = 2
          return
        }
        process.exitCode = await runExtract(name, files, opts)
      })
  }
}

type Row = ArticleJson | { source: string; error: { code: string; message: string } }

async function runExtract(name: 'extract' | 'analyze', files: string[], opts: Opts): Promise<number> {
  const mode = outputMode(opts)
  const options: ExtractOptions = { raw: opts.raw, published: opts.published }
  const rows: Row[] = []
  let failed = 0
  const emit = (row: Row): void => {
    if ('error' in row) failed++
    if (mode === 'jsonl') writeJsonLine(row)
    else if (mode === 'json') rows.push(row)
    else printHuman(row)
  }
  for await (const item of readPaths(files)) {
    if (isInputFailure(item)) {
      emit({ source: item.source, error: { code: item.error.code, message: item.error.message } })
      continue
    }
    const { articles, failures } = extractItem(item, options)
    for (const f of failures) emit({ source: f.source, error: { code: f.error.code, message: f.error.message } })
    for (const a of articles) {
      if (name === 'analyze') emit(toArticleJson(analyze(a)))
      else emit(toArticleJson({ text: a.text, meta: canonicalMeta(a.meta), layers: {}, errors: [] }, { metaOnly: true }))
    }
  }
  if (mode === 'json') writeJson(rows)
  return failed > 0 ? 1 : 0
}

function printHuman(row: Row): void {
  if ('error' in row) {
    writeLine(`✗ ${row.source}\n  ${row.error.message}\n`)
    return
  }
  writeLine(`■ ${row.title ?? '(no title)'}`)
  writeLine(`  ${row.outlet?.name ?? 'unknown outlet'} · ${dateOnly(row.published)} · ${row.language ?? '?'} · ${row.byline ?? 'no byline'}`)
  writeLine(`  ${row.source}`)
  if (!row.entities) {
    writeLine('')
    writeLine(indent(row.text))
    if (row.related.length) {
      writeLine('\n  Related:')
      for (const r of row.related) writeLine(`  - ${r.title}${r.date ? ` (${r.date})` : ''}`)
    }
    writeLine('')
    return
  }
  const list = (label: string, items: readonly string[]): void => {
    if (items.length) writeLine(`  ${label}: ${items.join('; ')}`)
  }
  list('Entities', row.entities.map((e) => `${e.name} [${e.type}] ×${e.mentions.length}`))
  list('Times', (row.times ?? []).map((t) => `"${t.text}" = ${t.from && t.to ? (t.from === t.to ? t.from : `${t.from}..${t.to}`) : t.value}`))
  list('Quotes', (row.quotes ?? []).map((q) => `${q.speaker.name}: "${clip(q.text)}"`))
  list('Claims', (row.claims ?? []).map((c) => `[${c.modality}] ${c.chain.map((h) => h.name).join(' → ')}: ${clip(c.text)}`))
  list('Events', (row.events ?? []).map((e) => `${e.type}${e.from ? ` @${e.from === e.to ? e.from : `${e.from}..${e.to}`}` : ''}: ${clip(e.trigger.text)}`))
  writeLine('')
}

const clip = (s: string, n = 80): string => (s.length > n ? s.slice(0, n - 1) + '…' : s)
const indent = (s: string): string => s.split('\n').map((l) => '  ' + l).join('\n')
