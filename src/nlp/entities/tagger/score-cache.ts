/**
 * @module nlp/entities/tagger/score-cache — summed weight blocks kept by an
 * integer key (a word's hash, a shape's, a unit's), so the decoder sums the
 * rows of a word it has seen before only once. Flat typed arrays with open
 * addressing instead of a Map of Float64Arrays, whose lookups and per-block
 * allocations stood high in the stage's profile. An entry also keeps
 * the `check` values its block was summed from, so two keys that share a hash
 * never share a block.
 *
 * Entries are numbered in the order they were made and keep their number
 * until `trim` empties the cache, so a sentence's blocks can be referred to
 * by number while the rest of the sentence is scored (the pool grows if a
 * sentence needs more).
 */

export class ScoreCache {
  /** Open addressing: entry number + 1, 0 for an empty slot. */
  private table: Int32Array
  private keys: Int32Array
  private checks: Int32Array
  /** Entry e's block is `blocks[e·blockSize ..]`; replaced when the pool grows. */
  blocks: Float64Array
  private count = 0

  /** Holds `limit` entries before `trim` empties it. */
  constructor(
    readonly blockSize: number,
    private readonly checkSize: number,
    private readonly limit: number,
  ) {
    let slots = 1
    while (slots < limit * 2) slots <<= 1
    this.table = new Int32Array(slots)
    this.keys = new Int32Array(limit)
    this.checks = new Int32Array(limit * checkSize)
    this.blocks = new Float64Array(limit * blockSize)
  }

  /**
   * The entry of `key` whose check values equal `check[from .. from + checkSize)`.
   * A missing entry is made, its block zeroed, and returned as `~entry`
   * (negative): the caller then sums its block.
   */
  find(key: number, check: Int32Array, from: number): number {
    const mask = this.table.length - 1
    let s = key & mask
    for (let e = this.table[s]! - 1; e >= 0; e = this.table[s]! - 1) {
      if (this.keys[e] === key && this.checked(e, check, from)) return e
      s = (s + 1) & mask
    }
    if (this.count === this.keys.length) {
      this.grow()
      return this.find(key, check, from)
    }
    const e = this.count++
    this.table[s] = e + 1
    this.keys[e] = key
    for (let c = 0; c < this.checkSize; c++) this.checks[e * this.checkSize + c] = check[from + c]!
    this.blocks.fill(0, e * this.blockSize, (e + 1) * this.blockSize)
    return ~e
  }

  /** Empties the cache once it holds `limit` entries. Entry numbers given out before are void. */
  trim(): void {
    if (this.count < this.limit) return
    this.count = 0
    this.table.fill(0)
  }

  private checked(e: number, check: Int32Array, from: number): boolean {
    for (let c = 0; c < this.checkSize; c++) if (this.checks[e * this.checkSize + c] !== check[from + c]) return false
    return true
  }

  /** Doubles the pool and the table, keeping every entry's number. */
  private grow(): void {
    const size = this.keys.length * 2
    const keys = new Int32Array(size)
    keys.set(this.keys)
    const checks = new Int32Array(size * this.checkSize)
    checks.set(this.checks)
    const blocks = new Float64Array(size * this.blockSize)
    blocks.set(this.blocks)
    this.keys = keys
    this.checks = checks
    this.blocks = blocks
    this.table = new Int32Array(this.table.length * 2)
    const mask = this.table.length - 1
    for (let e = 0; e < this.count; e++) {
      let s = keys[e]! & mask
      while (this.table[s] !== 0) s = (s + 1) & mask
      this.table[s] = e + 1
    }
  }
}
