/**
 * @module eval/times/timeline
 * The SemEval-2015 Task 4 run (track A, from raw text): every article of a
 * corpus is analysed once, each target entity gets a timeline from the
 * pipeline's events, and the timelines are scored against the gold files
 * with temporal awareness, summed over targets (micro average).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { awareness, parseTimeline, type AwarenessCounts } from './awareness.js'
import { readNaf } from './naf.js'
import { analyse, systemTimeline } from './timeline-system.js'

export interface TargetScore extends AwarenessCounts {
  readonly target: string
  readonly goldEvents: number
  readonly systemEvents: number
}

export interface TimelineResult {
  readonly corpus: string
  readonly docs: number
  readonly targets: readonly TargetScore[]
  readonly total: AwarenessCounts
}

/** Corpora under the data directory that hold raw texts and gold timelines. */
export function timelineCorpora(dir: string): string[] {
  const root = join(dir, 'SemEval_Task4_data')
  if (!existsSync(root)) return []
  return readdirSync(root)
    .map((c) => join(root, c))
    .filter((c) => existsSync(join(c, 'corpus_trackA_CAT')) && existsSync(join(c, 'TimeLines_Gold_Standard')))
    .sort()
}

/** Target names from list_target_entities_*.txt, by the file-name slug of the gold timelines ("louis_gallois"). */
function targetNames(corpus: string): Map<string, string> {
  const list = readdirSync(corpus).find((f) => /^list_target_entities.*\.txt$/.test(f))
  if (!list) return new Map()
  const names = readFileSync(join(corpus, list), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean)
  return new Map(names.map((n) => [n.toLowerCase().replace(/\s+/g, '_'), n]))
}

export function evaluateTimelines(corpus: string): TimelineResult {
  const rawDir = join(corpus, 'corpus_trackA_CAT')
  const docs = readdirSync(rawDir).filter((f) => f.endsWith('.xml')).sort().map((f) => analyse(readNaf(join(rawDir, f))))
  const goldDir = join(corpus, 'TimeLines_Gold_Standard')
  const total: AwarenessCounts = { precisionHits: 0, system: 0, recallHits: 0, reference: 0 }
  const targets: TargetScore[] = []
  const names = targetNames(corpus)
  for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.txt')).sort()) {
    const gold = parseTimeline(readFileSync(join(goldDir, f), 'utf8'))
    // The list of targets spells every name right (one gold file's title line has a typo).
    const target = names.get(f.replace(/\.txt$/, '')) ?? gold.target
    const system = systemTimeline(docs, target)
    const counts = awareness(gold.entries, system)
    for (const k of Object.keys(total) as (keyof AwarenessCounts)[]) total[k] += counts[k]
    targets.push({
      target,
      goldEvents: gold.entries.reduce((n, e) => n + e.mentions.length, 0),
      systemEvents: system.length,
      ...counts,
    })
  }
  return { corpus: corpus.split('/').pop()!, docs: docs.length, targets, total }
}
