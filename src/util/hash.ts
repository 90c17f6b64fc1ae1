/**
 * @module util/hash
 * Small non-cryptographic 32-bit hashes shared by the stages that hash words
 * (the tagger's features, the copy detector's shingles): FNV-1a over UTF-16
 * code units, and the murmur3 finaliser to spread its bits.
 */

/** 32-bit FNV-1a of s[from, to), unsigned. */
export function fnv1a(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** The murmur3 finaliser: spreads every input bit over the whole 32-bit output, unsigned. */
export function mix32(x: number): number {
  x ^= x >>> 16
  x = Math.imul(x, 0x85ebca6b)
  x ^= x >>> 13
  x = Math.imul(x, 0xc2b2ae35)
  x ^= x >>> 16
  return x >>> 0
}
