import assert from 'node:assert/strict'
import { test } from 'node:test'
import { awareness, parseTimeline, type TimelineEntry } from './awareness.js'
import { repoPath } from '../../util/paths.js'
import { readNaf } from './naf.js'
import { analyse, anchorOf, systemTimeline, targetForms } from './timeline-system.js'

const gold: TimelineEntry[] = [
  { position: 0, date: 'XXXX-XX-XX', mentions: ['1-3-plan'] },
  { position: 1, date: '2005-01-XX', mentions: ['1-2-revealed'] },
  { position: 2, date: '2005-01-18', mentions: ['2-0-launch', '2-2-launch'] },
  { position: 3, date: '2005-04-27', mentions: ['1-0-flight'] },
]

test('the task file format: a title line, then position, anchor and the mentions of one event per line', () => {
  const parsed = parseTimeline('Harbour Board\n0\tXXXX-XX-XX\t1-3-plan\n2\t2005-01-18\t2-0-launch\t2-2-launch\n')
  assert.equal(parsed.target, 'Harbour Board')
  assert.deepEqual(parsed.entries, [
    { position: 0, date: 'XXXX-XX-XX', mentions: ['1-3-plan'] },
    { position: 2, date: '2005-01-18', mentions: ['2-0-launch', '2-2-launch'] },
  ])
})

test('a timeline scores full awareness against itself, and nothing when it shares no mention or date', () => {
  const same = awareness(gold, gold)
  assert.equal(same.precisionHits, same.system)
  assert.equal(same.recallHits, same.reference)
  // Reduction: launch–date, flight–date, revealed–date … as SIM stars, three BEFOREs between dates, one SIM in line 0.
  assert.equal(same.reference, 3 + 2 + 1)
  const other = awareness(gold, [{ position: 1, date: '1999-01-01', mentions: ['9-9-x'] }])
  assert.deepEqual(other, { precisionHits: 0, system: 1, recallHits: 0, reference: 6 })
})

test('order errors cost precision; a missing event costs recall only', () => {
  // Flight put before the launches: its BEFORE relation is wrong, the anchors it keeps are right.
  const swapped: TimelineEntry[] = [
    { position: 1, date: '2005-01-18', mentions: ['1-0-flight'] },
    { position: 2, date: '2005-04-27', mentions: ['2-0-launch'] },
  ]
  const s = awareness(gold, swapped)
  // System reduction: flight–2005-01-18 (wrong), launch–2005-04-27 (wrong), 01-18 BEFORE 04-27 (right).
  assert.deepEqual([s.precisionHits, s.system], [1, 3])
  const partial = awareness(gold, gold.filter((e) => e.position !== 3))
  assert.equal(partial.precisionHits, partial.system)
  assert.ok(partial.recallHits < partial.reference)
})

test('an interval becomes the task anchor: a day, a month or a year with XX, else unknown', () => {
  assert.equal(anchorOf('2005-04-27', '2005-04-27'), '2005-04-27')
  assert.equal(anchorOf('2005-01-01', '2005-01-31'), '2005-01-XX')
  assert.equal(anchorOf('2005-01-01', '2005-12-31'), '2005-XX-XX')
  assert.equal(anchorOf('2005-01-11', '2005-01-20'), 'XXXX-XX-XX')
  assert.equal(anchorOf(null, null), 'XXXX-XX-XX')
})

test('short forms of a target: model numbers, a last name, the name without a generic word', () => {
  assert.deepEqual(targetForms('Harbour A380'), ['Harbour A380', 'A380'])
  assert.deepEqual(targetForms('Louis Gallois'), ['Louis Gallois', 'Gallois'])
  assert.deepEqual(targetForms('China Eastern Airlines'), ['China Eastern Airlines', 'China Eastern'])
  assert.deepEqual(targetForms('United States Air Force'), ['United States Air Force', 'Air Force'])
  assert.deepEqual(targetForms('Ryanair'), ['Ryanair'])
})

test('a target\'s timeline from raw text: events naming it, placed by their own time, the lead\'s undated ones on the article date', () => {
  const doc = analyse(readNaf(repoPath('fixtures', 'times', 'timeline', '9002.xml')))
  assert.deepEqual(systemTimeline([doc], 'Harbour Air'), [
    // "The jet flew to Oslo" does not name the target.
    { position: 1, date: '2011-03-04', mentions: ['9002-0-unveils'] },
    { position: 1, date: '2011-03-04', mentions: ['9002-2-unveiled'] },
    { position: 2, date: '2013-XX-XX', mentions: ['9002-4-sale'] },
  ])
})
