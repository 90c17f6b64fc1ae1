import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spanText } from '../../doc/doc.js'
import type { Quote } from '../../doc/types.js'
import { findQuotes } from './index.js'
import { testDoc, type EntitySpec } from './test-doc.js'

const ENTITIES: EntitySpec[] = [
  { name: 'Nicolás Maduro', type: 'PERSON', forms: ['Nicolás Maduro', 'Maduro'] },
  { name: 'Eastholm Port Authority', type: 'ORG' },
]

function one(text: string): { q: Quote; show: (s: { start: number; end: number } | null) => string } {
  const doc = testDoc(text, ENTITIES)
  const qs = findQuotes(doc)
  assert.equal(qs.length, 1, `expected one quote in "${text}", got ${JSON.stringify(qs.map((x) => spanText(doc, x)))}`)
  return { q: qs[0]!, show: (s) => (s ? spanText(doc, s) : '') }
}

test('a subject the entities stage missed is kept as written: honorific names, described people, bare plurals', () => {
  for (const [text, speaker, kind] of [
    ['Mr. Okonkwo said the ferry would run again on Friday.', 'Mr. Okonkwo', 'person'],
    ['The harbour master said the ferry would run again on Friday.', 'The harbour master', 'unknown'],
    ['Several residents said the ferry would run again on Friday.', 'Several residents', 'participant'],
    ['Critics say the ferry will not run again this year.', 'Critics', 'unknown'],
    ['E.U. ministers warn that the ferry will not run again this year.', 'E.U. ministers', 'official'],
    ['NATO planners say the ferry will not run again this year.', 'NATO planners', 'unknown'],
  ] as const) {
    const { q, show } = one(text)
    assert.equal(show(q.speaker.span), speaker, text)
    assert.equal(q.speaker.entity, null)
    assert.equal(q.speaker.kind, kind, text)
  }
})

test('an appositive after an untagged name does not make its last word the speaker', () => {
  const { q, show } = one('“The pier is closed,” Ada Lindqvist, the port director of Eastholm, said.')
  assert.equal(show(q.speaker.span), 'Ada Lindqvist')
  assert.equal(show(q), 'The pier is closed')
})

test('"according to" takes whatever phrase follows as the source', () => {
  const { q, show } = one('The ferry carried 300 passengers a day before the storm, according to harbour records.')
  assert.equal(show(q.speaker.span), 'harbour records')
  assert.equal(q.speaker.kind, 'document')
  assert.equal(show(q.cue), 'according to')
})

test('a participle cue takes the subject of its clause', () => {
  const { q, show } = one('Maduro toured the blockade line, saying it would starve the coast.')
  assert.equal(q.speaker.entity, 'person:nicolas-maduro')
  assert.equal(show(q.cue), 'saying')
  assert.equal(show(q), 'it would starve the coast')
})

test('a second verb shares the subject of the first, and a progressive verb is a cue', () => {
  const a = one('Maduro visited the port on Monday and said the blockade had failed.')
  assert.equal(a.q.speaker.entity, 'person:nicolas-maduro')
  assert.equal(a.show(a.q), 'the blockade had failed')
  const b = one('Maduro is once again claiming that the blockade has failed.')
  assert.equal(b.q.speaker.entity, 'person:nicolas-maduro')
  assert.equal(b.show(b.q.cue), 'claiming')
})

test('any finite verb with a "that" clause is a cue; a pronoun opening a nested frame is the outer speaker', () => {
  const a = one('The Eastholm Port Authority concluded that the crane had failed.')
  assert.equal(a.show(a.q.cue), 'concluded')
  const b = one('The Eastholm Port Authority said it believed that the crane had failed.')
  assert.deepEqual([...b.q.via.map((s) => s.name), b.q.speaker.name], ['Eastholm Port Authority'])
  assert.equal(b.show(b.q), 'the crane had failed')
})

test('a speaker name and a colon open a transcript line; two apostrophes are a quotation mark', () => {
  const a = one('LINDQVIST: The pier stays closed until the inspection is done.')
  assert.equal(a.show(a.q.speaker.span), 'LINDQVIST')
  assert.equal(a.show(a.q.cue), ':')
  const b = one("''The pier stays closed until spring,'' said Mr. Okonkwo.")
  assert.equal(b.q.direct, true)
  assert.equal(b.show(b.q), 'The pier stays closed until spring')
})

test('a label and a colon ("Correction:", "Source:") open no transcript line', () => {
  for (const text of ['Correction: An earlier version of this story gave the wrong year for the pier fire.', 'Source: Eastholm harbour records, 2015 to 2019.']) {
    assert.deepEqual(findQuotes(testDoc(text, ENTITIES)), [], text)
  }
})

test('a described subject needs a determiner or a plural: a bare verb phrase before the cue is not a source', () => {
  const doc = testDoc('Yesterday went badly said nobody.', ENTITIES)
  assert.deepEqual(findQuotes(doc), [])
})

test('"X said A, adding that B" gives two statements by the same speaker', () => {
  const doc = testDoc('Maduro said the blockade had failed, adding that talks would resume in May.', ENTITIES)
  const qs = findQuotes(doc)
  assert.deepEqual(
    qs.map((q) => [spanText(doc, q), q.cue ? spanText(doc, q.cue) : null, q.speaker.entity]),
    [
      ['the blockade had failed', 'said', 'person:nicolas-maduro'],
      ['talks would resume in May', 'adding', 'person:nicolas-maduro'],
    ],
  )
})

test('an undertaking in a to-infinitive is the content of "vowed" and "threatened"; a plain object is not', () => {
  const a = one('Maduro vowed to reopen the border crossings within a week.')
  assert.equal(a.show(a.q), 'to reopen the border crossings within a week')
  assert.equal(a.show(a.q.cue), 'vowed')
  assert.deepEqual(findQuotes(testDoc('Maduro announced the reopening of the border crossings.', ENTITIES)), [])
})

test('a people noun with a phrase after it is the whole subject: "dock workers from both unions say", "those close to him say"', () => {
  const sourceOf = (text: string): string[] => findQuotes(testDoc(text, [])).map((q) => q.speaker.name)
  assert.deepEqual(sourceOf('On Monday, dock workers from both unions say the night shift will end.'), ['dock workers from both unions'])
  assert.deepEqual(sourceOf('Those close to him say that the mayor will not run again.'), ['Those close to him'])
  assert.deepEqual(sourceOf('Nearly eight of 10 voters say they use the ferry.'), ['Nearly eight of 10 voters'])
  assert.deepEqual(sourceOf('Prices in the harbour district say little about demand.'), [])
})

/** The one quote of each text has the given speaker span. */
function assertSpeakers(cases: readonly (readonly [string, string])[]): void {
  for (const [text, speaker] of cases) {
    const { q, show } = one(text)
    assert.equal(show(q.speaker.span), speaker, text)
  }
}

test('a participle after a clause whose verb is no cue continues a described holder opening the sentence', () => {
  assertSpeakers([
    ['The Eastholm dockers union filed a grievance on Monday, claiming that the night shifts broke the contract.', 'The Eastholm dockers union'],
    ['In March, several fishing groups sued the harbour board, saying the new quay harmed the spawning grounds.', 'several fishing groups'],
  ])
  // What no one holds takes no participle: "the ferry" is no holder.
  assert.equal(findQuotes(testDoc('The old ferry left the quay on Monday, saying goodbye to the town with three horn blasts.', ENTITIES)).length, 0)
})

test('a described holder or study with a postmodifier before its cue is the subject, not the postmodifier\'s last words', () => {
  assertSpeakers([
    ['A union representing harbour pilots endorsed the new tide schedule on Tuesday.', 'A union representing harbour pilots'],
    ['A 2019 study by two marine biologists found far fewer eels in the estuary.', 'A 2019 study by two marine biologists'],
    // A named author does not hold what the study found.
    ['A 2019 study by the Eastholm Port Authority found far fewer eels in the estuary.', 'A 2019 study by the Eastholm Port Authority'],
  ])
})
