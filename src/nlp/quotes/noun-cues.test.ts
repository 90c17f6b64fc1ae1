import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spanText } from '../../doc/doc.js'
import { findQuotes } from './index.js'
import { claimsAfterQuotes, testDoc, type EntitySpec } from './test-doc.js'

const ENTITIES: EntitySpec[] = [
  { name: 'Mira Haldane', type: 'PERSON', forms: ['Mira Haldane', 'Haldane'] },
  { name: 'Tobias Wren', type: 'PERSON', forms: ['Tobias Wren', 'Wren'] },
]

/** [act, speaker, source span, cue, content] of every quote in the text. */
function acts(text: string): string[][] {
  const doc = testDoc(text, ENTITIES)
  return findQuotes(doc).map((q) => [q.act, q.speaker.name, q.speaker.span ? spanText(doc, q.speaker.span) : '', q.cue ? spanText(doc, q.cue) : '', spanText(doc, q)])
}

test("a possessor's claim, warning or hope with a that-clause is the possessor's belief, the clause its content", () => {
  assert.deepEqual(acts('Reporters checked Haldane’s claim that the ferry fares had doubled.'), [
    ['believes', 'Mira Haldane', 'Haldane’s', 'claim', 'the ferry fares had doubled'],
  ])
  assert.deepEqual(acts('Wren’s repeated warning that the dam could fail went unheeded.'), [
    ['believes', 'Tobias Wren', 'Wren’s', 'warning', 'the dam could fail went unheeded'],
  ])
})

test('a possessive pronoun is its holder: the name in the same sentence, else the pronoun itself', () => {
  assert.deepEqual(acts('Haldane was frank in her admission that the budget would not cover the pier.'), [
    ['believes', 'Mira Haldane', 'Haldane', 'admission', 'the budget would not cover the pier'],
  ])
  assert.deepEqual(acts('Wren spoke for an hour. Contrary to his claim that tolls would fall, they rose.'), [
    ['believes', 'Tobias Wren', 'his', 'claim', 'tolls would fall'],
  ])
})

test('a noun without a possessor, or with a contraction before it, carries no attribution', () => {
  assert.deepEqual(acts('The claim that the ferry fares had doubled spread quickly.'), [])
  assert.deepEqual(acts('It’s a bet that the harbour will stay open.'), [])
})

test("the claims stage reads a noun cue's clause as its holder's, speculative", () => {
  const doc = testDoc('Reporters checked Haldane’s claim that the ferry fares had doubled.', ENTITIES)
  const claims = claimsAfterQuotes(doc)
  assert.deepEqual(
    claims.map((c) => [spanText(doc, c), c.modality, c.chain.map((h) => h.name)]),
    [['the ferry fares had doubled', 'speculative', ['The Harbor Ledger', 'Mira Haldane']]],
  )
})

test('a stance predicate ("has been critical of", "is a staunch opponent of") is a stance of its subject', () => {
  assert.deepEqual(acts('Wren has been critical of the dredging plan since spring.'), [
    ['stance', 'Tobias Wren', 'Wren', 'has been critical of', 'the dredging plan since spring'],
  ])
  assert.deepEqual(acts('Haldane is a staunch and vocal opponent of the toll.'), [
    ['stance', 'Mira Haldane', 'Haldane', 'is a staunch and vocal opponent of', 'the toll'],
  ])
  assert.deepEqual(acts('The harbour is against the wind.'), [])
})

test('a negated stance predicate is marked negated', () => {
  const doc = testDoc('Wren was not too worried about the audit.', ENTITIES)
  assert.deepEqual(
    findQuotes(doc).map((q) => [spanText(doc, q.cue!), q.negated]),
    [['was not too worried about', true]],
  )
})
