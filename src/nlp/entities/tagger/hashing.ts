/**
 * @module nlp/entities/tagger/hashing — features are 32-bit integers, never
 * strings: each unit's word, shape and affixes are hashed once with FNV-1a
 * over their characters, and a feature is a template number mixed into such
 * a value. 0 is reserved for "no feature" in the model's hash table.
 */
import { fnv1a, mix32 } from '../../../util/hash.js'

/** FNV-1a of s[from, to), signed (the shipped model's lexicon stores these values). */
export function hashRange(s: string, from: number, to: number): number {
  return fnv1a(s, from, to) | 0
}

/** Feature id of template `t` with value `v` (murmur3 finaliser; never 0). */
export function feature(t: number, v: number): number {
  const h = mix32(v ^ Math.imul(t + 1, 0x9e3779b1)) | 0
  return h === 0 ? 1 : h
}
