import assert from 'node:assert/strict'
import { test } from 'node:test'
import { splitSentences, tokenize } from '../../sentences/index.js'
import { toUnits } from '../units.js'
import { sentenceNumbers } from './index.js'
import { mergeTagged } from './merge.js'
import type { UnitSpan } from './tags.js'

/** The names mergeTagged adds when the rules found none and the tagger tagged `spans` (unit ranges). */
function added(text: string, spans: readonly UnitSpan[]): string[] {
  const units = toUnits(text, tokenize(text))
  const out = mergeTagged(text, [], spans, units, sentenceNumbers(units, splitSentences(text)))
  return out.map((m) => `${text.slice(m.start, m.end)}/${m.keys!.join(' ')}`)
}

test('a tagged name that runs on into lower case ends on its last capitalised word', () => {
  // Units: The(0) delta(1) lies(2) in(3) Varna(4) county(5) .(6)
  assert.deepEqual(added('The delta lies in Varna county.', [{ first: 4, end: 6, type: 'LOC' }]), ['Varna/varna'])
  // What is left of "Christian belief" is no name.
  assert.deepEqual(added('Christian belief holds it.', [{ first: 0, end: 2, type: 'PER' }]), [])
  // Lower-case text (web posts) keeps the tagger's span.
  assert.deepEqual(added('we moved to tampa bay.', [{ first: 3, end: 5, type: 'LOC' }]), ['tampa bay/tampa bay'])
})
