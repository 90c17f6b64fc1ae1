/**
 * @module nlp/entities/tagger/model — the trained weights and decoding.
 * Weights are 16-bit integers, one row of TAG_COUNT per feature, found
 * through an open-addressing table keyed by the feature's hash, so scoring a
 * unit is a few dozen probes and additions before Viterbi (viterbi.ts).
 */
import { STATIC_COUNT, UNIT_COUNT, type UnitFeatures } from './features.js'
import { TAG_COUNT } from './tags.js'
import { feature } from './hashing.js'
import { PREV_ROWS, sentenceScores, viterbi, type EdgeBlocks, type Emit } from './viterbi.js'

const EDGE_CACHE_LIMIT = 50_000

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

/** Bytes per table slot: the feature (4) and its TAG_COUNT 16-bit weights, padded to 32 so a probe reads one cache line. */
const SLOT_BYTES = 32
const SLOT_INT32 = SLOT_BYTES / 4
const SLOT_INT16 = SLOT_BYTES / 2

export class TaggerModel {
  /** Open addressing over slots of SLOT_BYTES: the feature at int32 [s·8], its weights at int16 [s·16 + 2 ..]. */
  private readonly slotKeys: Int32Array
  private readonly slotWeights: Int16Array
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
    while (size * 0.7 < keys.length) size <<= 1
    this.mask = size - 1
    const table = new ArrayBuffer(size * SLOT_BYTES)
    this.slotKeys = new Int32Array(table)
    this.slotWeights = new Int16Array(table)
    for (let r = 0; r < keys.length; r++) {
      let s = keys[r]! & this.mask
      while (this.slotKeys[s * SLOT_INT32] !== 0) s = (s + 1) & this.mask
      this.slotKeys[s * SLOT_INT32] = keys[r]!
      this.slotWeights.set(this.weights.subarray(r * TAG_COUNT, (r + 1) * TAG_COUNT), s * SLOT_INT16 + 2)
    }
  }

  /** The slot of feature f, or -1. */
  private slot(f: number): number {
    let s = f & this.mask
    for (;;) {
      const k = this.slotKeys[s * SLOT_INT32]!
      if (k === f) return s
      if (k === 0) return -1
      s = (s + 1) & this.mask
    }
  }

  /** Adds the weight row of feature `f` to `scores[at..at+TAG_COUNT)`. */
  readonly add = (f: number, scores: Float64Array, at: number): void => {
    const s = this.slot(f)
    if (s < 0) return
    const base = s * SLOT_INT16 + 2
    for (let t = 0; t < TAG_COUNT; t++) scores[at + t]! += this.slotWeights[base + t]!
  }

  /**
   * Edge scores depend on the previous tag plus the word or the shape, so
   * they are summed once per distinct word and shape (PREV_ROWS × TAG_COUNT
   * each) and kept: a document repeats its words, and shapes are few. The
   * word blocks also carry the plain transition weights (template 30).
   */
  private readonly edgeCache = new Map<number, Float64Array>()

  private edgeBlock(template: 32 | 33, value: number): Float64Array {
    const key = feature(template, value)
    let block = this.edgeCache.get(key)
    if (!block) {
      if (this.edgeCache.size >= EDGE_CACHE_LIMIT) this.edgeCache.clear()
      block = new Float64Array(PREV_ROWS * TAG_COUNT)
      for (let prev = -1; prev < TAG_COUNT; prev++) {
        const at = (prev + 1) * TAG_COUNT
        if (template === 32) this.add(feature(30, prev), block, at)
        this.add(feature(template, Math.imul(value, 31) ^ prev), block, at)
      }
      this.edgeCache.set(key, block)
    }
    return block
  }

  /** Summed scores of the unit-only static features (features.UNIT_COUNT), per unitKey, kept like the edge blocks. */
  private readonly unitCache = new Map<number, Float64Array>()

  private readonly emit: Emit = (f, i, scores, at) => {
    const base = i * STATIC_COUNT
    let own = this.unitCache.get(f.unitKey[i]!)
    if (!own) {
      if (this.unitCache.size >= EDGE_CACHE_LIMIT) this.unitCache.clear()
      own = new Float64Array(TAG_COUNT)
      for (let s = base; s < base + UNIT_COUNT; s++) this.add(f.statics[s]!, own, 0)
      this.unitCache.set(f.unitKey[i]!, own)
    }
    for (let t = 0; t < TAG_COUNT; t++) scores[at + t]! += own[t]!
    for (let s = base + UNIT_COUNT; s < base + STATIC_COUNT; s++) this.add(f.statics[s]!, scores, at)
  }

  private readonly edges: EdgeBlocks = (f, i, k, a, b) => {
    a[k] = this.edgeBlock(32, f.word[i]!)
    b[k] = this.edgeBlock(33, f.shape[i]!)
  }

  /** The best well-formed tags for units [from, to) of one sentence, written to `out[from..to)`. */
  decode(f: UnitFeatures, from: number, to: number, out: Uint8Array): void {
    const { emission, edgeA, edgeB } = sentenceScores(this.emit, this.edges, f, from, to)
    viterbi(to - from, emission, edgeA, edgeB, f.isWord.subarray(from, to), out.subarray(from, to))
  }
}
