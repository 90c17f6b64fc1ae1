/**
 * @module nlp/entities/tagger/model — the trained weights and decoding.
 * Weights are 16-bit integers, one row of TAG_COUNT per feature, found
 * through an open-addressing table keyed by the feature's hash, so scoring a
 * unit is a few dozen probes and additions before Viterbi (viterbi.ts).
 */
import { STATIC_COUNT, UNIT_COUNT, type UnitFeatures } from './features.js'
import { TAG_COUNT } from './tags.js'
import { feature } from './hashing.js'
import { ScoreCache } from './score-cache.js'
import { EDGE_BLOCK, viterbi } from './viterbi.js'

/** Entries each score cache keeps before it is emptied: distinct words, word shapes and unit texts across documents. */
const WORD_LIMIT = 8192
const SHAPE_LIMIT = 1024
const UNIT_LIMIT = 16384
const NO_CHECK = new Int32Array(0)

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
  /**
   * Open addressing over the features, kept at most half full: slot s holds a
   * feature at [2s] and its weight row's number at [2s + 1]. Probes read only
   * this small array (a feature the model lacks touches no weights): it is
   * a quarter of the 32-byte slots with the weights inline used before, and
   * a profile put most of the scoring time on the table's memory loads.
   */
  private readonly table: Int32Array
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
    this.table = new Int32Array(size * 2)
    for (let r = 0; r < keys.length; r++) {
      let s = keys[r]! & this.mask
      while (this.table[s * 2] !== 0) s = (s + 1) & this.mask
      this.table[s * 2] = keys[r]!
      this.table[s * 2 + 1] = r
    }
  }

  /** The weight row of feature `f`, or -1. */
  private row(f: number): number {
    let s = f & this.mask
    for (;;) {
      const k = this.table[s * 2]!
      if (k === f) return this.table[s * 2 + 1]!
      if (k === 0) return -1
      s = (s + 1) & this.mask
    }
  }

  /** Adds the weight row of feature `f` to `scores[at..at+TAG_COUNT)`. */
  readonly add = (f: number, scores: Float64Array, at: number): void => {
    const r = this.row(f)
    if (r < 0) return
    for (let t = 0; t < TAG_COUNT; t++) scores[at + t]! += this.weights[r * TAG_COUNT + t]!
  }

  /**
   * Edge scores depend on the previous tag plus the word or the shape, so
   * they are summed once per distinct word and shape (PREV_ROWS × TAG_COUNT
   * each) and kept: a document repeats its words, and shapes are few. The
   * word blocks also carry the plain transition weights (template 30).
   */
  private readonly wordEdges = new ScoreCache(EDGE_BLOCK, 0, WORD_LIMIT)
  private readonly shapeEdges = new ScoreCache(EDGE_BLOCK, 0, SHAPE_LIMIT)
  /** Summed scores of the unit-only static features (features.UNIT_COUNT), per unitKey, checked against those features. */
  private readonly unitScores = new ScoreCache(TAG_COUNT, UNIT_COUNT, UNIT_LIMIT)
  private emission = new Float64Array(0)
  private readonly rows = new Int32Array(STATIC_COUNT)
  private offA = new Int32Array(0)
  private offB = new Int32Array(0)

  /** The entry of the edge block of `template` and `value` in `cache`. */
  private edgeBlock(cache: ScoreCache, template: 32 | 33, value: number): number {
    let e = cache.find(value, NO_CHECK, 0)
    if (e < 0) {
      e = ~e
      for (let prev = -1; prev < TAG_COUNT; prev++) {
        const at = e * EDGE_BLOCK + (prev + 1) * TAG_COUNT
        if (template === 32) this.add(feature(30, prev), cache.blocks, at)
        this.add(feature(template, Math.imul(value, 31) ^ prev), cache.blocks, at)
      }
    }
    return e
  }

  /** Writes unit i's emission scores (its static features) to `emission[at .. at + TAG_COUNT)`. */
  private emit(f: UnitFeatures, i: number, at: number): void {
    const base = i * STATIC_COUNT
    const cache = this.unitScores
    let e = cache.find(f.unitKey[i]!, f.statics, base)
    if (e < 0) {
      e = ~e
      for (let s = base; s < base + UNIT_COUNT; s++) this.add(f.statics[s]!, cache.blocks, e * TAG_COUNT)
    }
    const emission = this.emission
    for (let t = 0; t < TAG_COUNT; t++) emission[at + t] = cache.blocks[e * TAG_COUNT + t]!
    // All probes first, then the additions, so the probes' memory loads overlap rather than each
    // waiting behind the additions before it.
    const rows = this.rows
    let found = 0
    for (let s = base + UNIT_COUNT; s < base + STATIC_COUNT; s++) {
      const r = this.row(f.statics[s]!)
      if (r >= 0) rows[found++] = r * TAG_COUNT
    }
    for (let j = 0; j < found; j++) {
      const w = rows[j]!
      for (let t = 0; t < TAG_COUNT; t++) emission[at + t]! += this.weights[w + t]!
    }
  }

  /** The best well-formed tags for units [from, to) of one sentence, written to `out[from..to)`. */
  decode(f: UnitFeatures, from: number, to: number, out: Uint8Array): void {
    const n = to - from
    if (this.offA.length < n) {
      this.emission = new Float64Array(n * TAG_COUNT)
      this.offA = new Int32Array(n)
      this.offB = new Int32Array(n)
    }
    // Entry numbers stay valid from here to the end of the sentence.
    this.wordEdges.trim()
    this.shapeEdges.trim()
    this.unitScores.trim()
    for (let k = 0; k < n; k++) {
      this.emit(f, from + k, k * TAG_COUNT)
      this.offA[k] = this.edgeBlock(this.wordEdges, 32, f.word[from + k]!) * EDGE_BLOCK
      this.offB[k] = this.edgeBlock(this.shapeEdges, 33, f.shape[from + k]!) * EDGE_BLOCK
    }
    const scores = { emission: this.emission, a: this.wordEdges.blocks, offA: this.offA, b: this.shapeEdges.blocks, offB: this.offB }
    viterbi(n, scores, f.isWord, out, from)
  }
}
