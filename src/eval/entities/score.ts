/**
 * @module eval/entities/score — typed exact-span scoring: a predicted name
 * counts only when its start, end and type all equal a gold name's.
 */
import type { NerType } from '../../nlp/entities/tagger/tags.js'
import type { TypedSpan } from '../../nlp/entities/tagger/text.js'
import { NER_TYPES } from '../../nlp/entities/tagger/tags.js'

export interface Counts {
  tp: number
  fp: number
  fn: number
}
export type Tally = Record<NerType | 'ALL', Counts>

export function emptyTally(): Tally {
  return { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 }, ALL: { tp: 0, fp: 0, fn: 0 } }
}

/** Adds one document's comparison to `tally`. Duplicate predictions of one span count once. */
export function score(gold: readonly TypedSpan[], predicted: readonly TypedSpan[], tally: Tally): void {
  const key = (s: TypedSpan): string => `${s.start}:${s.end}:${s.type}`
  const goldKeys = new Set(gold.map(key))
  const predKeys = new Set(predicted.map(key))
  for (const type of NER_TYPES) {
    const g = [...goldKeys].filter((k) => k.endsWith(':' + type))
    const p = [...predKeys].filter((k) => k.endsWith(':' + type))
    const tp = p.filter((k) => goldKeys.has(k)).length
    for (const c of [tally[type], tally.ALL]) {
      c.tp += tp
      c.fp += p.length - tp
      c.fn += g.length - tp
    }
  }
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 }
}
