/**
 * @module nlp/entities/tagger/features — the tagger's view of each unit, as
 * hashed integer features. Everything that depends only on the text (the
 * word, its neighbours, shape, affixes, sentence position, KB membership) is
 * computed once per document into one flat Int32Array; the decoder adds the
 * few edge features that pair the previous tag with the word and its shape.
 */
import type { Gazetteer } from '../kb.js'
import type { Unit } from '../units.js'
import { gazetteerCodes } from './gazetteer.js'
import { feature, hashRange } from './hashing.js'

/** Bump when templates change: a model trained on other templates is refused. */
export const FEATURE_VERSION = 1
export const STATIC_COUNT = 25
/** Static features that depend on the unit's own text only; they come first in each unit's row. */
export const UNIT_COUNT = 9
/** Features of a transition: they depend on the previous unit's tag as well. */
export const EDGE_COUNT = 3

const OUTSIDE = 0x5bad5bad
const OPENING = new Set(['"', '“', '‘', "'", '(', '[', ':', '—', '–', '-', ';'])

/** Word shape of the folded text with runs collapsed ("Xx", "X.X.", "dd" → "d"), hashed. */
function shapeHash(s: string): number {
  let h = 0x811c9dc5
  let prev = -1
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const cls = c >= 65 && c <= 90 ? 88 : c >= 97 && c <= 122 ? 120 : c >= 48 && c <= 57 ? 100 : c > 127 ? (s[i] === s[i]!.toLowerCase() ? 120 : 88) : c
    if (cls === prev) continue
    prev = cls
    h = Math.imul(h ^ cls, 0x01000193)
  }
  return h | 0
}

/** Per-document precomputation: static features for every unit, plus the values the dynamic ones combine. */
export interface UnitFeatures {
  readonly statics: Int32Array
  readonly word: Int32Array
  readonly shape: Int32Array
  /** 1 for letter or digit units, 0 for punctuation. */
  readonly isWord: Uint8Array
  /** Hash of what the first UNIT_COUNT static features depend on (folded text, possessive): a cache key. */
  readonly unitKey: Int32Array
}

/**
 * Static features of every unit; `sentenceOf` gives each unit's sentence
 * number (features never cross it), `lowercase` the model's lexicon of common
 * lower-case words (see lexicon.ts).
 */
export function unitFeatures(
  text: string,
  units: readonly Unit[],
  sentenceOf: Int32Array,
  kb: Gazetteer,
  lowercase: ReadonlySet<number>,
): UnitFeatures {
  const n = units.length
  const word = new Int32Array(n)
  const shape = new Int32Array(n)
  const initial = new Uint8Array(n)
  const isWord = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    const u = units[i]!
    isWord[i] = u.word ? 1 : 0
    word[i] = hashRange(u.key, 0, u.key.length)
    shape[i] = shapeHash(u.folded)
    const prev = i > 0 && sentenceOf[i - 1] === sentenceOf[i] ? units[i - 1]! : undefined
    initial[i] = !prev || (!prev.word && OPENING.has(text.slice(prev.start, prev.end))) ? 1 : 0
  }
  // Words the document also writes capitalised mid-sentence: a capital at a sentence start then says less.
  const capitalisedInside = new Set<number>()
  for (let i = 0; i < n; i++) if (units[i]!.cap && !initial[i]) capitalisedInside.add(word[i]!)
  const gaz = gazetteerCodes(units, sentenceOf, kb)
  const statics = new Int32Array(n * STATIC_COUNT)
  const unitKey = new Int32Array(n)
  const at = (i: number, k: number): number => (i + k >= 0 && i + k < n && sentenceOf[i + k] === sentenceOf[i] ? i + k : -1)
  const wordAt = (j: number): number => (j < 0 ? OUTSIDE : word[j]!)
  const shapeAt = (j: number): number => (j < 0 ? OUTSIDE : shape[j]!)
  const gazAt = (j: number): number => (j < 0 ? 255 : gaz[j]!)
  for (let i = 0; i < n; i++) {
    const u = units[i]!
    const key = u.key
    const len = key.length
    const p1 = at(i, -1)
    const n1 = at(i, 1)
    const w0 = word[i]!
    const s0 = shape[i]!
    const folded = hashRange(u.folded, 0, u.folded.length)
    unitKey[i] = Math.imul(folded, 31) ^ (u.possessive ? 1 : 0)
    let o = i * STATIC_COUNT
    // The first UNIT_COUNT depend on the unit's own text alone (see unitKey).
    statics[o++] = feature(0, 0)
    statics[o++] = feature(1, w0)
    statics[o++] = feature(6, s0)
    statics[o++] = feature(9, hashRange(key, Math.max(0, len - 2), len))
    statics[o++] = feature(10, hashRange(key, Math.max(0, len - 3), len))
    statics[o++] = feature(11, hashRange(key, Math.max(0, len - 4), len))
    statics[o++] = feature(12, hashRange(key, 0, Math.min(3, len)))
    statics[o++] = feature(21, Math.min(len, 6) * 4 + (u.possessive ? 1 : 0) + (u.cap && u.folded === u.folded.toUpperCase() ? 2 : 0))
    statics[o++] = feature(22, u.cap ? folded : w0)
    statics[o++] = feature(2, wordAt(p1))
    statics[o++] = feature(3, wordAt(n1))
    statics[o++] = feature(4, wordAt(at(i, -2)))
    statics[o++] = feature(5, wordAt(at(i, 2)))
    statics[o++] = feature(7, shapeAt(p1))
    statics[o++] = feature(8, shapeAt(n1))
    statics[o++] = feature(13, s0 ^ initial[i]!)
    statics[o++] = feature(14, gaz[i]!)
    statics[o++] = feature(15, gazAt(p1))
    statics[o++] = feature(16, gazAt(n1))
    statics[o++] = feature(17, Math.imul(wordAt(p1), 31) ^ s0)
    statics[o++] = feature(18, Math.imul(s0, 31) ^ shapeAt(n1))
    statics[o++] = feature(19, Math.imul(w0, 31) ^ wordAt(n1))
    statics[o++] = feature(20, Math.imul(wordAt(p1), 31) ^ w0)
    statics[o++] = feature(23, (initial[i]! << 2) | (u.cap ? 2 : 0) | (capitalisedInside.has(w0) ? 1 : 0))
    statics[o++] = feature(24, (initial[i]! << 2) | (u.cap ? 2 : 0) | (lowercase.has(w0) ? 1 : 0))
  }
  return { statics, word, shape, isWord, unitKey }
}

/** Writes the edge features of unit i after a unit tagged `prev` (-1 at a sentence start) into `out`. */
export function edgeFeatures(f: UnitFeatures, i: number, prev: number, out: Int32Array): void {
  out[0] = feature(30, prev)
  out[1] = feature(32, Math.imul(f.word[i]!, 31) ^ prev)
  out[2] = feature(33, Math.imul(f.shape[i]!, 31) ^ prev)
}
