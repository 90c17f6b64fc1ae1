/**
 * @module eval/storylines/main
 * Issue 7's measurement: BCubed F1 of the story stage's storylines against
 * ECB+ gold stories, beside a plain TF-IDF single-pass baseline in the same run.
 *
 *   node dist/eval/storylines/main.js [--data DIR] [--limit N] [--json]
 *        [--join T1,T2,...] [--merge T1,T2,...] [--sweep]
 *
 * Every doc is analysed once; the story graph is then computed over all docs
 * at once for the default options and for each --join and --merge threshold
 * (--merge 1 turns storyline merges off: no two centroids score above 1). --sweep
 * also scores the baseline over a range of thresholds (how its own threshold
 * was chosen). ECB+ has no publication dates: the story stage orders undated
 * articles by id and takes their activity days from the short intervals their
 * texts state, so its time decay still acts on the docs that state a date
 * (259 of 462 at the time of writing).
 */
import { bcubed, type BCubed } from '../bcubed.js'
import { computeStoryGraph, type StoryOptions } from '../../story/index.js'
import type { StoryInput } from '../../story/types.js'
import { repoPath } from '../../util/paths.js'
import { BASELINE_THRESHOLD, tfidfSinglePass } from './baseline.js'
import { analyseText, readCorpus, type EvalDoc } from './corpus.js'

interface Options {
  data: string
  limit: number
  json: boolean
  joins: number[]
  merges: number[]
  sweep: boolean
}

const USAGE = 'usage: main.js [--data DIR] [--limit N] [--json] [--join T1,T2,...] [--merge T1,T2,...] [--sweep]'

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { data: repoPath('..', 'shared', 'data', 'ecbplus'), limit: Infinity, json: false, joins: [], merges: [], sweep: false }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = (): string => {
      const v = argv[++i]
      if (v === undefined) throw new Error(`${flag} needs a value; ${USAGE}`)
      return v
    }
    if (flag === '--data') opts.data = value()
    else if (flag === '--limit') {
      const n = Number(value())
      if (!Number.isInteger(n) || n <= 0) throw new Error(`--limit needs a positive integer; ${USAGE}`)
      opts.limit = n
    } else if (flag === '--json') opts.json = true
    else if (flag === '--sweep') opts.sweep = true
    else if (flag === '--join' || flag === '--merge') {
      const thresholds = value().split(',').map(Number)
      if (thresholds.some((t) => !(t >= 0 && t <= 1))) throw new Error(`${flag} needs numbers in 0..1; ${USAGE}`)
      if (flag === '--join') opts.joins = thresholds
      else opts.merges = thresholds
    } else throw new Error(`unknown option ${flag}; ${USAGE}`)
  }
  return opts
}

interface TopicScore extends BCubed {
  readonly topic: string
  readonly docs: number
}

/** BCubed of `predicted` restricted to each topic's docs, worst first. */
function perTopic(docs: readonly EvalDoc[], predicted: ReadonlyMap<string, string>): TopicScore[] {
  const topics = new Map<string, EvalDoc[]>()
  for (const d of docs) topics.set(d.topic, [...(topics.get(d.topic) ?? []), d])
  return [...topics]
    .map(([topic, members]) => ({
      topic,
      docs: members.length,
      ...bcubed(new Map(members.map((d) => [d.id, d.story])), predicted),
    }))
    .sort((a, b) => a.f1 - b.f1 || Number(a.topic) - Number(b.topic))
}

/** Topics 1-11 tuned the story stage's options; 12-22 are held out (the data set only ships topics 1-22). */
const TUNING_TOPICS = 11

interface HalfScore extends BCubed {
  readonly half: 'tuning' | 'held-out'
  readonly docs: number
  readonly storylines: number
  readonly baseline: BCubed
}

/**
 * Each half clustered on its own, as a separate stream: a half's score does
 * not depend on the other half's documents (frequencies, candidates).
 */
function halves(docs: readonly EvalDoc[], inputs: readonly StoryInput[]): HalfScore[] {
  return (['tuning', 'held-out'] as const).map((half) => {
    const pick = (d: EvalDoc): boolean => (Number(d.topic) <= TUNING_TOPICS) === (half === 'tuning')
    const ids = new Set(docs.filter(pick).map((d) => d.id))
    const r = storylineLabels(inputs.filter((i) => ids.has(i.id)))
    const gold = new Map(docs.filter(pick).map((d) => [d.id, d.story]))
    const baseline = bcubed(gold, tfidfSinglePass(docs.filter(pick)))
    return { half, docs: ids.size, storylines: r.count, ...bcubed(gold, r.labels), baseline }
  })
}

function storylineLabels(inputs: readonly StoryInput[], options?: StoryOptions): { labels: Map<string, string>; count: number } {
  const graph = computeStoryGraph(inputs, options)
  const labels = new Map<string, string>()
  for (const s of graph.storylines) for (const a of s.articles) labels.set(a.id, s.id)
  return { labels, count: graph.storylines.length }
}

const fmt = (x: number): string => x.toFixed(3)
const line = (b: BCubed): string => `F1 ${fmt(b.f1)}  (P ${fmt(b.precision)}, R ${fmt(b.recall)})`

function main(): void {
  const opts = parseArgs(process.argv.slice(2))
  const { docs, skipped } = readCorpus(opts.data, opts.limit)
  const gold = new Map(docs.map((d) => [d.id, d.story]))
  const goldStories = new Set(gold.values()).size

  const inputs: StoryInput[] = docs.map((d) => ({ id: d.id, doc: analyseText(d.id, d.text) }))
  const docsWithErrors = inputs.filter((i) => i.doc.errors.length > 0).length

  const ours = storylineLabels(inputs)
  const oursScore = bcubed(gold, ours.labels)
  const baselineLabels = tfidfSinglePass(docs)
  const baseScore = bcubed(gold, baselineLabels)
  const worst = perTopic(docs, ours.labels).slice(0, 5)
  const split = halves(docs, inputs)
  const joins = opts.joins.map((joinThreshold) => {
    const r = storylineLabels(inputs, { joinThreshold })
    return { joinThreshold, storylines: r.count, ...bcubed(gold, r.labels) }
  })
  const merges = opts.merges.map((mergeThreshold) => {
    const r = storylineLabels(inputs, { mergeThreshold })
    return { mergeThreshold, storylines: r.count, ...bcubed(gold, r.labels) }
  })
  const sweep = opts.sweep
    ? Array.from({ length: 15 }, (_, k) => 0.05 + 0.025 * k).map((threshold) => ({
        threshold: Number(threshold.toFixed(3)),
        ...bcubed(gold, tfidfSinglePass(docs, threshold)),
      }))
    : []

  const report = {
    docs: docs.length,
    skippedLines: skipped,
    docsWithStageErrors: docsWithErrors,
    goldStories,
    ours: { storylines: ours.count, ...oursScore },
    baseline: { threshold: BASELINE_THRESHOLD, clusters: new Set(baselineLabels.values()).size, ...baseScore },
    ratio: baseScore.f1 > 0 ? oursScore.f1 / baseScore.f1 : null,
    halves: split,
    worstTopics: worst,
    joinThresholds: joins,
    mergeThresholds: merges,
    baselineSweep: sweep,
  }
  if (opts.json) {
    console.log(JSON.stringify(report, null, 2))
    return
  }
  console.log(`ECB+ storylines: ${docs.length} docs, ${goldStories} gold stories` +
    (skipped ? `, ${skipped} malformed lines skipped` : '') +
    (docsWithErrors ? `, ${docsWithErrors} docs with a failed NLP stage` : ''))
  console.log(`ours      ${line(oursScore)}  ${ours.count} storylines`)
  console.log(`baseline  ${line(baseScore)}  ${report.baseline.clusters} clusters (TF-IDF single pass, threshold ${BASELINE_THRESHOLD})`)
  console.log(`ratio     ${report.ratio === null ? 'n/a' : fmt(report.ratio)} (ours / baseline F1)`)
  for (const h of split) {
    const topics = h.half === 'tuning' ? `topics 1-${TUNING_TOPICS}` : `topics ${TUNING_TOPICS + 1}-22`
    console.log(`${h.half.padEnd(8)}  ours ${line(h)}, baseline ${line(h.baseline)}  (${topics} alone, ${h.docs} docs)`)
  }
  console.log('worst topics (ours):')
  for (const t of worst) console.log(`  topic ${t.topic.padStart(2)}  ${line(t)}  ${t.docs} docs`)
  if (joins.length) console.log('ours by joinThreshold:')
  for (const j of joins) console.log(`  ${fmt(j.joinThreshold)}  ${line(j)}  ${j.storylines} storylines`)
  if (merges.length) console.log('ours by mergeThreshold:')
  for (const m of merges) console.log(`  ${fmt(m.mergeThreshold)}  ${line(m)}  ${m.storylines} storylines`)
  if (sweep.length) console.log('baseline by threshold:')
  for (const s of sweep) console.log(`  ${fmt(s.threshold)}  ${line(s)}`)
}

try {
  main()
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err))
  process.exitCode = 1
}
