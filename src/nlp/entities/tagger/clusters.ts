/**
 * @module nlp/entities/tagger/clusters — word clusters learnt from text
 * without labels, in the spirit of the Brown clusters Ratinov & Roth (2009)
 * found to help perceptron NER most: words used alike ("Ankara", "Brussels";
 * "Corp", "Inc") share a path in a binary tree, and prefixes of the path are
 * features at several grains, so a name the labelled data never showed still
 * gets the weights of its neighbours in the tree. Brown's merging is
 * quadratic in the number of clusters; here each word is a vector of its
 * neighbours (the most frequent words two to the left and right, and how the
 * word is capitalised), weighted by positive PMI, and the tree is cut by
 * repeated spherical 2-means, which takes seconds. Words keep their case
 * (units' folded text, hashed): "Apple" the company and "apple" the fruit
 * fall in different clusters, which lower-cased words did not (measured in
 * docs/measurements.md). Only hashes ship.
 */
import { tokenize } from '../../sentences/tokens.js'
import { toUnits } from '../units.js'
import { hashRange } from './hashing.js'

export interface ClusterOptions {
  /** Words seen fewer times get no cluster. */
  readonly minCount: number
  /** How many of the most frequent units serve as context words. */
  readonly contexts: number
  /** Deepest path length in bits. */
  readonly depth: number
  /** A node with fewer words is not split. */
  readonly minSize: number
}

export const CLUSTER_DEFAULTS: ClusterOptions = { minCount: 3, contexts: 400, depth: 12, minSize: 8 }

/** Sorted word hashes and each one's path: the leaf's bits under a leading 1 (the root is 1, its halves 2 and 3). */
export interface WordClusters {
  readonly words: Int32Array
  readonly paths: Int32Array
}

export const NO_CLUSTERS: WordClusters = { words: new Int32Array(0), paths: new Int32Array(0) }

/** Word hash → path, for lookups. */
export function clusterMap(c: WordClusters): Map<number, number> {
  return new Map(Array.from(c.words, (w, i) => [w, c.paths[i]!]))
}

/** The first `bits` bits of a path (the whole path when it is shorter). */
export function pathPrefix(path: number, bits: number): number {
  const len = 31 - Math.clz32(path)
  return len <= bits ? path : path >>> (len - bits)
}

const OFFSETS = [-2, -1, 1, 2]
/** Case dimensions after the context ones: capitalised after a word, capitalised elsewhere (sentence start, after punctuation), lower case. */
const CASES = 3

/** Sparse rows, one per vocabulary word, L2-normalised. */
interface Rows {
  readonly ptr: Int32Array
  readonly dims: Int32Array
  readonly vals: Float64Array
  readonly width: number
}

function contextRows(texts: readonly string[], options: ClusterOptions): { vocab: Int32Array; rows: Rows } {
  const docs = texts.map((text) => toUnits(text, tokenize(text)))
  const count = new Map<number, number>()
  const hashes = docs.map((units) =>
    Int32Array.from(units, (u) => {
      const h = hashRange(u.folded, 0, u.folded.length)
      count.set(h, (count.get(h) ?? 0) + 1)
      return h
    }),
  )
  const byCount = [...count].sort((a, b) => b[1] - a[1] || a[0] - b[0])
  const contextIndex = new Map(byCount.slice(0, options.contexts).map(([h], i) => [h, i]))
  const isWord = new Set<number>()
  for (const units of docs) for (const u of units) if (u.word) isWord.add(hashRange(u.folded, 0, u.folded.length))
  const vocab = Int32Array.from(byCount.filter(([h, n]) => n >= options.minCount && isWord.has(h)).map(([h]) => h)).sort()
  const vocabIndex = new Map(Array.from(vocab, (h, i) => [h, i]))
  const width = OFFSETS.length * options.contexts + CASES
  const cells = Array.from(vocab, () => new Map<number, number>())
  const bump = (m: Map<number, number>, d: number): void => void m.set(d, (m.get(d) ?? 0) + 1)
  docs.forEach((units, k) => {
    const h = hashes[k]!
    units.forEach((u, i) => {
      const w = vocabIndex.get(h[i]!)
      if (w === undefined) return
      const cell = cells[w]!
      OFFSETS.forEach((off, o) => {
        const c = i + off >= 0 && i + off < units.length ? contextIndex.get(h[i + off]!) : undefined
        if (c !== undefined) bump(cell, o * options.contexts + c)
      })
      const base = OFFSETS.length * options.contexts
      bump(cell, base + (!u.cap ? 2 : i > 0 && units[i - 1]!.word ? 0 : 1))
    })
  })
  // Positive PMI, then unit length: frequent contexts ("the", ",") say little by themselves.
  const rowSum = new Float64Array(vocab.length)
  const colSum = new Float64Array(width)
  let total = 0
  cells.forEach((cell, w) => {
    for (const [d, n] of cell) {
      rowSum[w]! += n
      colSum[d]! += n
      total += n
    }
  })
  const ptr = new Int32Array(vocab.length + 1)
  const dims: number[] = []
  const vals: number[] = []
  cells.forEach((cell, w) => {
    const row = [...cell].sort((a, b) => a[0] - b[0])
    let norm = 0
    const start = dims.length
    for (const [d, n] of row) {
      const pmi = Math.log((n * total) / (rowSum[w]! * colSum[d]!))
      if (pmi <= 0) continue
      dims.push(d)
      vals.push(pmi)
      norm += pmi * pmi
    }
    for (let j = start; j < vals.length; j++) vals[j]! /= Math.sqrt(norm) || 1
    ptr[w + 1] = dims.length
  })
  return { vocab, rows: { ptr, dims: Int32Array.from(dims), vals: Float64Array.from(vals), width } }
}

function dot(rows: Rows, w: number, dense: Float64Array): number {
  let s = 0
  for (let j = rows.ptr[w]!; j < rows.ptr[w + 1]!; j++) s += rows.vals[j]! * dense[rows.dims[j]!]!
  return s
}

/** The normalised sum of the rows of `members`. */
function centroid(rows: Rows, members: ArrayLike<number>): Float64Array {
  const c = new Float64Array(rows.width)
  for (let m = 0; m < members.length; m++) {
    const w = members[m]!
    for (let j = rows.ptr[w]!; j < rows.ptr[w + 1]!; j++) c[rows.dims[j]!]! += rows.vals[j]!
  }
  let norm = 0
  for (const x of c) norm += x * x
  norm = Math.sqrt(norm) || 1
  for (let d = 0; d < c.length; d++) c[d]! /= norm
  return c
}

/** The member least like `c` (first on ties). */
function farthest(rows: Rows, members: Int32Array, c: Float64Array): number {
  let best = members[0]!
  let low = Infinity
  for (const w of members) {
    const s = dot(rows, w, c)
    if (s < low) {
      low = s
      best = w
    }
  }
  return best
}

/** Splits `members` in two by spherical 2-means, seeded with two far-apart words; undefined when it cannot. */
function bisect(rows: Rows, members: Int32Array): [Int32Array, Int32Array] | undefined {
  const a = farthest(rows, members, centroid(rows, members))
  let ca = centroid(rows, [a])
  let cb = centroid(rows, [farthest(rows, members, ca)])
  const side = new Uint8Array(members.length)
  for (let round = 0; round < 20; round++) {
    let moved = false
    members.forEach((w, m) => {
      const s = dot(rows, w, ca) >= dot(rows, w, cb) ? 0 : 1
      if (s !== side[m] || round === 0) moved = true
      side[m] = s
    })
    const left = members.filter((_, m) => side[m] === 0)
    const right = members.filter((_, m) => side[m] === 1)
    if (!left.length || !right.length) return undefined
    if (!moved) return [left, right]
    ca = centroid(rows, left)
    cb = centroid(rows, right)
  }
  return [members.filter((_, m) => side[m] === 0), members.filter((_, m) => side[m] === 1)]
}

/** Clusters the words of `texts`; the same texts and options always give the same paths. */
export function buildClusters(texts: readonly string[], options: ClusterOptions = CLUSTER_DEFAULTS): WordClusters {
  const { vocab, rows } = contextRows(texts, options)
  const paths = new Int32Array(vocab.length)
  const split = (members: Int32Array, path: number, depth: number): void => {
    const halves = depth < options.depth && members.length >= 2 * options.minSize ? bisect(rows, members) : undefined
    if (!halves) {
      for (const w of members) paths[w] = path
      return
    }
    split(halves[0], path * 2, depth + 1)
    split(halves[1], path * 2 + 1, depth + 1)
  }
  split(Int32Array.from(vocab, (_, i) => i), 1, 0)
  return { words: vocab, paths }
}
