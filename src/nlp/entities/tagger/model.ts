/**
 * @module nlp/entities/tagger/model — the trained weights and decoding.
 * Weights are 16-bit integers, one row of TAG_COUNT per feature, found
 * through an open-addressing table keyed by the feature's hash, so scoring a
 * unit is a few dozen probes and additions before Viterbi (viterbi.ts).
 */
import type { UnitFeatures } from './features.js'
import { TAG_COUNT } from './tags.js'
import { sentenceScores, viterbi } from './viterbi.js'

export interface ModelInfo {
  readonly featureVersion: number
  /** The training sets, as "<set>/<file>[#first-last sentence]" (see sources.ts). */
  readonly trainedOn: readonly string[]
  readonly epochs: number
  readonly seed: number
}

/** What a model holds besides its weights. */
export interface ModelParts {
  /** `keys[r]` is the feature of weight row r. */
  readonly keys: Int32Array
  /** The rows, TAG_COUNT 16-bit weights each. */
  readonly weights: Int16Array
  /** Sorted hashes of common lower-case words (lexicon.ts). */
  readonly lowercaseWords: Int32Array
}

export class TaggerModel {
  private readonly slots: Int32Array
  private readonly rows: Int32Array
  private readonly mask: number
  readonly keys: Int32Array
  readonly weights: Int16Array
  readonly lowercaseWords: Int32Array
  readonly lowercase: ReadonlySet<number>

  constructor(
    parts: ModelParts,
    readonly info: ModelInfo,
  ) {
    const keys = (this.keys = parts.keys)
    this.weights = parts.weights
    this.lowercaseWords = parts.lowercaseWords
    this.lowercase = new Set(parts.lowercaseWords)
    let size = 1
    while (size < keys.length * 2) size <<= 1
    this.mask = size - 1
    this.slots = new Int32Array(size)
    this.rows = new Int32Array(size)
    for (let r = 0; r < keys.length; r++) {
      let s = keys[r]! & this.mask
      while (this.slots[s] !== 0) s = (s + 1) & this.mask
      this.slots[s] = keys[r]!
      this.rows[s] = r
    }
  }

  private row(f: number): number {
    let s = f & this.mask
    for (;;) {
      const k = this.slots[s]!
      if (k === f) return this.rows[s]!
      if (k === 0) return -1
      s = (s + 1) & this.mask
    }
  }

  /** Adds the weight row of feature `f` to `scores[at..at+TAG_COUNT)`. */
  readonly add = (f: number, scores: Float64Array, at: number): void => {
    const r = this.row(f)
    if (r < 0) return
    const base = r * TAG_COUNT
    for (let t = 0; t < TAG_COUNT; t++) scores[at + t]! += this.weights[base + t]!
  }

  /** The best well-formed tags for units [from, to) of one sentence, written to `out[from..to)`. */
  decode(f: UnitFeatures, from: number, to: number, out: Uint8Array): void {
    const { emission, edge } = sentenceScores(this.add, f, from, to)
    viterbi(to - from, emission, edge, f.isWord.subarray(from, to), out.subarray(from, to))
  }
}
