import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spanText } from '../../doc/doc.js'
import type { Quote } from '../../doc/types.js'
import { findQuotes } from './index.js'
import { testDoc, type EntitySpec } from './test-doc.js'

const ENTITIES: EntitySpec[] = [
  { name: 'Lena Kowalski', type: 'PERSON', forms: ['Lena Kowalski', 'Kowalski'] },
  { name: 'Oskar Brandt', type: 'PERSON' },
  { name: 'Portvale Harbour Authority', type: 'ORG' },
  { name: 'PHA', type: 'ORG' },
  { name: 'Nordmark Freight', type: 'ORG' },
  { name: 'Baltic University', type: 'ORG' },
  { name: 'Coast Guard', type: 'ORG' },
  { name: 'Eastport Governor Tomas Veld', type: 'OTHER' },
  { name: 'Reuters', type: 'OUTLET' },
  { name: 'The Daily Beacon', type: 'OUTLET', forms: ['The Beacon', 'the Beacon'] },
]

function quotesOf(text: string): { text: string; quotes: Quote[]; show: (q: Quote) => string } {
  const doc = testDoc(text, ENTITIES)
  return { text, quotes: findQuotes(doc), show: (q) => spanText(doc, q) }
}

function single(text: string): { content: string; sources: string[] } {
  const { quotes, show } = quotesOf(text)
  assert.equal(quotes.length, 1, `expected one quote in "${text}", got ${JSON.stringify(quotes.map(show))}`)
  const q = quotes[0]!
  return { content: show(q), sources: [...q.via.map((v) => v.name), q.speaker.name] }
}

test('an attribution in mid-sentence attributes the clause before it, not the gloss after it', () => {
  const q = single('The ferry line has suspended night crossings, three people familiar with the schedule said, leaving islanders without a late boat.')
  assert.equal(q.content, 'The ferry line has suspended night crossings')
  assert.deepEqual(q.sources, ['three people familiar with the schedule'])
})

test('a named speaker with a time adjunct after the cue, mid-sentence, is the source of the clause before', () => {
  const q = single('Two cranes collapsed at the container terminal, Oskar Brandt said on Friday, and work stopped for the day.')
  assert.equal(q.content, 'Two cranes collapsed at the container terminal')
  assert.deepEqual(q.sources, ['Oskar Brandt'])
})

test('"according to" followed by a relative clause keeps the source and drops the clause', () => {
  const q = single('At least 30 containers fell into the sea, according to two dock officials who asked not to be identified because they feared for their jobs.')
  assert.equal(q.content, 'At least 30 containers fell into the sea')
  assert.deepEqual(q.sources, ['two dock officials'])
})

test('"In a statement, the authority said the port reopened" is a leading frame, not a trailing one', () => {
  const q = single('In a statement, the Portvale Harbour Authority said the port would reopen on Monday.')
  assert.equal(q.content, 'the port would reopen on Monday')
  assert.deepEqual(q.sources, ['Portvale Harbour Authority'])
})

test('"citing X" after a trailing outlet attribution ends the chain with the cited source', () => {
  const q = single('The tanker lost power off the coast, Reuters reported on Monday, citing the harbour agency PHA, as tugs moved in.')
  assert.equal(q.content, 'The tanker lost power off the coast')
  assert.deepEqual(q.sources, ['Reuters', 'PHA'])
})

test('"citing X" between the outlet\'s cue and "that" joins the chain and stays out of the content', () => {
  const q = single('The Beacon reported, citing two customs officers, that the cargo was never inspected.')
  assert.equal(q.content, 'the cargo was never inspected')
  assert.deepEqual(q.sources.slice(-2), ['The Daily Beacon', 'two customs officers'])
})

test('a closing ", citing X" of reported content moves to the chain', () => {
  const q = single('The Beacon reported this week that the terminal would be sold, citing a senior E.U. diplomat.')
  assert.equal(q.content, 'the terminal would be sold')
  assert.deepEqual(q.sources.slice(-2), ['The Daily Beacon', 'a senior E.U. diplomat'])
})

test('a title written into a name leaves the person as the source', () => {
  const q = single('The storm flooded 200 homes, Eastport Governor Tomas Veld said.')
  assert.deepEqual(q.sources, ['Tomas Veld'])
})

test('an organisation named by its function speaks, possessive and all', () => {
  const q = single("Norway's transport ministry confirmed on Tuesday that the bridge would stay shut.")
  assert.equal(q.content, 'the bridge would stay shut')
  assert.deepEqual(q.sources, ["Norway's transport ministry"])
})

test('capitalised modifiers after a determiner stay in an anonymous source', () => {
  const q = single('Ferries will resume next week, two Coast Guard officers said.')
  assert.deepEqual(q.sources, ['two Coast Guard officers'])
})

test('a describing appositive between a name and the cue does not steal the subject', () => {
  const q = single('Lena Kowalski, an engineer at Baltic University, said the quay wall could give way.')
  assert.deepEqual(q.sources, ['Lena Kowalski'])
  assert.equal(q.content, 'the quay wall could give way')
})

test('a company named after a time adjunct denies the content after "that"', () => {
  const { quotes, show } = quotesOf('The owner of the barge, Nordmark Freight, on Thursday denied that its crew had dumped fuel.')
  assert.equal(quotes.length, 1)
  assert.equal(show(quotes[0]!), 'its crew had dumped fuel')
  assert.equal(quotes[0]!.speaker.name, 'Nordmark Freight')
})

test('"rejected reports … that" makes the reports\' content the denied statement', () => {
  const { quotes, show } = quotesOf('The harbour agency (PHA) on Monday rejected reports circulating online that the dam had cracked.')
  assert.equal(quotes.length, 1)
  assert.equal(show(quotes[0]!), 'the dam had cracked')
  assert.equal(quotes[0]!.speaker.name, 'PHA')
})

test('an outlet introduced by "which reported" is the source of what it reported', () => {
  const q = single('That version differs from the Beacon, which reported last week that the mayor had resigned.')
  assert.equal(q.content, 'the mayor had resigned')
  assert.deepEqual(q.sources.at(-1), 'The Daily Beacon')
})

test('an appositive without a determiner is not the subject, and a clause after a trailing "said" is no inversion', () => {
  const q = single('Lena Kowalski, director of the Portvale Harbour Authority, said the dredging had been delayed by Nordmark Freight.')
  assert.deepEqual(q.sources, ['Lena Kowalski'])
  assert.equal(q.content, 'the dredging had been delayed by Nordmark Freight')
})

test('after a quotation, "told" with an outlet names the hearer that relays it, never the speaker', () => {
  const q = single('“The cranes were never inspected,” Oskar Brandt, the chief engineer at the terminal, told Reuters.')
  assert.deepEqual(q.sources, ['Reuters', 'Oskar Brandt'])
  assert.equal(q.content, 'The cranes were never inspected')
})

test('"Asked about X, Y said …": the question is not what was said; the answer after the cue is', () => {
  const q = single('Asked about the delay at the terminal, Oskar Brandt said, “The cranes are being inspected.”')
  assert.deepEqual(q.sources, ['Oskar Brandt'])
  assert.equal(q.content, 'The cranes are being inspected')
})

test('a quoted question followed by "Brandt asked." is one unit: the question is what Brandt asked', () => {
  const q = single('“Who will pay for the new pier?” Oskar Brandt asked. The council did not answer.')
  assert.equal(q.content, 'Who will pay for the new pier?')
  assert.deepEqual(q.sources, ['Oskar Brandt'])
})

test('an attribution set off by commas mid-sentence attributes the predicate that resumes after it', () => {
  const q = single('The repairs, Oskar Brandt explained at the hearing, would take until spring.')
  assert.equal(q.content, 'would take until spring')
  assert.deepEqual(q.sources, ['Oskar Brandt'])
})

test('a participle after a comma and an adverb (", even suggesting") still reports for the clause subject', () => {
  const { quotes, show } = quotesOf('Oskar Brandt criticised the night timetable on Monday, even suggesting he would stop the ferries at ten.')
  assert.deepEqual(quotes.map((q) => [q.speaker.name, show(q)]), [
    ['Oskar Brandt', 'the night timetable on Monday'],
    ['Oskar Brandt', 'he would stop the ferries at ten'],
  ])
})

test('a relative clause with its own cue is an attribution, kept on "who", after a frame or in a sentence with none', () => {
  const { text, quotes, show } = quotesOf('The tender was rushed, said Oskar Brandt, who has argued that the port needs a second bidder.')
  assert.deepEqual(quotes.map((q) => [q.speaker.name, text.slice(q.speaker.span!.start, q.speaker.span!.end), show(q)]), [
    ['Oskar Brandt', 'Oskar Brandt', 'The tender was rushed'],
    ['Oskar Brandt', 'who', 'the port needs a second bidder'],
  ])
  const calm = quotesOf('The new timetable should calm Oskar Brandt, who has argued that the night ferries are unsafe.')
  assert.deepEqual(calm.quotes.map((q) => [q.speaker.name, calm.show(q)]), [['Oskar Brandt', 'the night ferries are unsafe']])
})

test('a reported clause may open with a pronoun and a negated auxiliary: "complained they weren’t paid"', () => {
  const q = single('Oskar Brandt complained they weren’t paid for the night shifts.')
  assert.equal(q.content, 'they weren’t paid for the night shifts')
  assert.deepEqual(q.sources, ['Oskar Brandt'])
})

test('"…, X, a fellow at Y, said of Z": Z is the topic, and X, before the cue, the speaker', () => {
  const q = single('“The tender was rushed,” Oskar Brandt, a lawyer for the dockers, said of the Portvale Harbour Authority.')
  assert.equal(q.content, 'The tender was rushed')
  assert.deepEqual(q.sources, ['Oskar Brandt'])
})

test('"X said he believed A, arguing B": the participle continues X, the outermost speaker, on his own mention', () => {
  const { text, quotes, show } = quotesOf('Oskar Brandt said he believed the survey was flawed, arguing that it asked too few dockers.')
  const arguing = quotes.find((q) => q.cue && text.slice(q.cue.start, q.cue.end) === 'arguing')!
  assert.equal(show(arguing), 'it asked too few dockers')
  assert.equal(text.slice(arguing.speaker.span!.start, arguing.speaker.span!.end), 'Oskar Brandt')
})
