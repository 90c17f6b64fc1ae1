import assert from 'node:assert/strict'
import { test } from 'node:test'
import { bcubed } from '../bcubed.js'
import { tfidfSinglePass, type BaselineDoc } from './baseline.js'
import { lineParagraphs } from './corpus.js'

// Two events of different kinds, three short reports each, interleaved as a feed would mix them.
const DOCS: readonly BaselineDoc[] = [
  { id: 'q1', text: 'A strong earthquake shook Valparaiso, collapsing houses along the harbour.' },
  { id: 'r1', text: 'Masked robbers emptied the vault of a Dayton savings bank and fled in a van.' },
  { id: 'q2', text: 'Rescuers in Valparaiso searched collapsed houses after the earthquake.' },
  { id: 'r2', text: 'Police in Dayton found the van used by the bank robbers, the vault cash gone.' },
  { id: 'q3', text: 'Aftershocks rattled Valparaiso a day after the earthquake flattened harbour houses.' },
  { id: 'r3', text: 'Dayton police arrested two men over the savings bank robbery and the stolen van.' },
]
const GOLD = new Map(DOCS.map((d) => [d.id, d.id[0]!]))

test('baseline groups reports of the same event and keeps the two events apart', () => {
  const labels = tfidfSinglePass(DOCS)
  assert.equal(bcubed(GOLD, labels).f1, 1)
  assert.equal(labels.get('q1'), labels.get('q3'))
  assert.notEqual(labels.get('q1'), labels.get('r1'))
})

test('baseline labels clusters in the order they are started', () => {
  const labels = tfidfSinglePass(DOCS)
  assert.equal(labels.get('q1'), 'c0')
  assert.equal(labels.get('r1'), 'c1')
})

test('baseline threshold of zero joins everything and one above any cosine splits everything', () => {
  assert.equal(new Set(tfidfSinglePass(DOCS, 0).values()).size, 1)
  assert.equal(new Set(tfidfSinglePass(DOCS, 1.01).values()).size, DOCS.length)
})

test('a document with no terms starts its own cluster', () => {
  const labels = tfidfSinglePass([...DOCS, { id: 'empty', text: '... !!' }])
  const others = DOCS.map((d) => labels.get(d.id))
  assert.ok(!others.includes(labels.get('empty')))
})

test('lineParagraphs gives one trimmed span per non-blank line', () => {
  const text = 'First line.\n\n  Second line. \nThird.'
  const spans = lineParagraphs(text)
  assert.deepEqual(
    spans.map((s) => text.slice(s.start, s.end)),
    ['First line.', 'Second line.', 'Third.'],
  )
})
