import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spanText } from '../../doc/doc.js'
import { findQuotes } from './index.js'
import { testDoc, type EntitySpec } from './test-doc.js'

const ENTITIES: EntitySpec[] = [
  { name: 'Lena Kowalski', type: 'PERSON', forms: ['Lena Kowalski', 'Kowalski'] },
  { name: 'Oskar Brandt', type: 'PERSON', forms: ['Oskar Brandt', 'Brandt'] },
  { name: 'Portvale Harbour Authority', type: 'ORG' },
]

/** [act, speaker, cue, content] of every quote in the text. */
function acts(text: string): string[][] {
  const doc = testDoc(text, ENTITIES)
  return findQuotes(doc).map((q) => [q.act, q.speaker.name, q.cue ? spanText(doc, q.cue) : '', spanText(doc, q)])
}

test('wants, plans and decisions are attributed as intentions, with the infinitive or object as content', () => {
  assert.deepEqual(acts('Kowalski wants to close the north pier before winter.'), [['intends', 'Lena Kowalski', 'wants', 'to close the north pier before winter']])
  assert.deepEqual(acts('The Portvale Harbour Authority plans to dredge the channel in spring.'), [
    ['intends', 'Portvale Harbour Authority', 'plans', 'to dredge the channel in spring'],
  ])
})

test('support, attacks and demands are stances, phrasal ones with their particle in the cue', () => {
  assert.deepEqual(acts('Brandt attacked the dredging contract on Tuesday.'), [['stance', 'Oskar Brandt', 'attacked', 'the dredging contract on Tuesday']])
  assert.deepEqual(acts('Kowalski called for an inquiry into the tender.'), [['stance', 'Lena Kowalski', 'called for', 'an inquiry into the tender']])
  assert.deepEqual(acts('The dock workers’ union is defending the night shifts.'), [['stance', 'The dock workers’ union', 'defending', 'the night shifts']])
})

test('beliefs are attributed as beliefs', () => {
  assert.deepEqual(acts('Brandt doubts that the channel will be deep enough.'), [['believes', 'Oskar Brandt', 'doubts', 'the channel will be deep enough']])
})

test('a stance needs a subject that can hold one: a name, a pronoun or a body of people', () => {
  assert.deepEqual(acts('The new timetable supports families who commute by ferry.'), [])
  assert.deepEqual(acts('The tide attacked the sea wall all night.'), [])
  assert.deepEqual(acts('The harbour doctors endorsed the night shift limits.'), [['stance', 'The harbour doctors', 'endorsed', 'the night shift limits']])
})

test('a stance or a want never attributes the clause before it', () => {
  assert.deepEqual(acts('The pier will reopen in March, and Brandt wants a new crane.'), [['intends', 'Oskar Brandt', 'wants', 'a new crane']])
})

test('a second verb after "and" is a second attribution by the same subject', () => {
  assert.deepEqual(acts('Kowalski said that the tender was rigged and urged the council to cancel it.'), [
    ['says', 'Lena Kowalski', 'said', 'the tender was rigged'],
    ['stance', 'Lena Kowalski', 'urged', 'the council to cancel it'],
  ])
  assert.deepEqual(acts('Brandt criticised the blockade, saying it would starve the coast.'), [
    ['stance', 'Oskar Brandt', 'criticised', 'the blockade'],
    ['says', 'Oskar Brandt', 'saying', 'it would starve the coast'],
  ])
})

test('a stance inside reported speech stays part of what was said', () => {
  assert.deepEqual(acts('The Portvale Harbour Authority confirmed that Brandt refused the offer of a new berth.'), [
    ['says', 'Portvale Harbour Authority', 'confirmed', 'Brandt refused the offer of a new berth'],
  ])
})

test('an adjunct with a word ending in "y" before "that" does not hide the content', () => {
  assert.deepEqual(acts('Kowalski wrote in the early hours that the crane had fallen.'), [['says', 'Lena Kowalski', 'wrote', 'the crane had fallen']])
})

test("a speaker inside a stance's object speaks for itself, not through the one taking the stance", () => {
  assert.deepEqual(acts('Kowalski endorsed Brandt, who says he is honoured.'), [['says', 'Oskar Brandt', 'says', 'he is honoured']])
})

test('an adverb between the subject and a stance is a gap, and a later "and said" is a second attribution', () => {
  assert.deepEqual(acts('Brandt generally supported the tender during his years at the port, and said he did not back the new berth.'), [
    ['stance', 'Oskar Brandt', 'supported', 'the tender during his years at the port'],
    ['says', 'Oskar Brandt', 'said', 'he did not back the new berth'],
  ])
})

test('a negated cue is marked, and a pronoun subject may have auxiliaries and modals before its cue', () => {
  const doc = testDoc('Kowalski chairs the board. She would not say whether the tender was rigged.', ENTITIES)
  const [q] = findQuotes(doc)
  assert.ok(q)
  assert.equal(q.speaker.name, 'Lena Kowalski')
  assert.equal(spanText(doc, q), 'whether the tender was rigged')
  assert.equal(q.negated, true)
  assert.deepEqual(acts('Kowalski chairs the board. She has said the tender was rigged.').at(-1), ['says', 'Lena Kowalski', 'said', 'the tender was rigged'])
  assert.equal(findQuotes(testDoc('Kowalski has said the tender was rigged.', ENTITIES))[0]!.negated, false)
})

test('a clause after "but", "though" or "and" that opens with its own subject and cue is an attribution of its own', () => {
  assert.deepEqual(acts('Kowalski said the crane was safe, but she denied that the pier had flooded.'), [
    ['says', 'Lena Kowalski', 'said', 'the crane was safe'],
    ['says', 'Lena Kowalski', 'denied', 'the pier had flooded'],
  ])
  assert.deepEqual(acts('Brandt said the port would reopen, and the Portvale Harbour Authority said the channel was clear.'), [
    ['says', 'Oskar Brandt', 'said', 'the port would reopen'],
    ['says', 'Portvale Harbour Authority', 'said', 'the channel was clear'],
  ])
})

test('a passive stance with "by" is the agent’s stance on the passive’s subject; other passives are no one’s', () => {
  assert.deepEqual(acts('The dredging tender has been endorsed by the Portvale Harbour Authority.'), [
    ['stance', 'Portvale Harbour Authority', 'endorsed', 'The dredging tender'],
  ])
  assert.deepEqual(acts('The north pier was attacked by the storm surge on Monday.'), [])
})

test('"continued" reports what follows a colon, and nothing else', () => {
  assert.deepEqual(acts('Brandt continued: “The cranes were never inspected.”'), [['says', 'Oskar Brandt', 'continued', 'The cranes were never inspected']])
  assert.deepEqual(acts('Brandt continued to inspect the cranes after dark.'), [])
})

test('what a poll or a study shows is its finding, object and all; a person finding things, or a show, is no attribution', () => {
  assert.deepEqual(acts('Polls show a narrow lead for the ferry levy in Portvale.'), [['says', 'Polls', 'show', 'a narrow lead for the ferry levy in Portvale']])
  assert.deepEqual(acts('The harbour survey found that most berths stood empty.'), [['says', 'The harbour survey', 'found', 'most berths stood empty']])
  assert.deepEqual(acts('Brandt found the missing ledger in a drawer.'), [])
  assert.deepEqual(acts('The Quayside Revue show that opened on Friday sold out.'), [])
})

test('"agreed to" with an infinitive reports an undertaking, as "vowed to" does', () => {
  assert.deepEqual(acts('The Portvale Harbour Authority agreed to repair the north pier by May.'), [
    ['says', 'Portvale Harbour Authority', 'agreed', 'to repair the north pier by May'],
  ])
})

test('a reporting verb with a plain object the speaker stands by is a stance; a thing with no voice stresses nothing', () => {
  assert.deepEqual(acts('Brandt is stressing the need to deepen the channel.'), [['stance', 'Oskar Brandt', 'stressing', 'the need to deepen the channel']])
  assert.deepEqual(acts('The Portvale Harbour Authority denied any part in the spill.'), [['stance', 'Portvale Harbour Authority', 'denied', 'any part in the spill']])
  assert.deepEqual(acts('Kowalski confirmed that the pier would close.'), [['says', 'Lena Kowalski', 'confirmed', 'the pier would close']])
  assert.deepEqual(acts('The new timetable confirmed the fears of commuters.'), [])
  // A preposition after the verb opens no held object ("warned against" and "warned of" are phrasal cues of their own, deed-cues.ts).
  assert.deepEqual(acts('Brandt warned about a second tender.'), [])
  assert.deepEqual(acts('Kowalski asked the pilots to slow down in the channel.'), [['stance', 'Lena Kowalski', 'asked', 'the pilots to slow down in the channel']])
})

test('a subject may open a clause after "after", "when" or "if"', () => {
  assert.deepEqual(acts('The night ferry stopped running after the dockers’ union backed the strike.'), [['stance', 'the dockers’ union', 'backed', 'the strike']])
})

test('any adverb in -ly may sit between a subject and its cue, but a noun in -ly ends the subject', () => {
  assert.deepEqual(acts('Brandt bluntly rejected the second tender.'), [['stance', 'Oskar Brandt', 'rejected', 'the second tender']])
  assert.deepEqual(acts('Kowalski apparently thinks this is a mistake.'), [['believes', 'Lena Kowalski', 'thinks', 'this is a mistake']])
  assert.deepEqual(
    findQuotes(testDoc('The harbour weekly reported that the pier would close.', ENTITIES)).map((q) => q.speaker.name),
    ['The harbour weekly'],
  )
})

test('the apostrophe of a possessive opens no subject: "citing … the union’s members in …" cites no one', () => {
  const [q] = acts('Lena Kowalski praised the plan, citing her work for the port and on including the ferry union’s members in the pension scheme.')
  assert.deepEqual(q?.slice(0, 3), ['stance', 'Lena Kowalski', 'praised'])
})

test('a participle continues the subject after an opening adjunct and an honorific: "On Friday, however, Mrs. Kowalski …, promising"', () => {
  assert.deepEqual(acts('On Friday, however, Mrs. Kowalski spoke to the dockers, promising to keep the night shift.'), [
    ['says', 'Lena Kowalski', 'promising', 'to keep the night shift'],
  ])
})

test('a response met or given with a phrase is a stance, negation marked; a response with a clause is said', () => {
  const doc = testDoc('The Portvale Harbour Authority did not immediately respond to requests for comment.', ENTITIES)
  const [q, ...rest] = findQuotes(doc)
  assert.deepEqual([q!.act, q!.negated, spanText(doc, q!.cue!), spanText(doc, q!)], ['stance', true, 'respond', 'to requests for comment'])
  assert.equal(rest.length, 0)
  assert.deepEqual(acts('Brandt responded with a list of missed deadlines.'), [['stance', 'Oskar Brandt', 'responded', 'with a list of missed deadlines']])
  assert.deepEqual(acts('Brandt responded that the deadlines had been met.'), [['says', 'Oskar Brandt', 'responded', 'the deadlines had been met']])
})

test('a lexicon verb in its base form after a modal or "do" is a cue; the base form alone is not', () => {
  const cases: [string, string[][]][] = [
    ['Brandt would back the new tender.', [['stance', 'Oskar Brandt', 'back', 'the new tender']]],
    ['Kowalski did not support the dredging plan.', [['stance', 'Lena Kowalski', 'support', 'the dredging plan']]],
    ['The pilots back the new tender.', []],
    ['The ferry will back into the slip at noon.', []],
  ]
  for (const [text, expected] of cases) assert.deepEqual(acts(text), expected, text)
})

test('a poll share holds the preference it is counted for', () => {
  assert.deepEqual(acts('Among harbour users, 40 percent would back the new tender.'), [['stance', '40 percent', 'back', 'the new tender']])
  assert.deepEqual(acts('Among harbour users, 12 percent prefer the old quay.'), [['stance', '12 percent', 'prefer', 'the old quay']])
})
