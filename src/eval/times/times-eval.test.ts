import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { repoPath } from '../../util/paths.js'
import { chronoTimes } from './chrono-peer.js'
import { evaluateCorpus } from './meantime.js'
import { parseNaf } from './naf.js'
import { addAlignment, align, emptyCounts, prf } from './score.js'

const xml = readFileSync(repoPath('fixtures', 'times', 'cat-sample.xml'), 'utf8')

test('CAT XML: the body is rebuilt with ordinary spacing and every markable lands on its words', () => {
  const doc = parseNaf(xml, 'cat-sample.xml')
  assert.equal(doc.text, 'Harbour authority opens new pier\n\nMarch 4, 2011\n\nThe harbour authority opened its new pier on Friday, two weeks late. It plans a second pier by 2013.')
  assert.equal(doc.dct, '2011-03-04')
  assert.equal(doc.sentences.length, 4)
  assert.deepEqual(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.value, t.dct]), [
    ['March 4, 2011', '2011-03-04', true],
    ['Friday', '2011-03-04', false],
    ['two weeks', 'P2W', false],
    ['2013', '2013', false],
  ])
  assert.deepEqual(doc.events.map((e) => doc.text.slice(e.start, e.end)), ['opened'])
})

test('alignment pairs exact extents first, then the largest overlap; value counts need the same string', () => {
  const gold = [{ start: 0, end: 17, value: 'P2Y' }, { start: 5, end: 9, value: '2009' }]
  const system = [{ start: 5, end: 9, value: '2009' }, { start: 13, end: 17, value: '2011' }, { start: 40, end: 44, value: '2020' }]
  const a = align(gold, system)
  assert.deepEqual(a.pairs.map(([g, s]) => [g.value, s.value]), [['P2Y', '2011'], ['2009', '2009']])
  assert.deepEqual(a.spurious.map((s) => s.value), ['2020'])
  const counts = emptyCounts()
  addAlignment(counts, a)
  assert.deepEqual(counts, { gold: 2, system: 3, extent: 2, value: 1 })
  assert.deepEqual(prf(1, 3, 2), { p: 1 / 3, r: 0.5, f1: 0.4 })
})

test('chrono-node values keep only the components it is certain of', () => {
  const text = 'Talks began on March 3, 2011, resume in June and end at 14:30 on Friday.'
  const found = chronoTimes(text, '2011-03-04').map((t) => [text.slice(t.start, t.end), t.value])
  assert.deepEqual(found.find(([s]) => s === 'March 3, 2011'), ['March 3, 2011', '2011-03-03'])
  assert.ok(found.some(([s, v]) => s!.includes('June') && v === '2011-06'), JSON.stringify(found))
  assert.ok(found.some(([s, v]) => s!.includes('14:30') && /T14:30$/.test(v!)), JSON.stringify(found))
})

test('a corpus run scores both systems on the same gold and leaves the creation-date line out', () => {
  const r = evaluateCorpus(repoPath('fixtures', 'times'))
  assert.equal(r.docs, 1)
  assert.deepEqual(r.storytrace.counts, { gold: 3, system: 3, extent: 3, value: 3 })
  assert.equal(r.chrono.counts.gold, 3)
  assert.ok(r.chrono.counts.value < 3, 'chrono has no durations')
})
