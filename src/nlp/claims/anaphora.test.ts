import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spanText, withLayers } from '../../doc/doc.js'
import type { Claim, Doc } from '../../doc/types.js'
import { eventsAnnotator } from '../events/index.js'
import { findQuotes } from '../quotes/index.js'
import { testDoc, type EntitySpec } from '../quotes/test-doc.js'
import { timesAnnotator } from '../times/index.js'
import { claimSimilarity, findClaims } from './index.js'

const ENTITIES: EntitySpec[] = [
  { name: 'Nicolás Maduro', type: 'PERSON', forms: ['Nicolás Maduro', 'Maduro'] },
  { name: 'Turkey', type: 'PLACE', forms: ['Turkey', 'Turquía'] },
  { name: 'Qatar', type: 'PLACE' },
]

function claimsOf(text: string, language = 'en'): { doc: Doc; claims: Claim[] } {
  const base = testDoc(text, ENTITIES)
  let doc: Doc = { ...base, meta: { ...base.meta, published: '2026-01-08', language } }
  doc = withLayers(doc, timesAnnotator.annotate(doc))
  doc = withLayers(doc, { quotes: findQuotes(doc) })
  doc = withLayers(doc, eventsAnnotator.annotate(doc))
  return { doc, claims: findClaims(doc) }
}

function claimStarting(doc: Doc, claims: readonly Claim[], prefix: string): Claim {
  const c = claims.find((x) => spanText(doc, x).startsWith(prefix))
  assert.ok(c, `no claim starting "${prefix}" among ${JSON.stringify(claims.map((x) => spanText(doc, x)))}`)
  return c
}

const REFUSAL_ELSEWHERE = claimsOf('Venezuela said Nicolás Maduro refused an offer of exile from Turkey in late December.')

test('a refused "it" resolves past a bare mention to the earlier offer that names who made it, and meets other reports of the refusal', () => {
  const { doc, claims } = claimsOf(
    'Turkey offered Maduro a home last month. The proposal is off the table. Maduro turned it down in a speech to supporters on December 27.',
  )
  const c = claimStarting(doc, claims, 'Maduro turned it down')
  assert.ok(c.anaphor)
  assert.equal(spanText(doc, c.anaphor), 'it')
  assert.equal(spanText(doc, c.anaphor.antecedent), 'offered')
  assert.equal(c.anaphor.event, doc.layers.events!.find((e) => e.trigger.start === c.anaphor!.antecedent.start)!.id)
  assert.deepEqual(c.about, ['person:nicolas-maduro', 'place:turkey'])
  const other = REFUSAL_ELSEWHERE.claims[0]!
  assert.ok(claimSimilarity(c.key, other.key) >= 0.5, `${c.key} / ${other.key}`)
})

test('a bare "the offer" resolves to an offer, and only to one whose maker is not the one refusing', () => {
  const { doc, claims } = claimsOf('Qatar proposed talks. Turkey offered Maduro exile. Maduro rejected the offer on Saturday.')
  const c = claimStarting(doc, claims, 'Maduro rejected the offer')
  assert.equal(spanText(doc, c.anaphor!.antecedent), 'offered')
  assert.deepEqual(c.about, ['person:nicolas-maduro', 'place:turkey'])
})

test('nothing resolves without an earlier offer with a maker, or when the description names its own content', () => {
  const none = claimsOf('The weather was fine. Maduro rejected it on Saturday.')
  assert.equal(claimStarting(none.doc, none.claims, 'Maduro rejected it').anaphor, undefined)
  const negated = claimsOf('Turkey never offered Maduro exile. Maduro rejected it on Saturday.')
  assert.equal(claimStarting(negated.doc, negated.claims, 'Maduro rejected it').anaphor, undefined)
  const specified = claimsOf('Turkey offered Maduro exile. Maduro rejected the offer of a house in Qatar.')
  assert.equal(claimStarting(specified.doc, specified.claims, 'Maduro rejected the offer').anaphor, undefined)
})

test('a Spanish clitic before the verb resolves like "it"', () => {
  const { doc, claims } = claimsOf('Turquía ofreció exilio a Maduro. Maduro la rechazó el sábado.', 'es')
  const c = claimStarting(doc, claims, 'Maduro la rechazó')
  assert.equal(spanText(doc, c.anaphor!), 'la')
  assert.ok(c.about.includes('place:turkey'))
})

test('the day a deed was done stays out of its key; a date that bounds the proposition stays in', () => {
  const a = claimsOf('Maduro refused the exile plan on December 27.').claims[0]!
  const b = claimsOf('Maduro refused the exile plan in late December.').claims[0]!
  assert.equal(a.key, b.key)
  const until = claimsOf('Maduro will stay until the end of the year.').claims[0]!
  assert.match(until.key, / until2026-12-31(?: |$)/)
})
