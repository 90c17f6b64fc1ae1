/**
 * @module story/copies — exact and near copies (syndication, re-posts under a
 * new headline, trimmed versions, added boilerplate). Bodies become word
 * 5-gram shingles; MinHash signatures with LSH banding find near-duplicate
 * candidates, and a content-sampled shingle index finds trimmed copies whose
 * Jaccard is low but whose shingles lie mostly inside the original's. No pair
 * of articles is compared unless an index brings them together.
 */
import type { Article } from './articles.js'
import { hashString, mix32 } from './articles.js'
import {
  CONTAINMENT_SAMPLE,
  LSH_ROWS,
  MAX_COPY_POSTING,
  MIN_CONTAINMENT_SAMPLES,
  MIN_COPY_SHINGLES,
  MINHASH_SIZE,
  SHINGLE_WORDS,
  type ResolvedOptions,
} from './options.js'
import type { CopyLink } from './types.js'

/** Fixed seeds, one per MinHash function, from a constant: the same signatures on every run. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(MINHASH_SIZE)
  let state = 0x2545f491
  for (let i = 0; i < MINHASH_SIZE; i++) {
    state = (state + 0x9e3779b9) >>> 0
    seeds[i] = mix32(state)
  }
  return seeds
})()

const BANDS = Math.floor(MINHASH_SIZE / LSH_ROWS)

interface Fingerprint {
  readonly shingles: number
  readonly signature: Uint32Array
  /** Sampled shingle hashes, unique. */
  readonly sample: readonly number[]
}

/** Unique hashes of the body's word 5-grams. */
function shingleHashes(words: readonly string[]): Set<number> {
  const out = new Set<number>()
  if (words.length < SHINGLE_WORDS) return out
  const wordHashes = words.map(hashString)
  for (let i = 0; i + SHINGLE_WORDS <= wordHashes.length; i++) {
    let h = 0x9747b28c
    for (let j = 0; j < SHINGLE_WORDS; j++) h = mix32(Math.imul(h ^ wordHashes[i + j]!, 0x5bd1e995))
    out.add(h)
  }
  return out
}

function fingerprint(words: readonly string[]): Fingerprint {
  const shingles = shingleHashes(words)
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff)
  const sample: number[] = []
  for (const s of shingles) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const v = mix32(s ^ SEEDS[i]!)
      if (v < signature[i]!) signature[i] = v
    }
    if (s % CONTAINMENT_SAMPLE === 0) sample.push(s)
  }
  return { shingles: shingles.size, signature, sample }
}

/** Share of equal MinHash slots: an unbiased estimate of the Jaccard similarity of the shingle sets. */
function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++
  return same / MINHASH_SIZE
}

function bandKey(signature: Uint32Array, band: number): number {
  let h = band
  for (let r = 0; r < LSH_ROWS; r++) h = mix32(Math.imul(h ^ signature[band * LSH_ROWS + r]!, 0x5bd1e995))
  return h
}

function appendCapped(index: Map<number, number[]>, key: number, value: number): void {
  const list = index.get(key)
  if (!list) index.set(key, [value])
  else if (list.length < MAX_COPY_POSTING) list.push(value)
}

/**
 * Finds the copies among articles given in publication order. Each article is
 * checked against earlier ones only; a copy points at the original of the
 * article it matched, so links never chain and the original is always the
 * earliest published (then smallest id) body of its family.
 */
export function detectCopies(articles: readonly Article[], options: ResolvedOptions): CopyLink[] {
  const prints = articles.map((a) => fingerprint(a.words))
  const bands: Map<number, number[]>[] = Array.from({ length: BANDS }, () => new Map())
  const sampleIndex = new Map<number, number[]>()
  const originalOf: number[] = articles.map((a) => a.index)
  const links: CopyLink[] = []

  for (const article of articles) {
    const i = article.index
    const print = prints[i]!
    if (print.shingles < MIN_COPY_SHINGLES) continue
    const keys = Array.from({ length: BANDS }, (_, b) => bandKey(print.signature, b))

    let best = -1
    let bestScore = 0
    const consider = (j: number, score: number): void => {
      const root = originalOf[j]!
      // Prefer the family with the earliest original; within it, the closer match.
      if (best < 0 || root < originalOf[best]! || (root === originalOf[best]! && score > bestScore)) {
        best = j
        bestScore = score
      }
    }

    const seen = new Set<number>()
    for (let b = 0; b < BANDS; b++) {
      for (const j of bands[b]!.get(keys[b]!) ?? []) {
        if (seen.has(j)) continue
        seen.add(j)
        const jaccard = estimateJaccard(print.signature, prints[j]!.signature)
        if (jaccard >= options.copyThreshold) consider(j, jaccard)
      }
    }

    const shared = new Map<number, number>()
    for (const s of print.sample) {
      for (const j of sampleIndex.get(s) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1)
    }
    for (const [j, count] of shared) {
      const smaller = Math.min(print.sample.length, prints[j]!.sample.length)
      if (smaller < MIN_CONTAINMENT_SAMPLES) continue
      const containment = count / smaller
      if (containment >= options.containmentThreshold) consider(j, containment)
    }

    if (best >= 0) {
      const original = originalOf[best]!
      originalOf[i] = original
      links.push({ article: article.id, original: articles[original]!.id, similarity: round3(bestScore) })
    }
    for (let b = 0; b < BANDS; b++) appendCapped(bands[b]!, keys[b]!, i)
    for (const s of print.sample) appendCapped(sampleIndex, s, i)
  }
  return links
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000
}
