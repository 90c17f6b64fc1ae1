/**
 * @module eval/times/score
 * TempEval-3's time-expression measures: an expression is found when a
 * system span overlaps a gold span (relaxed extent, one system span per gold
 * span), and its value is right when the matched pair has the same TIMEX3
 * value string. Value precision and recall both count right values, over the
 * system's and the gold's expressions respectively.
 */
import type { Span } from '../../doc/types.js'

export interface Valued extends Span {
  readonly value: string
}

export interface Counts {
  gold: number
  system: number
  /** Pairs matched by overlap. */
  extent: number
  /** Matched pairs with the same value. */
  value: number
}

export interface PRF {
  readonly p: number
  readonly r: number
  readonly f1: number
}

export function emptyCounts(): Counts {
  return { gold: 0, system: 0, extent: 0, value: 0 }
}

/** A matched pair, and the unmatched on either side, for error reports. */
export interface Alignment<G extends Valued, S extends Valued> {
  readonly pairs: readonly (readonly [G, S])[]
  readonly missed: readonly G[]
  readonly spurious: readonly S[]
}

/**
 * Pairs each gold span with the overlapping system span that shares most
 * characters with it, each system span used once. Exact extents pair first,
 * so a gold "2009" inside a gold "from 2009 to 2011" keeps its own match.
 */
export function align<G extends Valued, S extends Valued>(gold: readonly G[], system: readonly S[]): Alignment<G, S> {
  const used = new Set<number>()
  const pairs: (readonly [G, S])[] = []
  const missed: G[] = []
  const exact = new Map<G, number>()
  for (const g of gold) {
    const i = system.findIndex((s, k) => !used.has(k) && s.start === g.start && s.end === g.end)
    if (i >= 0) {
      used.add(i)
      exact.set(g, i)
    }
  }
  for (const g of gold) {
    const i = exact.get(g)
    if (i !== undefined) {
      pairs.push([g, system[i]!])
      continue
    }
    let best = -1
    let bestOverlap = 0
    system.forEach((s, i) => {
      if (used.has(i)) return
      const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start)
      if (overlap > bestOverlap) {
        best = i
        bestOverlap = overlap
      }
    })
    if (best < 0) missed.push(g)
    else {
      used.add(best)
      pairs.push([g, system[best]!])
    }
  }
  return { pairs, missed, spurious: system.filter((_, i) => !used.has(i)) }
}

export function addAlignment(counts: Counts, a: Alignment<Valued, Valued>): void {
  counts.gold += a.pairs.length + a.missed.length
  counts.system += a.pairs.length + a.spurious.length
  counts.extent += a.pairs.length
  counts.value += a.pairs.filter(([g, s]) => g.value === s.value).length
}

export function prf(correct: number, system: number, gold: number): PRF {
  const p = system === 0 ? 0 : correct / system
  const r = gold === 0 ? 0 : correct / gold
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}
