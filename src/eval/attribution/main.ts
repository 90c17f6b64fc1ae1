/**
 * @module eval/attribution/main
 * Issue 5's measurement: source, cue and content span P/R/F1 of the quotes
 * stage against PolNeAR's attribution relations, exact and by overlap (the
 * definitions are in score.ts), on the tuning half, the held-out half and all.
 *
 *   node dist/eval/attribution/main.js [DIR | --data DIR] [--json] [--misses N] [--group G] [--unmatched N]
 *
 * Each text runs through the default pipeline as `analyze` runs it (one
 * paragraph per non-blank line); each quote is one predicted relation: its
 * speaker's mention, its cue and its content. --misses prints up to N gold
 * relations of the tuning half that no quote matched, and aligned pairs whose
 * sources disagree, to study what the stage misses; --group G keeps only the
 * misses whose gold cue is of group G (reporting, attitude or other);
 * --unmatched N prints up to N predicted tuning relations no gold one pairs
 * with, the false positives of precision. The report closes with
 * overlap recall split by the kind of gold cue: reported speech, the
 * beliefs, intentions and stances the quotes stage knows ("wants", "attacked",
 * "called for"), and other cues (deeds, nouns, idioms) PolNeAR annotates too.
 */
import { createDoc, emptyMeta } from '../../doc/doc.js'
import type { Doc, Span } from '../../doc/types.js'
import { defaultPipeline } from '../../nlp/index.js'
import { findCues } from '../../nlp/quotes/cues.js'
import { repoPath } from '../../util/paths.js'
import { lineParagraphs } from '../storylines/corpus.js'
import type { Relation } from './brat.js'
import { readPolnear, type GoldText, type Half } from './corpus.js'
import { predictedRelations } from './predicted.js'
import { addTally, emptyTally, METRICS, prf, scoreText, wordOffsets, type Tally } from './score.js'

const USAGE = 'usage: main.js [DIR | --data DIR] [--json] [--misses N] [--group reporting|attitude|other] [--unmatched N]'

interface Options {
  data: string
  json: boolean
  misses: number
  group: CueGroup | null
  unmatched: number
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { data: repoPath('..', 'shared', 'data', 'polnear-dev'), json: false, misses: 0, group: null, unmatched: 0 }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--json') opts.json = true
    else if (a === '--data' || a === '--misses' || a === '--group' || a === '--unmatched') {
      const v = argv[++i]
      if (v === undefined) throw new Error(`${a} needs a value; ${USAGE}`)
      if (a === '--data') opts.data = v
      else if (a === '--group') {
        if (!(v in GROUP_LABELS)) throw new Error(`unknown group ${v}; ${USAGE}`)
        opts.group = v as CueGroup
      } else if (a === '--misses') opts.misses = Number(v)
      else opts.unmatched = Number(v)
    } else if (!a.startsWith('-')) opts.data = a
    else throw new Error(`unknown option ${a}; ${USAGE}`)
  }
  return opts
}

function analyse(g: GoldText): Doc {
  const meta = { ...emptyMeta(g.name), language: 'en' }
  return defaultPipeline().run(createDoc(g.text, meta, { paragraphs: lineParagraphs(g.text) }))
}

function scores(t: Tally) {
  return Object.fromEntries(
    METRICS.map((m) => {
      const c = t[m]
      return [m, { gold: c.gold, predicted: c.predicted, exact: prf(c.exact, c.predicted, c.gold), overlap: prf(c.overlap, c.predicted, c.gold) }]
    }),
  )
}

const show = (text: string, spans: Relation['source']): string =>
  spans ? JSON.stringify(spans.map((s) => text.slice(s.start, s.end)).join(' … ').slice(0, 160)) : '—'

/** The sentence around a span, as the pipeline split it, to read a miss in its context. */
function sentenceAt(doc: Doc, at: Span): string {
  const s = doc.layers.sentences?.find((x) => x.start <= at.start && at.start < x.end)
  return s ? JSON.stringify(doc.text.slice(s.start, s.end).slice(0, 400)) : '—'
}

function overlaps(text: string, a: Relation['source'], b: Relation['source']): boolean {
  const x = new Set(wordOffsets(text, a))
  return wordOffsets(text, b).some((i) => x.has(i))
}

/** Which part of the quotes stage's lexicon the gold cue holds: a reporting cue, a belief/intention/stance verb, or neither. */
function cueGroup(text: string, r: Relation): CueGroup {
  const cue = (r.cue ?? []).map((s) => text.slice(s.start, s.end)).join(' ')
  const known = findCues(cue).filter((c) => c.kind === 'according' || (c.verb !== null && !c.verb.generic))
  if (known.some((c) => (c.verb?.act ?? 'says') === 'says')) return 'reporting'
  return known.length ? 'attitude' : 'other'
}

type CueGroup = 'reporting' | 'attitude' | 'other'

const GROUP_LABELS: Record<CueGroup, string> = {
  reporting: 'a reporting verb or "according to" of our lexicon',
  attitude: 'a belief, intention or stance verb of our lexicon',
  other: 'any other cue (deeds, nouns, idioms)',
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2))
  const texts = readPolnear(opts.data)
  const halves: Record<Half | 'all', Tally> = { tuning: emptyTally(), 'held-out': emptyTally(), all: emptyTally() }
  const byCue: Record<CueGroup, { gold: number; source: number; content: number }> = {
    reporting: { gold: 0, source: 0, content: 0 },
    attitude: { gold: 0, source: 0, content: 0 },
    other: { gold: 0, source: 0, content: 0 },
  }
  let misses = opts.misses
  let unmatched = opts.unmatched
  for (const g of texts) {
    const doc = analyse(g)
    const predicted = predictedRelations(doc)
    const { pairs, tally } = scoreText(g.text, g.relations, predicted)
    addTally(halves[g.half], tally)
    addTally(halves.all, tally)
    g.relations.forEach((r, gi) => {
      const c = byCue[cueGroup(g.text, r)]
      const p = pairs.has(gi) ? predicted[pairs.get(gi)!]! : null
      c.gold++
      if (p && overlaps(g.text, p.source, r.source)) c.source++
      if (p && overlaps(g.text, p.content, r.content)) c.content++
    })
    if (g.half !== 'tuning') continue
    g.relations.forEach((r, gi) => {
      if (misses <= 0) return
      const pi = pairs.get(gi)
      const p = pi === undefined ? null : predicted[pi]!
      if (p && overlaps(g.text, p.source, r.source)) return
      if (opts.group && cueGroup(g.text, r) !== opts.group) return
      misses--
      console.log(`${p ? 'SOURCE' : 'MISSED'} ${g.name}\n  gold: src ${show(g.text, r.source)} cue ${show(g.text, r.cue)}\n        content ${show(g.text, r.content)}\n  sentence ${sentenceAt(doc, (r.cue ?? r.content ?? r.source)![0]!)}`)
      if (p) console.log(`  ours: src ${show(g.text, p.source)} cue ${show(g.text, p.cue)}`)
    })
    const paired = new Set(pairs.values())
    predicted.forEach((p, pi) => {
      if (unmatched <= 0 || paired.has(pi)) return
      unmatched--
      console.log(`UNMATCHED ${g.name}\n  ours: src ${show(g.text, p.source)} cue ${show(g.text, p.cue)}\n        content ${show(g.text, p.content)}`)
    })
  }
  const report = {
    data: opts.data,
    texts: { tuning: texts.filter((t) => t.half === 'tuning').length, 'held-out': texts.filter((t) => t.half === 'held-out').length },
    halves: Object.fromEntries(Object.entries(halves).map(([h, t]) => [h, scores(t)])),
    recallByCue: byCue,
  }
  if (opts.json) {
    console.log(JSON.stringify(report, null, 2))
    return
  }
  const f = (x: number): string => x.toFixed(3)
  console.log(`PolNeAR dev attribution relations: ${report.texts.tuning} tuning + ${report.texts['held-out']} held-out texts`)
  for (const [half, s] of Object.entries(report.halves)) {
    console.log(`\n${half}              gold  pred   exact P/R/F1          overlap P/R/F1`)
    for (const m of METRICS) {
      const r = s[m]!
      console.log(
        `  ${m.padEnd(9)} ${String(r.gold).padStart(10)} ${String(r.predicted).padStart(5)}   ${f(r.exact.precision)} ${f(r.exact.recall)} ${f(r.exact.f1)}   ${f(r.overlap.precision)} ${f(r.overlap.recall)} ${f(r.overlap.f1)}`,
      )
    }
  }
  console.log('\noverlap recall (all texts) by the kind of gold cue:')
  for (const [kind, c] of Object.entries(byCue)) {
    const label = GROUP_LABELS[kind as CueGroup]
    console.log(`  ${label.padEnd(52)} ${String(c.gold).padStart(5)} relations   source ${f(c.source / c.gold)}   content ${f(c.content / c.gold)}`)
  }
}

try {
  main()
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err))
  process.exitCode = 1
}
