import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { spanText, withLayers } from '../../doc/doc.js'
import type { Claim, Doc } from '../../doc/types.js'
import { contentHash } from '../../util/text.js'
import { repoPath } from '../../util/paths.js'
import { findQuotes } from '../quotes/index.js'
import { claimsAfterQuotes, testDoc, type EntitySpec } from '../quotes/test-doc.js'
import { timesAnnotator } from '../times/index.js'
import { claimSimilarity, claimsAnnotator, findClaims, modalityOf } from './index.js'

const ENTITIES: EntitySpec[] = [
  { name: 'Nicolás Maduro', type: 'PERSON', forms: ['Nicolás Maduro', 'Maduro'] },
  { name: 'Turkey', type: 'PLACE', forms: ['Turkey', 'Ankara', 'Turquía'] },
  { name: 'The New York Times', type: 'OUTLET', forms: ['the NYT'] },
  { name: 'Outlet A', type: 'OUTLET' },
  { name: 'The Washington Post', type: 'OUTLET', forms: ['the Post'] },
]

function analysed(text: string, outlet: string | null = 'The Harbor Ledger'): Doc {
  const doc = testDoc(text, ENTITIES, outlet)
  return withLayers(doc, { quotes: findQuotes(doc) })
}

function claimsOf(text: string, outlet?: string | null): { doc: Doc; claims: Claim[] } {
  const doc = analysed(text, outlet)
  return { doc, claims: findClaims(doc) }
}

function claimStarting(doc: Doc, claims: readonly Claim[], prefix: string): Claim {
  const c = claims.find((x) => spanText(doc, x).startsWith(prefix))
  assert.ok(c, `no claim starting "${prefix}" among ${JSON.stringify(claims.map((x) => spanText(doc, x)))}`)
  return c
}

test('a relayed claim has the chain publisher → relaying outlets → original source', () => {
  const { doc, claims } = claimsOf('Outlet A reports that the NYT reports that a senior US official said Turkey offered exile to Maduro.')
  assert.equal(claims.length, 1)
  const c = claims[0]!
  assert.equal(spanText(doc, c), 'Turkey offered exile to Maduro')
  assert.deepEqual(
    c.chain.map((h) => [h.name, h.kind]),
    [['The Harbor Ledger', 'outlet'], ['Outlet A', 'outlet'], ['The New York Times', 'outlet'], ['a senior US official', 'official']],
  )
  assert.deepEqual(c.about, ['person:nicolas-maduro', 'place:turkey'])
  assert.equal(c.quote, 0)
  assert.equal(c.modality, 'asserted')
})

test('an outlet that is both relay and source appears once, and the publisher is not repeated', () => {
  const { claims } = claimsOf('Turkey offered exile, as first reported by the Post.', 'The Washington Post')
  assert.deepEqual(claims[0]!.chain.map((h) => h.entity), ['outlet:the-washington-post'])
})

test('an unattributed hedged sentence is a claim whose chain is the publisher alone', () => {
  const { doc, claims } = claimsOf('Turkey reportedly offered exile to Maduro. The weather was fine.')
  assert.equal(claims.length, 1)
  assert.equal(spanText(doc, claims[0]!), 'Turkey reportedly offered exile to Maduro')
  assert.equal(claims[0]!.modality, 'speculative')
  assert.deepEqual(claims[0]!.chain, [{ name: 'The Harbor Ledger', entity: 'outlet:the-harbor-ledger', kind: 'outlet' }])
  assert.equal(claims[0]!.quote, null)
})

test('an article with no known outlet still starts its chain with one publisher hop', () => {
  const { claims } = claimsOf('Ankara could offer exile.', null)
  assert.equal(claims[0]!.chain.length, 1)
  assert.equal(claims[0]!.chain[0]!.entity, null)
})

test('modality follows the wording and the cue', () => {
  const { doc, claims } = claimsOf(
    'Ankara could offer exile. The most plausible outcome is that Maduro stays. Turkey denied that it had offered exile. ' +
      'Turkey will host talks next week. If Maduro leaves, Turkey would host him. Will Maduro leave? Maduro is likely to refuse.',
  )
  const expect: Array<[string, string]> = [
    ['Ankara could', 'speculative'],
    ['The most plausible', 'speculative'],
    ['it had offered exile', 'denied'],
    ['Turkey will host', 'expected'],
    ['If Maduro leaves', 'conditional'],
    ['Will Maduro leave', 'question'],
    ['Maduro is likely', 'speculative'],
  ]
  for (const [prefix, modality] of expect) assert.equal(claimStarting(doc, claims, prefix).modality, modality, prefix)
})

test('a denial keeps the proposition without the cue, so it can meet the claim it denies', () => {
  const { doc, claims } = claimsOf('Turkey denied that it had offered exile to Maduro. Turkey reportedly offered exile to Maduro.')
  const denial = claimStarting(doc, claims, 'it had offered')
  const report = claimStarting(doc, claims, 'Turkey reportedly')
  assert.equal(denial.chain.at(-1)!.name, 'Turkey')
  assert.ok(claimSimilarity(denial.key, report.key) >= 0.5)
})

test('Spanish modality cues', () => {
  assert.equal(modalityOf('Turquía podría ofrecer asilo'), 'speculative')
  assert.equal(modalityOf('Si Maduro sale, Turquía lo recibirá'), 'conditional')
  assert.equal(modalityOf('¿Aceptará Maduro la oferta?'), 'question')
  assert.equal(modalityOf('Turquía recibirá a Maduro'), 'expected')
  assert.equal(modalityOf('fuera a dejar el país', 'denied'), 'denied')
  assert.equal(modalityOf('Turquía ofreció asilo a Maduro'), 'asserted')
})

test('Spanish article: según and negó give attributed claims with their modality', () => {
  const text = readFileSync(repoPath('fixtures/claims/es-article.txt'), 'utf8')
  const { doc, claims } = claimsOf(text.slice(text.indexOf('\n\n') + 2), 'El Diario del Puerto')
  const segun = claimStarting(doc, claims, 'Turquía ofreció asilo')
  assert.equal(segun.chain.at(-1)!.kind, 'official')
  assert.equal(segun.modality, 'asserted')
  assert.equal(claimStarting(doc, claims, 'fuera a dejar').modality, 'denied')
  assert.equal(claimStarting(doc, claims, 'Turquía podría').modality, 'speculative')
  assert.equal(claimStarting(doc, claims, '¿Aceptará').modality, 'question')
})

test('the same proposition gets the same id in different articles and wordings', () => {
  const a = claimsOf('Officials said Turkey had offered exile to Maduro.').claims[0]!
  const b = claimsOf('Turkey offers Maduro exile, the Post reported.', 'Outlet A').claims[0]!
  assert.equal(a.key, b.key)
  assert.equal(a.id, b.id)
  assert.equal(a.id, contentHash([a.key]))
})

test('near-same wordings score as the same claim, different claims do not', () => {
  const a = claimsOf('Officials said Turkey has offered asylum to Venezuelan President Nicolás Maduro.').claims[0]!
  const b = claimsOf('Ankara could offer exile to Maduro.').claims[0]!
  const c = claimsOf("Officials said Maduro rejected Turkey's offer.").claims[0]!
  assert.ok(claimSimilarity(a.key, b.key) >= 0.5, `${a.key} / ${b.key}`)
  assert.ok(claimSimilarity(a.key, c.key) < 0.5, `${a.key} / ${c.key}`)
})

test('relaying outlets are not what a claim is about', () => {
  const { claims } = claimsOf('According to the Post, Turkey could offer exile.')
  assert.deepEqual(claims[0]!.about, ['place:turkey'])
})

test('claimsAnnotator declares its layers and returns only claims', () => {
  assert.deepEqual(claimsAnnotator.requires, ['sentences', 'tokens', 'entities', 'times', 'quotes', 'events'])
  assert.deepEqual(Object.keys(claimsAnnotator.annotate(analysed('Ankara could offer exile.'))), ['claims'])
})

test('suspicion stated as a verb with a clause is speculative; "suspected of" describing a thing is not', () => {
  assert.equal(modalityOf('the inspectors suspect the valve failed under pressure'), 'speculative')
  assert.equal(modalityOf('police said they suspected that the fire was set deliberately'), 'speculative')
  assert.equal(modalityOf('the trawler suspected of ramming the buoy returned to port'), 'asserted')
})

test('"not clear whether" is an open question, speculative: neither a denial nor a condition', () => {
  assert.equal(modalityOf('it was not clear whether the union would accept'), 'speculative')
  assert.equal(modalityOf('it remains unclear if the ferry will sail'), 'speculative')
  assert.equal(modalityOf('no está claro si el puerto abrirá'), 'speculative')
  assert.equal(modalityOf('it was not clear to the crew'), 'denied')
})

test('a relative clause about a person does not colour the statement; the statement\'s own hedges still do', () => {
  assert.equal(modalityOf('the union asked for a week and raised the fate of members who would lose their jobs'), 'asserted')
  assert.equal(modalityOf('the ruling undercuts critics who had called the dam likely to fail'), 'asserted')
  assert.equal(modalityOf('the harbour will reopen once the divers who could not dive today finish'), 'expected')
  assert.equal(modalityOf('the mayor, who would not comment on Friday, could resign'), 'speculative')
})

test('a denial inside a relative clause on a noun is about that noun, not the statement', () => {
  assert.equal(modalityOf('the council fined the firm for spills that it denies'), 'asserted')
  assert.equal(modalityOf('the port was shut over claims which the owners have always disputed, and trade stopped'), 'asserted')
  // A denial with its own object ("denied that…") is still the statement's.
  assert.equal(modalityOf('the owners denied that the ship had spilled oil'), 'denied')
  // Nor is it a cue that makes the writer's own background sentence a claim.
  assert.equal(claimsOf('The council fined the firm last year for spills that it denies.').claims.length, 0)
})

test('a closing participle clause is the writer\'s gloss and does not colour the statement', () => {
  assert.equal(modalityOf('the mayor resigned on Friday, ending months of speculation that she would run again'), 'asserted')
  assert.equal(modalityOf('a storm hit the coast, killing four people'), 'asserted')
})

test('"according to" two officials with a figure is asserted', () => {
  const { claims } = claimsOf('At least 70 houses burned down, according to two local officials.')
  assert.equal(claims.length, 1)
  assert.equal(claims[0]!.modality, 'asserted')
  assert.deepEqual(claims[0]!.chain.map((h) => h.name), ['The Harbor Ledger', 'two local officials'])
})

test('a byline naming a wire service puts the wire after the publisher in every chain', () => {
  const base = analysed('Turkey offered exile to Maduro, two officials said.')
  const doc = { ...base, meta: { ...base.meta, byline: 'Reuters' } }
  const [claim] = findClaims(doc)
  assert.deepEqual(claim!.chain.map((h) => h.name), ['The Harbor Ledger', 'Reuters', 'two officials'])
})

test('a named actor\'s deed told in the outlet\'s own voice is an asserted claim with the publisher alone as chain', () => {
  const { doc, claims } = claimsOf('LIMA — Maduro signed the decree on a Sunday night. Maduro is a former bus driver.')
  assert.equal(claims.length, 1)
  assert.equal(spanText(doc, claims[0]!), 'Maduro signed the decree on a Sunday night')
  assert.equal(claims[0]!.modality, 'asserted')
  assert.deepEqual(claims[0]!.chain.map((h) => h.name), ['The Harbor Ledger'])
})

test('a Spanish preterite after a named actor is a deed too', () => {
  const { claims } = claimsOf('Turquía retiró el lunes su embajador en la región.')
  assert.equal(claims.length, 1)
  assert.equal(claims[0]!.modality, 'asserted')
})

test('the dateline stays out of a claim, so the filing city is not what the claim is about', () => {
  const doc = testDoc('ANKARA, March 3 (AP) — Maduro will probably travel to Lima, two officials said.', [
    { name: 'Nicolás Maduro', type: 'PERSON', forms: ['Maduro'] },
    { name: 'Turkey', type: 'PLACE', forms: ['ANKARA'] },
  ])
  const claims = claimsAfterQuotes(doc)
  assert.equal(claims.length, 1)
  assert.equal(spanText(doc, claims[0]!), 'Maduro will probably travel to Lima')
  assert.deepEqual(claims[0]!.about, ['person:nicolas-maduro'])
})

test('the key of a reported statement leaves out an elaboration after a colon and a closing participle gloss', () => {
  const { claims } = claimsOf('Outlet A reported that no ceasefire was agreed at the summit: the sides only swapped drafts. According to the NYT, a ceasefire was agreed at the summit, ending weeks of fighting.')
  assert.equal(claims.length, 2)
  assert.equal(claims[0]!.key, claims[1]!.key)
})

test('a belief is relayed as speculative and an intention as expected, with the holder as the source', () => {
  const belief = claimsOf('Maduro doubts that the blockade will hold.')
  assert.equal(belief.claims.length, 1)
  assert.equal(spanText(belief.doc, belief.claims[0]!), 'the blockade will hold')
  assert.equal(belief.claims[0]!.modality, 'speculative')
  const plan = claimsOf('Maduro plans to visit the port in March.')
  assert.equal(plan.claims.length, 1)
  assert.equal(plan.claims[0]!.modality, 'expected')
  assert.deepEqual(plan.claims[0]!.chain.map((h) => h.name), ['The Harbor Ledger', 'Nicolás Maduro'])
})

test("a stance relays no claim of its source's: the sentence is the outlet's report of what the source did", () => {
  const { doc, claims } = claimsOf('Maduro attacked the blockade in a speech to supporters.')
  assert.equal(claims.length, 1)
  assert.equal(spanText(doc, claims[0]!), 'Maduro attacked the blockade in a speech to supporters')
  assert.deepEqual(claims[0]!.chain.map((h) => h.name), ['The Harbor Ledger'])
  assert.equal(claims[0]!.quote, null)
})

test('a negated cue relays no claim of its source: the sentence is read as the outlet’s own', () => {
  const { doc, claims } = claimsOf('Maduro did not say whether the blockade would end.')
  assert.equal(claims.length, 1)
  assert.equal(claims[0]!.quote, null)
  assert.deepEqual(claims[0]!.chain.map((h) => h.name), ['The Harbor Ledger'])
  assert.equal(spanText(doc, claims[0]!), 'Maduro did not say whether the blockade would end')
})

test('a sentence that only says someone did not comment is no claim; one that goes on to say something is', () => {
  const text = [
    'The foreign ministry did not respond to a request for comment.',
    'A government spokesman said the cabinet "does not comment on rumours".',
    'The ministry declined to comment but said that talks with Ankara could resume in March.',
  ].join(' ')
  const { doc, claims } = claimsOf(text)
  const said = claims.map((c) => spanText(doc, c))
  assert.ok(!said.some((t) => /respond|rumours/.test(t)), said.join(' | '))
  assert.ok(said.some((t) => /talks with Ankara could resume/.test(t)), said.join(' | '))
})

test('a date bounding the proposition is one key term however the deadline is worded', () => {
  const dated = (text: string): { doc: Doc; claims: Claim[] } => {
    const base = analysed(text)
    const published = { ...base, meta: { ...base.meta, published: '2026-03-02' } }
    const doc = withLayers(published, timesAnnotator.annotate(published))
    return { doc, claims: findClaims(doc) }
  }
  const until = dated('An official said the council gave Maduro until late March to leave the capital.').claims[0]!
  const deadline = dated('An official said the council had set Maduro a deadline of late March to step down and leave the capital.').claims[0]!
  const later = dated('An official said the council gave Maduro until late May to leave the capital.').claims[0]!
  assert.match(until.key, / until2026-03-31(?: |$)/)
  assert.match(deadline.key, / until2026-03-31(?: |$)/)
  assert.ok(claimSimilarity(until.key, deadline.key) >= 0.5, `${until.key} / ${deadline.key}`)
  assert.ok(claimSimilarity(until.key, later.key) < claimSimilarity(until.key, deadline.key))
})

test('a clause describing the subject and a closing "when" clause stay out of the key and its entities', () => {
  const { claims } = claimsOf(
    'Officials said the barge suspected of sinking buoys off Turkey was missing its crane when inspectors boarded it. Officials said the barge was missing its crane.',
  )
  assert.equal(claims.length, 2)
  assert.equal(claims[0]!.key, claims[1]!.key)
  assert.deepEqual(claims[0]!.about, [])
})

test("a leader's administration in a claim is the country it governs, the leader alone stays the person", () => {
  const leader = { name: 'Donald Trump', type: 'PERSON' as const, forms: ['Trump'] }
  const about = (text: string): readonly string[] => {
    const doc = testDoc(text, [leader])
    return claimsAfterQuotes(doc)[0]!.about
  }
  assert.deepEqual(about('Officials said the Trump administration had warned the council.'), ['place:united-states'])
  assert.deepEqual(about('Officials said Trump had warned the council.'), ['person:donald-trump'])
})
