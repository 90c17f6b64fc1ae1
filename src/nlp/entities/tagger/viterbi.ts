/**
 * @module nlp/entities/tagger/viterbi — the best tag sequence of one sentence
 * under first-order scores, restricted to well-formed BILOU (tags.allowed).
 * Training and run time share it; each fills the score arrays from its own
 * weights. Greedy decoding was tried first: once it opened a name it could
 * not back out, and training under that constraint stalled.
 */
import { EDGE_COUNT, edgeFeatures, STATIC_COUNT, type UnitFeatures } from './features.js'
import { ALLOWED, PREV_COUNTS, PREVS, TAG_COUNT } from './tags.js'

/** Rows of edge scores per unit: one for each previous tag, plus one (row 0) for the sentence start. */
export const PREV_ROWS = TAG_COUNT + 1
/** Scores in one edge block: PREV_ROWS rows of TAG_COUNT. */
export const EDGE_BLOCK = PREV_ROWS * TAG_COUNT

/**
 * The scores of one sentence of n units. `emission[k·T + t]`: score of tag t
 * at unit k; the score of tag t at unit k after `prev` is
 * `a[offA[k] + (prev + 1)·T + t] + b[offB[k] + (prev + 1)·T + t]` (two pools
 * of edge blocks, so run time can point into its cached per-word and
 * per-shape blocks without copying them).
 */
export interface SentenceScores {
  readonly emission: Float64Array
  readonly a: Float64Array
  readonly offA: Int32Array
  readonly b: Float64Array
  readonly offB: Int32Array
}

/**
 * Arrays reused from sentence to sentence, grown to the longest seen:
 * allocating them per sentence cost about a tenth of the stage in garbage
 * collection. Decoding is synchronous and never nested, so one set serves.
 */
let best = new Float64Array(0)
let back = new Int8Array(0)

/** Writes the best tags of the sentence's units to `out[at .. at + n)`; `isWord[at + k]` is 1 for a word unit. */
export function viterbi(n: number, scores: SentenceScores, isWord: ArrayLike<number>, out: Uint8Array, at = 0): void {
  const T = TAG_COUNT
  const { emission, a, offA, b, offB } = scores
  if (best.length < n * T) {
    best = new Float64Array(n * T)
    back = new Int8Array(n * T)
  }
  best.fill(-Infinity, 0, n * T)
  for (let k = 0; k < n; k++) {
    const flags = (k === n - 1 ? 2 : 0) + (isWord[at + k] === 1 ? 1 : 0)
    const ea = offA[k]!
    const eb = offB[k]!
    for (let t = 0; t < T; t++) {
      const e = emission[k * T + t]!
      if (k === 0) {
        if (ALLOWED[t * 4 + flags]) best[t] = e + (a[ea + t]! + b[eb + t]!)
        continue
      }
      let top = -Infinity
      let from = -1
      const list = (t * 4 + flags) * T
      for (let j = 0, count = PREV_COUNTS[t * 4 + flags]!; j < count; j++) {
        const p = PREVS[list + j]!
        const prev = best[(k - 1) * T + p]!
        if (prev === -Infinity) continue
        const x = (p + 1) * T + t
        const s = prev + (a[ea + x]! + b[eb + x]!)
        if (s > top) {
          top = s
          from = p
        }
      }
      if (from >= 0) {
        best[k * T + t] = top + e
        back[k * T + t] = from
      }
    }
  }
  // Every state reached this sentence has its back pointer set, and the all-O path always exists.
  let tag = 0
  for (let t = 1; t < T; t++) if (best[(n - 1) * T + t]! > best[(n - 1) * T + tag]!) tag = t
  for (let k = n - 1; k >= 0; k--) {
    out[at + k] = tag
    tag = back[k * T + tag]!
  }
}

/** Adds the weights of feature `f` to `scores[at..at+TAG_COUNT)`. */
export type AddWeights = (f: number, scores: Float64Array, at: number) => void

/** Scores of units [from, to) of one sentence; valid until the next call. */
export type Scorer = (f: UnitFeatures, from: number, to: number) => SentenceScores

/** Scores straight from the weights, as training needs them while its weights move: one fresh edge block per unit. */
export function scorerFrom(add: AddWeights): Scorer {
  const feats = new Int32Array(EDGE_COUNT)
  let emission = new Float64Array(0)
  let a = new Float64Array(0)
  let offA = new Int32Array(0)
  let offB = new Int32Array(0)
  const b = new Float64Array(EDGE_BLOCK)
  return (f, from, to) => {
    const n = to - from
    if (offA.length < n) {
      emission = new Float64Array(n * TAG_COUNT)
      a = new Float64Array(n * EDGE_BLOCK)
      offA = Int32Array.from({ length: n }, (_, k) => k * EDGE_BLOCK)
      offB = new Int32Array(n)
    }
    emission.fill(0, 0, n * TAG_COUNT)
    a.fill(0, 0, n * EDGE_BLOCK)
    for (let k = 0; k < n; k++) {
      const i = from + k
      for (let s = i * STATIC_COUNT; s < (i + 1) * STATIC_COUNT; s++) add(f.statics[s]!, emission, k * TAG_COUNT)
      for (let prev = -1; prev < TAG_COUNT; prev++) {
        edgeFeatures(f, i, prev, feats)
        for (let e = 0; e < EDGE_COUNT; e++) add(feats[e]!, a, k * EDGE_BLOCK + (prev + 1) * TAG_COUNT)
      }
    }
    return { emission, a, offA, b, offB }
  }
}
