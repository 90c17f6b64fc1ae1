import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spanText } from '../../doc/doc.js'
import { findQuotes } from './index.js'
import { claimsAfterQuotes, testDoc, type EntitySpec } from './test-doc.js'

const ENTITIES: EntitySpec[] = [
  { name: 'Mira Haldane', type: 'PERSON', forms: ['Mira Haldane', 'Haldane'] },
  { name: 'Tobias Wren', type: 'PERSON', forms: ['Tobias Wren', 'Wren'] },
]

/** [act, speaker, cue, content] of every quote in the text. */
function acts(text: string): string[][] {
  const doc = testDoc(text, ENTITIES)
  return findQuotes(doc).map((q) => [q.act, q.speaker.name, q.cue ? spanText(doc, q.cue) : '', spanText(doc, q)])
}

test('putting a plan forward is a stance of its author, the object its content', () => {
  assert.deepEqual(acts('Haldane unveiled a plan to rebuild the ferry terminal.'), [['stance', 'Mira Haldane', 'unveiled', 'a plan to rebuild the ferry terminal']])
  assert.deepEqual(acts('On Monday, Wren laid out his proposals for the harbour tax.'), [['stance', 'Tobias Wren', 'laid out', 'his proposals for the harbour tax']])
})

test('judging someone in public is a stance, phrasal ones with their particle', () => {
  assert.deepEqual(acts('Wren grilled the port director over the late repairs.'), [['stance', 'Tobias Wren', 'grilled', 'the port director over the late repairs']])
  assert.deepEqual(acts('Haldane railed against the new toll on the bridge.'), [['stance', 'Mira Haldane', 'railed against', 'the new toll on the bridge']])
})

test('votes and vetoes are stances of who cast them', () => {
  assert.deepEqual(acts('Wren vetoed the harbour levy on Friday.'), [['stance', 'Tobias Wren', 'vetoed', 'the harbour levy on Friday']])
  assert.deepEqual(acts('Haldane voted against the new berth fees.'), [['stance', 'Mira Haldane', 'voted against', 'the new berth fees']])
})

test('a passive deed after "and" is no second statement: the attribution around it stands', () => {
  assert.deepEqual(acts('The lease was drafted in March and approved by the council, according to two port officials.'), [
    ['says', 'two port officials', 'according to', 'The lease was drafted in March and approved by the council'],
  ])
})

test('a deed needs a doer that can hold a view: a thing that documents nothing is no source', () => {
  assert.deepEqual(acts('The rain documented nothing.'), [])
  assert.deepEqual(acts('The storm unleashed a flood on the lower town.'), [])
})

test("a deed relays no claim of its doer's: the sentence stays the outlet's own report", () => {
  const doc = testDoc('Wren touted the new crane at the harbour gala.', ENTITIES)
  const claims = claimsAfterQuotes(doc)
  assert.deepEqual(
    claims.map((c) => [spanText(doc, c), c.quote, c.chain.map((h) => h.name)]),
    [['Wren touted the new crane at the harbour gala', null, ['The Harbor Ledger']]],
  )
})

test('speaking of or against something and warning of or against it are stances with the particle in the cue', () => {
  assert.deepEqual(acts('Haldane spoke of a harbour that works for everyone.'), [['stance', 'Mira Haldane', 'spoke of', 'a harbour that works for everyone']])
  assert.deepEqual(acts('Wren warned against a second toll on the bridge.'), [['stance', 'Tobias Wren', 'warned against', 'a second toll on the bridge']])
  // Without its particle "spoke" is no cue.
  assert.deepEqual(acts('Haldane spoke at the ferry terminal on Monday.'), [])
})
