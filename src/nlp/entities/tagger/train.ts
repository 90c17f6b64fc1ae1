/**
 * @module nlp/entities/tagger/train — averaged structured perceptron. Each
 * epoch walks the sentences in a seeded shuffle, decodes each with the
 * current weights exactly as at run time (Viterbi) and moves weights from the
 * features of the decoded path to those of the gold one. The average over all steps is pruned of tiny rows and rounded to 16-bit
 * integers.
 */
import { EDGE_COUNT, edgeFeatures, FEATURE_VERSION, STATIC_COUNT, type UnitFeatures } from './features.js'
import { seededRandom } from '../../../util/random.js'
import { TaggerModel } from './model.js'
import { TAG_COUNT } from './tags.js'
import { scorerFrom, viterbi } from './viterbi.js'

/** One sentence: its features (sentence-local) and gold tags. */
export interface TrainingSentence {
  readonly features: UnitFeatures
  readonly gold: Uint8Array
}

export interface TrainOptions {
  readonly epochs: number
  readonly seed: number
  readonly trainedOn: readonly string[]
  /** The lexicon the training features were computed with; it ships with the weights. */
  readonly lowercaseWords: Int32Array
  /** Rows whose largest averaged weight stays below this are dropped. */
  readonly prune: number
  /** Called after each epoch with the share of units tagged right in it. */
  readonly progress?: (epoch: number, accuracy: number) => void
}

class Weights {
  private readonly index = new Map<number, number>()
  private capacity = 4096
  private w = new Float64Array(this.capacity * TAG_COUNT)
  private total = new Float64Array(this.capacity * TAG_COUNT)
  /** Clock value when each row was last brought up to date. */
  private stamp = new Int32Array(this.capacity)
  /** Number of steps so far: the averaging clock. */
  clock = 0

  rowOf(f: number, create: boolean): number {
    let r = this.index.get(f)
    if (r === undefined && create) {
      r = this.index.size
      this.index.set(f, r)
      if (r >= this.capacity) this.grow()
    }
    return r ?? -1
  }

  private grow(): void {
    this.capacity *= 2
    const w = new Float64Array(this.capacity * TAG_COUNT)
    const total = new Float64Array(this.capacity * TAG_COUNT)
    const stamp = new Int32Array(this.capacity)
    w.set(this.w)
    total.set(this.total)
    stamp.set(this.stamp)
    this.w = w
    this.total = total
    this.stamp = stamp
  }

  readonly add = (f: number, scores: Float64Array, at: number): void => {
    const r = this.rowOf(f, false)
    if (r < 0) return
    for (let t = 0; t < TAG_COUNT; t++) scores[at + t]! += this.w[r * TAG_COUNT + t]!
  }

  /** Moves the weight of feature `f` for `tag` by `delta`. */
  update(f: number, tag: number, delta: number): void {
    const r = this.rowOf(f, true)
    const base = r * TAG_COUNT
    // Lazy averaging: bring the row's running total up to now before it changes.
    const elapsed = this.clock - this.stamp[r]!
    if (elapsed) for (let t = 0; t < TAG_COUNT; t++) this.total[base + t]! += elapsed * this.w[base + t]!
    this.stamp[r] = this.clock
    this.w[base + tag]! += delta
  }

  averaged(prune: number): { keys: Int32Array; weights: Int16Array } {
    const kept: { key: number; avg: Float64Array }[] = []
    let max = 0
    for (const [key, r] of this.index) {
      const avg = new Float64Array(TAG_COUNT)
      let rowMax = 0
      for (let t = 0; t < TAG_COUNT; t++) {
        const i = r * TAG_COUNT + t
        avg[t] = (this.total[i]! + (this.clock - this.stamp[r]!) * this.w[i]!) / Math.max(1, this.clock)
        rowMax = Math.max(rowMax, Math.abs(avg[t]!))
      }
      if (rowMax < prune) continue
      kept.push({ key, avg })
      max = Math.max(max, rowMax)
    }
    // Sorted keys make the file identical across runs whatever the Map order.
    kept.sort((a, b) => a.key - b.key)
    const scale = max > 0 ? 32767 / max : 1
    const keys = new Int32Array(kept.length)
    const weights = new Int16Array(kept.length * TAG_COUNT)
    kept.forEach(({ key, avg }, r) => {
      keys[r] = key
      for (let t = 0; t < TAG_COUNT; t++) weights[r * TAG_COUNT + t] = Math.round(avg[t]! * scale)
    })
    return { keys, weights }
  }
}

/** Structured perceptron step: where the best path and gold differ, move weights from the path's features to gold's. */
function learn(weights: Weights, f: UnitFeatures, gold: Uint8Array, guess: Uint8Array): void {
  const edge = new Int32Array(EDGE_COUNT)
  for (let k = 0; k < gold.length; k++) {
    const g = gold[k]!
    const p = guess[k]!
    const gPrev = k ? gold[k - 1]! : -1
    const pPrev = k ? guess[k - 1]! : -1
    if (g !== p) {
      for (let s = k * STATIC_COUNT; s < (k + 1) * STATIC_COUNT; s++) {
        weights.update(f.statics[s]!, g, 1)
        weights.update(f.statics[s]!, p, -1)
      }
    }
    if (g !== p || gPrev !== pPrev) {
      edgeFeatures(f, k, gPrev, edge)
      for (const e of edge) weights.update(e, g, 1)
      edgeFeatures(f, k, pPrev, edge)
      for (const e of edge) weights.update(e, p, -1)
    }
  }
}

export function train(sentences: readonly TrainingSentence[], options: TrainOptions): TaggerModel {
  const weights = new Weights()
  const random = seededRandom(options.seed)
  const order = sentences.map((_, i) => i)
  const score = scorerFrom(weights.add)
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    let right = 0
    let seen = 0
    for (const s of order) {
      const { features, gold } = sentences[s]!
      const guess = new Uint8Array(gold.length)
      viterbi(gold.length, score(features, 0, gold.length), features.isWord, guess)
      weights.clock++
      for (let k = 0; k < gold.length; k++) if (gold[k] === guess[k]) right++
      seen += gold.length
      learn(weights, features, gold, guess)
    }
    options.progress?.(epoch, seen ? right / seen : 1)
  }
  const { keys, weights: rows } = weights.averaged(options.prune)
  return new TaggerModel({ keys, weights: rows, lowercaseWords: options.lowercaseWords }, { featureVersion: FEATURE_VERSION, trainedOn: options.trainedOn, epochs: options.epochs, seed: options.seed })
}
