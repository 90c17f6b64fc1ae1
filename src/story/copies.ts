/**
 * @module story/copies — exact and near copies (syndication, re-posts under a
 * new headline, trimmed versions, added boilerplate). Bodies become word
 * 5-gram shingles; MinHash signatures with LSH banding find near-duplicate
 * candidates, and a content-sampled shingle index finds trimmed copies whose
 * Jaccard is low but whose shingles lie mostly inside the original's. No pair
 * of articles is compared unless an index brings them together.
 */
import type { Article } from './articles.js'
import { fnv1a, mix32 } from '../util/hash.js'
import {
  CONTAINMENT_SAMPLE,
  LSH_ROWS,
  COPY_WINDOW_DAYS,
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
  const wordHashes = words.map((w) => fnv1a(w))
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

/**
 * Bodies (sequence numbers) under one index key. Almost every LSH bucket and
 * sampled shingle holds a single body, so a lone one is stored as the number
 * itself: an array for each took about a third of the bench's heap.
 */
type Posting = number | number[]
type PostingIndex = Map<number, Posting>

const NO_BODIES: readonly number[] = []

function bodiesAt(index: PostingIndex, key: number): readonly number[] {
  const p = index.get(key)
  return p === undefined ? NO_BODIES : typeof p === 'number' ? [p] : p
}

function appendCapped(index: PostingIndex, key: number, value: number): void {
  const p = index.get(key)
  if (p === undefined) index.set(key, value)
  else if (typeof p === 'number') index.set(key, [p, value])
  else if (p.length < MAX_COPY_POSTING) p.push(value)
}

function removeFrom(index: PostingIndex, key: number, value: number): void {
  const p = index.get(key)
  if (p === undefined) return
  if (typeof p === 'number') {
    if (p === value) index.delete(key)
    return
  }
  const at = p.indexOf(value)
  if (at >= 0) p.splice(at, 1)
  if (p.length === 1) index.set(key, p[0]!)
}

/** One indexed body: its fingerprint and the family it belongs to. */
interface Entry {
  readonly seq: number
  readonly id: string
  readonly day: number | null
  readonly print: Fingerprint
  /** Sequence number and id of the family's original (itself for an original). */
  readonly originalSeq: number
  readonly originalId: string
  /** The storyline the family belongs to: copies join it. */
  readonly storyline: string
}

/** One indexed body as plain data (the signature as hex, 8 digits a slot). */
export interface CopyEntryState {
  readonly seq: number
  readonly id: string
  readonly day: number | null
  readonly shingles: number
  readonly signature: string
  readonly sample: readonly number[]
  readonly originalSeq: number
  readonly originalId: string
  readonly storyline: string
}

export interface CopyDetectorState {
  readonly nextSeq: number
  readonly day: number | null
  readonly entries: readonly CopyEntryState[]
}

function signatureHex(signature: Uint32Array): string {
  let out = ''
  for (const x of signature) out += x.toString(16).padStart(8, '0')
  return out
}

function signatureFromHex(hex: string): Uint32Array {
  const out = new Uint32Array(MINHASH_SIZE)
  for (let i = 0; i < MINHASH_SIZE; i++) out[i] = Number.parseInt(hex.slice(i * 8, i * 8 + 8), 16)
  return out
}

/**
 * Finds copies among articles given in processing order. Each article is
 * checked against earlier ones only; a copy points at the original of the
 * article it matched, so links never chain and the original is always the
 * earliest processed body of its family. Bodies published more than
 * COPY_WINDOW_DAYS before the newest one leave the index: re-posts follow
 * their original within days, and the index stays the same size however long
 * the stream runs.
 */
export class CopyDetector {
  private readonly entries = new Map<number, Entry>()
  private readonly bands: PostingIndex[] = Array.from({ length: BANDS }, () => new Map())
  private readonly sampleIndex: PostingIndex = new Map()
  private nextSeq: number
  private day: number | null
  /** Bodies compared so far (signature or shingle sample): a load-independent cost measure for the bench. */
  readonly work = { compared: 0 }

  constructor(
    private readonly options: ResolvedOptions,
    state?: CopyDetectorState,
  ) {
    this.nextSeq = state?.nextSeq ?? 0
    this.day = state?.day ?? null
    for (const e of state?.entries ?? []) {
      const print = { shingles: e.shingles, signature: signatureFromHex(e.signature), sample: e.sample }
      this.insert({ ...e, print })
    }
  }

  /**
   * Checks one article against the earlier ones and indexes it. A copy joins
   * its family's storyline; an original gets its storyline from `place`.
   */
  add(article: Article, place: () => string): { link: CopyLink | null; storyline: string } {
    this.advance(article.day)
    const seq = this.nextSeq++
    const print = fingerprint(article.words)
    if (print.shingles < MIN_COPY_SHINGLES) return { link: null, storyline: place() }

    let best: Entry | null = null
    let bestScore = 0
    const consider = (e: Entry, score: number): void => {
      // Prefer the family with the earliest original; within it, the closer match.
      if (best === null || e.originalSeq < best.originalSeq || (e.originalSeq === best.originalSeq && score > bestScore)) {
        best = e
        bestScore = score
      }
    }

    const seen = new Set<number>()
    for (let b = 0; b < BANDS; b++) {
      for (const j of bodiesAt(this.bands[b]!, bandKey(print.signature, b))) {
        if (seen.has(j)) continue
        seen.add(j)
        this.work.compared++
        const e = this.entries.get(j)!
        const jaccard = estimateJaccard(print.signature, e.print.signature)
        if (jaccard >= this.options.copyThreshold) consider(e, jaccard)
      }
    }

    const shared = new Map<number, number>()
    for (const s of print.sample) {
      const list = bodiesAt(this.sampleIndex, s)
      // A full list is boilerplate many bodies share: it says nothing about copying.
      if (list.length >= MAX_COPY_POSTING) continue
      for (const j of list) shared.set(j, (shared.get(j) ?? 0) + 1)
    }
    this.work.compared += shared.size
    for (const [j, count] of shared) {
      const e = this.entries.get(j)!
      const smaller = Math.min(print.sample.length, e.print.sample.length)
      if (smaller < MIN_CONTAINMENT_SAMPLES) continue
      const containment = count / smaller
      if (containment >= this.options.containmentThreshold) consider(e, containment)
    }

    const match = best as Entry | null
    const storyline = match?.storyline ?? place()
    this.insert({
      seq,
      id: article.id,
      day: article.day,
      print,
      originalSeq: match?.originalSeq ?? seq,
      originalId: match?.originalId ?? article.id,
      storyline,
    })
    const link = match === null ? null : { article: article.id, original: match.originalId, similarity: round3(bestScore) }
    return { link, storyline }
  }

  /** Copies of bodies in a merged storyline join the storyline it merged into. */
  moveStoryline(from: string, into: string): void {
    for (const e of this.entries.values()) if (e.storyline === from) this.entries.set(e.seq, { ...e, storyline: into })
  }

  state(): CopyDetectorState {
    return {
      nextSeq: this.nextSeq,
      day: this.day,
      entries: [...this.entries.values()].map((e) => ({
        seq: e.seq,
        id: e.id,
        day: e.day,
        shingles: e.print.shingles,
        signature: signatureHex(e.print.signature),
        sample: e.print.sample,
        originalSeq: e.originalSeq,
        originalId: e.originalId,
        storyline: e.storyline,
      })),
    }
  }

  private insert(e: Entry): void {
    this.entries.set(e.seq, e)
    for (let b = 0; b < BANDS; b++) appendCapped(this.bands[b]!, bandKey(e.print.signature, b), e.seq)
    for (const s of e.print.sample) appendCapped(this.sampleIndex, s, e.seq)
  }

  /** Moves the clock to a newer publication day and drops bodies that fell out of the window. */
  private advance(day: number | null): void {
    if (day === null || (this.day !== null && day <= this.day)) return
    this.day = day
    for (const e of this.entries.values()) {
      if (e.day === null || day - e.day <= COPY_WINDOW_DAYS) continue
      this.entries.delete(e.seq)
      for (let b = 0; b < BANDS; b++) removeFrom(this.bands[b]!, bandKey(e.print.signature, b), e.seq)
      for (const s of e.print.sample) removeFrom(this.sampleIndex, s, e.seq)
    }
  }
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000
}
