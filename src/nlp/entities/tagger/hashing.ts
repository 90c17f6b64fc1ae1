/**
 * @module nlp/entities/tagger/hashing — features are 32-bit integers, never
 * strings: each unit's word, shape and affixes are hashed once with FNV-1a
 * over their characters, and a feature is a template number mixed into such
 * a value. 0 is reserved for "no feature" in the model's hash table.
 */

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** FNV-1a of s[from, to). */
export function hashRange(s: string, from: number, to: number): number {
  let h = FNV_OFFSET
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME)
  return h | 0
}

/** Feature id of template `t` with value `v` (murmur3 finaliser; never 0). */
export function feature(t: number, v: number): number {
  let h = v ^ Math.imul(t + 1, 0x9e3779b1)
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h === 0 ? 1 : h | 0
}
