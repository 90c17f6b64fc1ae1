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

/**
 * `emission[k·T + t]`: score of tag t at unit k; the score of tag t at unit k
 * after `prev` is `edgeA[k][(prev + 1)·T + t] + edgeB[k][(prev + 1)·T + t]`
 * (two blocks so run time can pass its cached per-word and per-shape blocks
 * without copying). Writes the best tags to `out[0..n)`.
 */
export function viterbi(
  n: number,
  emission: Float64Array,
  edgeA: readonly Float64Array[],
  edgeB: readonly Float64Array[],
  isWord: ArrayLike<number>,
  out: Uint8Array,
): void {
  const T = TAG_COUNT
  const best = new Float64Array(n * T).fill(-Infinity)
  const back = new Int8Array(n * T)
  for (let k = 0; k < n; k++) {
    const flags = (k === n - 1 ? 2 : 0) + (isWord[k] === 1 ? 1 : 0)
    const ea = edgeA[k]!
    const eb = edgeB[k]!
    for (let t = 0; t < T; t++) {
      const e = emission[k * T + t]!
      if (k === 0) {
        if (ALLOWED[t * 4 + flags]) best[t] = e + (ea[t]! + eb[t]!)
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
        const s = prev + (ea[x]! + eb[x]!)
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
  let tag = 0
  for (let t = 1; t < T; t++) if (best[(n - 1) * T + t]! > best[(n - 1) * T + tag]!) tag = t
  for (let k = n - 1; k >= 0; k--) {
    out[k] = tag
    tag = back[k * T + tag]!
  }
}

/** Adds the weights of feature `f` to `scores[at..at+TAG_COUNT)`. */
export type AddWeights = (f: number, scores: Float64Array, at: number) => void
/** Sets `a[k]` and `b[k]` to the edge blocks of unit i (PREV_ROWS × TAG_COUNT scores each; row 0: after the sentence start). */
export type EdgeBlocks = (f: UnitFeatures, i: number, k: number, a: Float64Array[], b: Float64Array[]) => void

const NO_EDGES = new Float64Array(PREV_ROWS * TAG_COUNT)

/** Edge blocks summed straight from the weights: what training needs, as its weights move. */
export function edgesFrom(add: AddWeights): EdgeBlocks {
  const feats = new Int32Array(EDGE_COUNT)
  return (f, i, k, a, b) => {
    const block = new Float64Array(PREV_ROWS * TAG_COUNT)
    for (let prev = -1; prev < TAG_COUNT; prev++) {
      edgeFeatures(f, i, prev, feats)
      for (let e = 0; e < EDGE_COUNT; e++) add(feats[e]!, block, (prev + 1) * TAG_COUNT)
    }
    a[k] = block
    b[k] = NO_EDGES
  }
}

/** Adds the static-feature scores of unit i to `scores[at..at+TAG_COUNT)`. */
export type Emit = (f: UnitFeatures, i: number, scores: Float64Array, at: number) => void

/** Emission scores straight from the weights, for training. */
export function emissionFrom(add: AddWeights): Emit {
  return (f, i, scores, at) => {
    for (let s = i * STATIC_COUNT; s < (i + 1) * STATIC_COUNT; s++) add(f.statics[s]!, scores, at)
  }
}

/** The emission scores and edge blocks of units [from, to) of one sentence (see viterbi). */
export function sentenceScores(
  emit: Emit,
  edges: EdgeBlocks,
  f: UnitFeatures,
  from: number,
  to: number,
): { emission: Float64Array; edgeA: Float64Array[]; edgeB: Float64Array[] } {
  const n = to - from
  const emission = new Float64Array(n * TAG_COUNT)
  const edgeA: Float64Array[] = new Array<Float64Array>(n)
  const edgeB: Float64Array[] = new Array<Float64Array>(n)
  for (let k = 0; k < n; k++) {
    const i = from + k
    emit(f, i, emission, k * TAG_COUNT)
    edges(f, i, k, edgeA, edgeB)
  }
  return { emission, edgeA, edgeB }
}
