/**
 * @module eval/events/main
 * Event-trigger precision and recall on MEANTIME (issues 6/7).
 *
 *   node dist/eval/events/main.js [DIR] [--data DIR] [--json] [--misses N]
 *
 * DIR (default ../shared/data/meantime) holds corpus_airbus, the half the
 * trigger rules are tuned on, and corpus_apple, held out. Per corpus: trigger
 * P/R/F1 by overlap, recall per MEANTIME event class, precision per event
 * type, and on matched triggers the modality and polarity agreement.
 * `--misses N` lists the first N spurious triggers and modality disagreements of each.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { repoPath } from '../../util/paths.js'
import { optionsOrExit, walkArgs } from '../cli-args.js'
import { prf } from '../times/score.js'
import { evaluateEventCorpus, type EventCorpusResult } from './meantime.js'

const CORPORA = [
  ['corpus_airbus', 'tuning'],
  ['corpus_apple', 'held out'],
] as const

interface Options {
  data: string
  json: boolean
  misses: number
}

const USAGE = 'usage: main.js [DIR] [--data DIR] [--json] [--misses N]'

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { data: repoPath('..', 'shared', 'data', 'meantime'), json: false, misses: 0 }
  walkArgs(argv, USAGE, (flag, read) => {
    if (flag === '--json') opts.json = true
    else if (flag === '--data') opts.data = read.value()
    else if (flag === '--misses') opts.misses = read.count()
    else if (flag.startsWith('--')) read.unknown()
    else opts.data = flag
  })
  return opts
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5)
const ratio = (hit: number, total: number): string => `${hit}/${total}`.padStart(8)

function summary(r: EventCorpusResult, half: string) {
  const c = r.counts
  const s = prf(c.matched, c.system, c.gold)
  return {
    corpus: r.corpus,
    half,
    docs: r.docs,
    gold: c.gold,
    system: c.system,
    matched: c.matched,
    precision: s.p,
    recall: s.r,
    f1: s.f1,
    byClass: Object.fromEntries([...c.byClass].sort()),
    byType: Object.fromEntries([...c.byType].sort()),
    modality: Object.fromEntries([...c.modality].sort()),
    negation: c.negation,
  }
}

function print(r: EventCorpusResult, half: string, misses: number): void {
  const s = summary(r, half)
  console.log(`\n${r.corpus} (${half}): ${r.docs} docs, ${s.gold} gold event mentions in sentences 0–5, ${s.system} triggers`)
  console.log(`  triggers  P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`)
  console.log('  recall by MEANTIME class: ' + Object.entries(s.byClass).map(([k, t]) => `${k || '(none)'} ${t.hit}/${t.total}`).join(', '))
  console.log('  precision by type:')
  for (const [type, t] of Object.entries(s.byType)) console.log(`    ${type.padEnd(14)} ${ratio(t.hit, t.total)}  ${pct(t.total ? t.hit / t.total : 0)}`)
  const m = (k: string): number => s.modality[k] ?? 0
  console.log(`  modality on matched (gold/ours): factual/factual ${m('factual/factual')}, tentative/tentative ${m('tentative/tentative')}, tentative/factual ${m('tentative/factual')}, factual/tentative ${m('factual/tentative')}`)
  console.log(`  polarity on matched where either side is negative: ${s.negation.hit}/${s.negation.total} agree`)
  for (const x of r.spurious.slice(0, misses)) console.log(`    spurious ${x.doc}: "${x.text}" ${x.label}\n      … ${x.context}`)
  for (const x of r.modality.slice(0, misses)) console.log(`    modality ${x.doc}: "${x.text}" ${x.label}\n      … ${x.context}`)
}

function main(): void {
  const opts = optionsOrExit(parseArgs)
  if (!opts) return
  const present = CORPORA.filter(([c]) => existsSync(join(opts.data, c)))
  if (present.length === 0) {
    console.error(`MEANTIME not found at ${opts.data}; pass its directory (holding corpus_airbus/, corpus_apple/).`)
    process.exitCode = 1
    return
  }
  const results = present.map(([c, half]) => [evaluateEventCorpus(join(opts.data, c)), half] as const)
  if (opts.json) console.log(JSON.stringify(results.map(([r, half]) => summary(r, half)), null, 2))
  else for (const [r, half] of results) print(r, half, opts.misses)
}

main()
