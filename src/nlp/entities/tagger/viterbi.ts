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

/** The score of tag t at unit k after `prev` (-1: the sentence start), emission included. */
function stepScore(emission: Float64Array, edgeA: readonly Float64Array[], edgeB: readonly Float64Array[], k: number, prev: number, t: number): number {
  const x = (prev + 1) * TAG_COUNT + t
  return emission[k * TAG_COUNT + t]! + edgeA[k]![x]! + edgeB[k]![x]!
}

/**
 * How sure the decoder is of each name's type: for the name on units
 * [first, end) of `tags`, the score of the decoded path minus the best score
 * of the same path with that name given another type (same BILOU parts, the
 * rest of the path held), written to `margin[first]`. The perceptron's
 * scores are not probabilities, but a small gap marks a type the weights
 * barely prefer, which a lone surname or an isolated one-word name often is.
 */
export function typeMargins(
  n: number,
  emission: Float64Array,
  edgeA: readonly Float64Array[],
  edgeB: readonly Float64Array[],
  tags: Uint8Array,
  margin: Float64Array,
): void {
  const alt = new Uint8Array(n)
  for (let first = 0; first < n; first++) {
    const t0 = tags[first]!
    if (t0 === 0) continue
    const part = (t0 - 1) % 4
    if (part !== 0 && part !== 3) continue // B or U opens a name
    let end = first + 1
    if (part === 0) while (end < n && (tags[end - 1]! - 1) % 4 !== 2) end++
    // Units whose score changes with the name's type: the name and the unit after it.
    const stop = Math.min(n, end + 1)
    const pathScore = (t: Uint8Array): number => {
      let s = 0
      for (let k = first; k < stop; k++) s += stepScore(emission, edgeA, edgeB, k, k === 0 ? -1 : t[k - 1]!, t[k]!)
      return s
    }
    alt.set(tags.subarray(Math.max(0, first - 1), stop), Math.max(0, first - 1))
    const own = pathScore(tags)
    let rival = -Infinity
    for (let type = 0; type * 4 + 1 < TAG_COUNT; type++) {
      if (type === (t0 - 1) >> 2) continue
      for (let k = first; k < end; k++) alt[k] = 1 + 4 * type + ((tags[k]! - 1) % 4)
      rival = Math.max(rival, pathScore(alt))
    }
    margin[first] = own - rival
    first = end - 1
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
