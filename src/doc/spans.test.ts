import assert from 'node:assert/strict'
import { test } from 'node:test'
import { firstStartingAt, spansWithin } from './spans.js'

/** A seeded list of overlapping spans sorted by start, like mentions. */
function spans(seed: number, n: number): { start: number; end: number }[] {
  let x = seed
  const next = (m: number): number => ((x = (x * 1103515245 + 12345) % 2147483648), x % m)
  return Array.from({ length: n }, () => {
    const start = next(1000)
    return { start, end: start + 1 + next(20) }
  }).sort((a, b) => a.start - b.start)
}

test('spansWithin returns exactly what a full scan finds, in the same order', () => {
  for (let seed = 1; seed <= 20; seed++) {
    const list = spans(seed, 200)
    for (const [start, end] of [[0, 1000], [10, 10], [250, 300], [999, 1200], [-5, 3]] as const) {
      assert.deepEqual(spansWithin(list, start, end), list.filter((s) => s.start >= start && s.end <= end))
    }
  }
})

test('firstStartingAt finds the first span at or after an offset, or the length', () => {
  const list = [{ start: 2 }, { start: 5 }, { start: 5 }, { start: 9 }]
  assert.deepEqual([0, 2, 3, 5, 6, 9, 10].map((o) => firstStartingAt(list, o)), [0, 0, 1, 1, 3, 3, 4])
})
