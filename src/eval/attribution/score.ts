/**
 * @module eval/attribution/score — span scores of predicted attribution
 * relations against gold ones.
 *
 * Spans are compared by their letters and digits only: whitespace,
 * punctuation and quotation marks are ignored wherever they sit, so the
 * quotation marks around a direct quote, a closing full stop or a
 * discontinuous span's seam do not decide a match.
 * - Two spans **overlap** when they share at least one letter or digit.
 * - Two spans match **exactly** when they cover the same letters and digits.
 *
 * Relations are aligned one to one: a predicted and a gold relation may pair
 * when their cues overlap or their contents overlap; pairs whose cues overlap
 * come first, then the larger content overlap. For each role (source, cue,
 * content), a true positive is an aligned pair whose spans of that role match
 * (exactly, or by overlap); precision divides by the predicted relations that
 * have the role, recall by the gold relations that have it (PolNeAR leaves
 * the source out of some relations). "relation" counts aligned pairs.
 */
import type { Span } from '../../doc/types.js'
import { ROLES, type Relation, type Role } from './brat.js'

export type Metric = Role | 'relation'
export const METRICS: readonly Metric[] = ['relation', ...ROLES]

export interface Counts {
  predicted: number
  gold: number
  exact: number
  overlap: number
}

export type Tally = Record<Metric, Counts>

export function emptyTally(): Tally {
  const zero = (): Counts => ({ predicted: 0, gold: 0, exact: 0, overlap: 0 })
  return { relation: zero(), source: zero(), cue: zero(), content: zero() }
}

export function addTally(into: Tally, from: Tally): void {
  for (const m of METRICS) for (const k of ['predicted', 'gold', 'exact', 'overlap'] as const) into[m][k] += from[m][k]
}

const WORD_CHAR = /[\p{L}\p{N}]/u

/** The sorted offsets of the letters and digits a span list covers. */
export function wordOffsets(text: string, spans: readonly Span[] | null): number[] {
  const out = new Set<number>()
  for (const s of spans ?? []) for (let i = s.start; i < s.end; i++) if (WORD_CHAR.test(text[i]!)) out.add(i)
  return [...out].sort((a, b) => a - b)
}

function shared(a: readonly number[], b: readonly number[]): number {
  let n = 0
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      n++
      i++
      j++
    } else if (a[i]! < b[j]!) i++
    else j++
  }
  return n
}

type Offsets = Record<Role, number[]>

function offsetsOf(text: string, r: Relation): Offsets {
  return { source: wordOffsets(text, r.source), cue: wordOffsets(text, r.cue), content: wordOffsets(text, r.content) }
}

export interface Alignment {
  /** gold index → predicted index, for aligned pairs. */
  readonly pairs: ReadonlyMap<number, number>
  readonly tally: Tally
}

/** Aligns the relations of one text and counts matches per role. */
export function scoreText(text: string, gold: readonly Relation[], predicted: readonly Relation[]): Alignment {
  const g = gold.map((r) => offsetsOf(text, r))
  const p = predicted.map((r) => offsetsOf(text, r))
  const candidates: { gi: number; pi: number; cue: number; content: number }[] = []
  g.forEach((go, gi) =>
    p.forEach((po, pi) => {
      const cue = shared(go.cue, po.cue)
      const content = shared(go.content, po.content)
      if (cue > 0 || content > 0) candidates.push({ gi, pi, cue: cue > 0 ? 1 : 0, content })
    }),
  )
  candidates.sort((a, b) => b.cue - a.cue || b.content - a.content || a.gi - b.gi || a.pi - b.pi)
  const pairs = new Map<number, number>()
  const taken = new Set<number>()
  for (const c of candidates) {
    if (pairs.has(c.gi) || taken.has(c.pi)) continue
    pairs.set(c.gi, c.pi)
    taken.add(c.pi)
  }
  const tally = emptyTally()
  tally.relation.gold = gold.length
  tally.relation.predicted = predicted.length
  tally.relation.exact = tally.relation.overlap = pairs.size
  for (const role of ROLES) {
    tally[role].gold = g.filter((o) => o[role].length > 0).length
    tally[role].predicted = p.filter((o) => o[role].length > 0).length
    for (const [gi, pi] of pairs) {
      const a = g[gi]![role]
      const b = p[pi]![role]
      if (!a.length || !b.length) continue
      const n = shared(a, b)
      if (n > 0) tally[role].overlap++
      if (n === a.length && n === b.length) tally[role].exact++
    }
  }
  return { pairs, tally }
}

export interface Prf {
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

export function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = predicted ? tp / predicted : 0
  const recall = gold ? tp / gold : 0
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 }
}
