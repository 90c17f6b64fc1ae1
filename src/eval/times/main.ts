/**
 * @module eval/times/main
 * Issue 6's measurements.
 *
 *   node dist/eval/times/main.js [meantimeDir] [timelineDir] [--json] [--misses N]
 *
 * MEANTIME (default ../shared/data/meantime): time-expression extent and value
 * P/R/F1 per corpus for the times stage and chrono-node in the same run.
 * The rules were tuned on both corpora (corpus_apple was held out at first), so
 * neither figure estimates accuracy on unseen news (docs/measurements.md).
 *
 * SemEval-2015 Task 4 (default ../shared/data/timeline): timelines of the
 * target entities built from the raw texts (track A), scored with temporal
 * awareness (awareness.ts), per target and summed.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { repoPath } from '../../util/paths.js'
import { optionsOrExit, walkArgs } from '../cli-args.js'
import { evaluateCorpus, type CorpusResult, type SystemResult } from './meantime.js'
import { prf } from './score.js'
import { evaluateTimelines, timelineCorpora, type TimelineResult } from './timeline.js'

interface Options {
  meantime: string
  timeline: string
  json: boolean
  misses: number
}

const USAGE = 'usage: main.js [meantimeDir] [timelineDir] [--meantime DIR] [--timeline DIR] [--json] [--misses N]'

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = {
    meantime: repoPath('..', 'shared', 'data', 'meantime'),
    timeline: repoPath('..', 'shared', 'data', 'timeline'),
    json: false,
    misses: 0,
  }
  const positional: string[] = []
  walkArgs(argv, USAGE, (flag, read) => {
    if (flag === '--json') opts.json = true
    else if (flag === '--meantime') opts.meantime = read.value()
    else if (flag === '--timeline') opts.timeline = read.value()
    else if (flag === '--misses') opts.misses = read.count()
    else if (flag.startsWith('--')) read.unknown()
    else positional.push(flag)
  })
  if (positional[0]) opts.meantime = positional[0]
  if (positional[1]) opts.timeline = positional[1]
  return opts
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5)

function scores(r: SystemResult): { extent: ReturnType<typeof prf>; value: ReturnType<typeof prf> } {
  const c = r.counts
  return { extent: prf(c.extent, c.system, c.gold), value: prf(c.value, c.system, c.gold) }
}

function printCorpus(r: CorpusResult, misses: number): void {
  console.log(`\n${r.corpus}: ${r.docs} docs, ${r.storytrace.counts.gold} gold expressions (creation-date lines left out)`)
  console.log('  system       extent P     R    F1 | value P     R    F1')
  for (const [name, s] of [['storytrace', r.storytrace], ['chrono-node', r.chrono]] as const) {
    const { extent: e, value: v } = scores(s)
    console.log(`  ${name.padEnd(12)} ${pct(e.p)} ${pct(e.r)} ${pct(e.f1)} |  ${pct(v.p)} ${pct(v.r)} ${pct(v.f1)}`)
  }
  for (const m of r.storytrace.misses.slice(0, misses)) {
    console.log(`    ${m.doc}: "${m.text}" gold=${m.gold ?? '-'} ours=${m.system ?? '-'}${m.found ? ` (found "${m.found}")` : ''}\n      … ${m.context}`)
  }
}

function timelineScore(r: TimelineResult): ReturnType<typeof prf> {
  // Awareness: precision and recall have their own hit counts.
  const p = r.total.system === 0 ? 0 : r.total.precisionHits / r.total.system
  const rec = r.total.reference === 0 ? 0 : r.total.recallHits / r.total.reference
  return { p, r: rec, f1: p + rec === 0 ? 0 : (2 * p * rec) / (p + rec) }
}

function printTimelines(r: TimelineResult): void {
  const s = timelineScore(r)
  console.log(`\n${r.corpus}: ${r.docs} docs, ${r.targets.length} target entities`)
  console.log(`  storytrace   P ${pct(s.p)}  R ${pct(s.r)}  F1 ${pct(s.f1)}`)
  for (const t of r.targets) {
    const p = t.system ? t.precisionHits / t.system : 0
    const rec = t.reference ? t.recallHits / t.reference : 0
    console.log(`    ${t.target.padEnd(26)} gold ${String(t.goldEvents).padStart(3)} ours ${String(t.systemEvents).padStart(3)}  P ${pct(p)} R ${pct(rec)}`)
  }
}

function main(): void {
  const opts = optionsOrExit(parseArgs)
  if (!opts) return
  const missing = [
    existsSync(opts.meantime) ? null : `MEANTIME not found at ${opts.meantime}; pass its directory (holding corpus_airbus/, corpus_apple/) as the first argument.`,
    timelineCorpora(opts.timeline).length ? null : `SemEval-2015 Task 4 data not found at ${opts.timeline}; pass its directory (holding SemEval_Task4_data/) as the second argument.`,
  ].filter((m) => m !== null)
  for (const m of missing) console.error(m)
  if (missing.length === 2) {
    process.exitCode = 1
    return
  }
  const meantime = existsSync(opts.meantime)
    ? readdirSync(opts.meantime).filter((d) => d.startsWith('corpus_')).sort().map((c) => evaluateCorpus(join(opts.meantime, c)))
    : []
  const timelines = timelineCorpora(opts.timeline).map(evaluateTimelines)
  if (opts.json) {
    console.log(JSON.stringify({
      meantime: meantime.map((r) => ({ corpus: r.corpus, docs: r.docs, storytrace: scores(r.storytrace), chrono: scores(r.chrono), counts: { storytrace: r.storytrace.counts, chrono: r.chrono.counts } })),
      timeline: timelines.map((r) => ({ corpus: r.corpus, docs: r.docs, storytrace: timelineScore(r), targets: r.targets })),
    }))
    return
  }
  if (meantime.length) console.log('MEANTIME time expressions: relaxed extent (overlap), exact TIMEX3 value, anchored on each creation date')
  for (const r of meantime) printCorpus(r, opts.misses)
  if (timelines.length) console.log('\nSemEval-2015 Task 4 timelines from raw text (track A), temporal awareness ×100')
  for (const r of timelines) printTimelines(r)
}

main()
