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

export type MissKind = 'false-positive' | 'false-negative' | 'wrong-type' | 'boundary'

export interface Miss {
  readonly kind: MissKind
  readonly gold?: TypedSpan
  readonly predicted?: TypedSpan
}

/**
 * One document's misses, each classified once: a predicted span equal to a
 * gold span but typed otherwise is a wrong type; a predicted span that
 * overlaps a gold name without matching it exactly is a boundary miss (paired
 * with that gold name); what is left over is a false positive or a false
 * negative.
 */
export function misses(gold: readonly TypedSpan[], predicted: readonly TypedSpan[]): Miss[] {
  const same = (a: TypedSpan, b: TypedSpan): boolean => a.start === b.start && a.end === b.end
  const overlap = (a: TypedSpan, b: TypedSpan): boolean => a.start < b.end && b.start < a.end
  const pred = predicted.filter((p, i) => predicted.findIndex((q) => same(p, q) && p.type === q.type) === i)
  const goldLeft = gold.filter((g) => !pred.some((p) => same(p, g) && p.type === g.type))
  const predLeft = pred.filter((p) => !gold.some((g) => same(p, g) && p.type === g.type))
  const out: Miss[] = []
  const explained = new Set<TypedSpan>()
  for (const p of predLeft) {
    const g = goldLeft.find((x) => same(x, p)) ?? goldLeft.find((x) => overlap(x, p))
    if (g) explained.add(g)
    out.push(g ? { kind: same(g, p) ? 'wrong-type' : 'boundary', gold: g, predicted: p } : { kind: 'false-positive', predicted: p })
  }
  for (const g of goldLeft) if (!explained.has(g)) out.push({ kind: 'false-negative', gold: g })
  return out.sort((a, b) => (a.gold ?? a.predicted)!.start - (b.gold ?? b.predicted)!.start)
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 }
}
