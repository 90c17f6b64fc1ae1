import assert from 'node:assert/strict'
import { test } from 'node:test'
import { repoPath } from '../../util/paths.js'
import { aggregateCounts, loadAebPages, pageCounts, readPageBytes, scoreBodies } from './aeb.js'

const close = (actual: number, expected: number): void => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`)

test('an extraction with the gold words in order scores one, whatever its spacing and punctuation', () => {
  const s = scoreBodies([{ gold: 'Ferries returned on Tuesday.', extracted: 'Ferries  returned on\nTuesday' }], 4)
  assert.deepEqual(s, { precision: 1, recall: 1, f1: 1, precisionPages: 1, recallPages: 1 })
})

test('counts are scaled to sum to one per page', () => {
  // gold words: a b c d; extracted: a b x → tp 2, fp 1, fn 2 → /5
  const c = pageCounts('a b c d', 'a b x', 1)
  close(c.tp, 2 / 5)
  close(c.fp, 1 / 5)
  close(c.fn, 2 / 5)
})

test('case matters, as in the benchmark', () => {
  const c = pageCounts('Port', 'port', 1)
  assert.deepEqual(c, { tp: 0, fp: 0.5, fn: 0.5 })
})

test('repeated words count as often as they occur (multiset)', () => {
  // gold: the the cat; extracted: the the the cat → tp 3, fp 1
  const c = pageCounts('the the cat', 'the the the cat', 1)
  close(c.tp, 3 / 4)
  close(c.fp, 1 / 4)
  assert.equal(c.fn, 0)
})

test('4-gram shingles punish reordered text that the word multiset forgives', () => {
  const gold = 'one two three four five six seven eight'
  const shuffled = 'five six seven eight one two three four'
  assert.equal(scoreBodies([{ gold, extracted: shuffled }], 1).f1, 1)
  // gold 4-grams: 5; extracted: 5, of which "one two three four" and "five six seven eight" match
  close(scoreBodies([{ gold, extracted: shuffled }], 4).precision, 2 / 5)
})

test('an empty extraction costs recall and is left out of the precision mean', () => {
  const s = scoreBodies(
    [
      { gold: 'a b c d', extracted: 'a b c d' },
      { gold: 'e f g h', extracted: '' },
    ],
    1,
  )
  assert.equal(s.precisionPages, 1)
  assert.equal(s.recallPages, 2)
  assert.equal(s.precision, 1)
  assert.equal(s.recall, 0.5)
  close(s.f1, 2 / 3)
})

test('F1 comes from the averaged precision and recall, not from averaging page F1s', () => {
  // page 1: P 1, R 0.5 (F1 2/3); page 2: P 0.5, R 1 (F1 2/3)
  const pages = [pageCounts('a b c d', 'a b', 1), pageCounts('a b', 'a b c d', 1)]
  const s = aggregateCounts(pages)
  close(s.precision, 0.75)
  close(s.recall, 0.75)
  close(s.f1, 0.75)
})

test('a page where both texts are empty enters neither mean', () => {
  const s = aggregateCounts([pageCounts('', '', 4)])
  assert.deepEqual(s, { precision: 0, recall: 0, f1: 0, precisionPages: 0, recallPages: 0 })
})

test('benchmark pages are the ground-truth entries with a saved page, in id order', () => {
  const dir = repoPath('fixtures', 'eval-extraction', 'aeb')
  const pages = loadAebPages(dir)
  assert.deepEqual(
    pages.map((p) => p.id),
    ['b-page', 'c-empty'],
  )
  assert.equal(pages[0]?.url, 'https://harbor-ledger.example/ferries-return')
  assert.match(new TextDecoder().decode(readPageBytes(pages[0]!.htmlPath)), /<article>/)
})

test('a folder without ground truth is an input error', () => {
  assert.throws(() => loadAebPages(repoPath('fixtures', 'eval-extraction', 'pages')), /E_INPUT_READ/)
})
