/**
 * @module eval/extraction/main
 * Issue 3's measurement, ours against Readability.js on jsdom in the same run:
 *   - AEB: article-body precision/recall/F1 (word 4-gram shingles, the
 *     benchmark's scorer; and word multiset, as the data README words it);
 *   - readability-pages news cases: per-field metadata agreement.
 *
 *   node dist/eval/extraction/main.js [--aeb DIR] [--pages DIR] [--limit N]
 *        [--timeout SECONDS] [--json]
 *
 * Every page is bounded in time; a page that fails (undecodable, no body,
 * crash, timeout) counts as an empty extraction and is listed with its reason.
 */
import { existsSync } from 'node:fs'
import { StorytraceError } from '../../errors.js'
import { repoPath } from '../../util/paths.js'
import { optionsOrExit, walkArgs } from '../cli-args.js'
import { BODY_MEASURES } from './aeb.js'
import { evaluateAeb, evaluatePages, type AebReport, type Failure, type PagesReport } from './evaluate.js'
import { BoundedExtractor, TOOL_LABEL } from './extractors.js'
import { FIELD_RULE, META_FIELDS } from './metadata.js'

const USAGE = 'usage: main.js [--aeb DIR] [--pages DIR] [--limit N] [--timeout SECONDS] [--json]'

interface Options {
  aeb: string
  pages: string
  limit: number
  timeoutMs: number
  json: boolean
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = {
    aeb: repoPath('..', 'shared', 'data', 'aeb'),
    pages: repoPath('..', 'shared', 'data', 'readability-pages'),
    limit: Infinity,
    timeoutMs: 20_000,
    json: false,
  }
  walkArgs(argv, USAGE, (flag, read) => {
    if (flag === '--aeb') opts.aeb = read.value()
    else if (flag === '--pages') opts.pages = read.value()
    else if (flag === '--limit') opts.limit = positive(flag, read.value())
    else if (flag === '--timeout') opts.timeoutMs = positive(flag, read.value()) * 1000
    else if (flag === '--json') opts.json = true
    else read.unknown()
  })
  return opts
}

function positive(flag: string, v: string): number {
  const n = Number(v)
  if (!Number.isFinite(n) || n <= 0) throw new StorytraceError('E_CONFIG', `${flag} needs a positive number, got ${v}; ${USAGE}`)
  return n
}

const fmt = (x: number): string => x.toFixed(3)
const ratio = (ours: number, peer: number): string => (peer > 0 ? (ours / peer).toFixed(3) : '—')
const pct = (t: { withGold: number; agree: number }): string =>
  t.withGold === 0 ? '—' : `${t.agree}/${t.withGold} ${((100 * t.agree) / t.withGold).toFixed(1)}%`
const share = (t: { withGold: number; agree: number }): number => (t.withGold === 0 ? 0 : t.agree / t.withGold)

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)))
  return rows.map((r) => r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ')).join('\n')
}

function failureLines(failures: readonly Failure[]): string {
  if (failures.length === 0) return 'failures: none\n'
  const lines = failures.map((f) => `  ${TOOL_LABEL[f.tool]}  ${f.page}: ${f.reason}`)
  return `failures (scored as empty extractions): ${failures.length}\n${lines.join('\n')}\n`
}

function printAeb(r: AebReport): void {
  const rows = [['measure', TOOL_LABEL.ours, TOOL_LABEL.readability, 'ratio']]
  for (const m of BODY_MEASURES) {
    const s = r.scores[m.key]!
    rows.push([`${m.label}  F1`, fmt(s.ours.f1), fmt(s.readability.f1), ratio(s.ours.f1, s.readability.f1)])
    rows.push(['    precision', fmt(s.ours.precision), fmt(s.readability.precision), ratio(s.ours.precision, s.readability.precision)])
    rows.push(['    recall', fmt(s.ours.recall), fmt(s.readability.recall), ratio(s.ours.recall, s.readability.recall)])
  }
  const worst = [...r.perPage].sort((a, b) => a.f1.ours - b.f1.ours).slice(0, 8)
  process.stdout.write(`\nAEB article bodies: ${r.pages} pages (${r.dir})\n${table(rows)}\n${failureLines(r.failures)}`)
  process.stdout.write(`lowest 4-gram F1 for ${TOOL_LABEL.ours} (ours / peer):\n`)
  for (const p of worst) process.stdout.write(`  ${p.id.slice(0, 16)}  ${fmt(p.f1.ours)} / ${fmt(p.f1.readability)}\n`)
}

function printPages(r: PagesReport): void {
  const rows = [['field (gold has one)', TOOL_LABEL.ours, TOOL_LABEL.readability, 'ratio', 'compared as']]
  for (const field of META_FIELDS) {
    const o = r.tally.ours[field]
    const p = r.tally.readability[field]
    rows.push([field, pct(o), pct(p), ratio(share(o), share(p)), FIELD_RULE[field]])
  }
  process.stdout.write(`\nMetadata agreement: ${r.cases} news cases (pages declaring og:type article or a JSON-LD Article type; ${r.dir})\n${table(rows)}\n${failureLines(r.failures)}`)
  const ours = r.misses.filter((m) => m.tool === 'ours')
  if (ours.length > 0) {
    process.stdout.write(`${TOOL_LABEL.ours} disagreements:\n`)
    for (const m of ours) process.stdout.write(`  ${m.case}  ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}\n`)
  }
}

async function main(): Promise<void> {
  const opts = optionsOrExit(parseArgs)
  if (!opts) return
  const fetchedAt = new Date().toISOString()
  const extractor = new BoundedExtractor(opts.timeoutMs)
  const report: { fetchedAt: string; timeoutMs: number; aeb?: AebReport | { skipped: string }; pages?: PagesReport | { skipped: string } } = {
    fetchedAt,
    timeoutMs: opts.timeoutMs,
  }
  // Progress goes to stderr and only in table mode, so --json output stays clean.
  const progress = (label: string) => (done: number, total: number): void => {
    if (!opts.json && process.stderr.isTTY) process.stderr.write(`\r${label} ${done}/${total}${done === total ? '\n' : ''}`)
  }
  try {
    if (!opts.json) process.stdout.write(`storytrace extraction evaluation: ${TOOL_LABEL.ours} vs ${TOOL_LABEL.readability}, ${opts.timeoutMs / 1000} s per page and tool\n`)
    if (existsSync(opts.aeb)) {
      const r = await evaluateAeb(opts.aeb, extractor, { limit: opts.limit, fetchedAt, onPage: progress('aeb') })
      report.aeb = r
      if (!opts.json) printAeb(r)
    } else {
      report.aeb = { skipped: `no such folder: ${opts.aeb}` }
      if (!opts.json) process.stdout.write(`\nAEB skipped: no such folder ${opts.aeb}\n`)
    }
    if (existsSync(opts.pages)) {
      const r = await evaluatePages(opts.pages, extractor, { limit: opts.limit, fetchedAt, onPage: progress('pages') })
      report.pages = r
      if (!opts.json) printPages(r)
    } else {
      report.pages = { skipped: `no such folder: ${opts.pages}` }
      if (!opts.json) process.stdout.write(`\nreadability-pages skipped: no such folder ${opts.pages}\n`)
    }
  } finally {
    await extractor.close()
  }
  if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n')
}

main().catch((err: unknown) => {
  process.stderr.write(`eval:extract: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exitCode = 1
})
