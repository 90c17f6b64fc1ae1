import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { TypedSpan } from '../../nlp/entities/tagger/text.js'
import { emptyTally, misses, score } from './score.js'

const span = (start: number, end: number, type: TypedSpan['type']): TypedSpan => ({ start, end, type })

test('score counts a name only when start, end and type all match, duplicates once', () => {
  const tally = emptyTally()
  score([span(0, 5, 'PER'), span(10, 15, 'ORG')], [span(0, 5, 'PER'), span(0, 5, 'PER'), span(10, 15, 'LOC')], tally)
  assert.deepEqual(tally.ALL, { tp: 1, fp: 1, fn: 1 })
  assert.deepEqual(tally.ORG, { tp: 0, fp: 0, fn: 1 })
})

test('misses classifies each miss once: wrong type, boundary, false positive, false negative', () => {
  const gold = [span(0, 5, 'PER'), span(10, 20, 'ORG'), span(30, 35, 'LOC'), span(40, 45, 'PER')]
  const predicted = [span(0, 5, 'PER'), span(10, 20, 'LOC'), span(30, 33, 'LOC'), span(50, 55, 'ORG')]
  assert.deepEqual(
    misses(gold, predicted).map((m) => [m.kind, m.gold?.start, m.predicted?.start]),
    [
      ['wrong-type', 10, 10],
      ['boundary', 30, 30],
      ['false-negative', 40, undefined],
      ['false-positive', undefined, 50],
    ],
  )
})
