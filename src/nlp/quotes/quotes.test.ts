import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { spanText } from '../../doc/doc.js'
import type { Doc, Quote } from '../../doc/types.js'
import { repoPath } from '../../util/paths.js'
import { findQuotes, quotesAnnotator } from './index.js'
import { testDoc, type EntitySpec } from './test-doc.js'

const ENTITIES: EntitySpec[] = [
  { name: 'Nicolás Maduro', type: 'PERSON', forms: ['Nicolás Maduro', 'Maduro'] },
  { name: 'Hakan Fidan', type: 'PERSON' },
  { name: 'Turkey', type: 'PLACE', forms: ['Turkey', 'Ankara'] },
  { name: 'The New York Times', type: 'OUTLET', forms: ['the NYT'] },
  { name: 'Outlet A', type: 'OUTLET' },
  { name: 'The Washington Post', type: 'OUTLET', forms: ['the Post'] },
  { name: 'Reuters', type: 'OUTLET' },
]

/** The body of a plain-text fixture article (everything after the header block). */
function body(path: string): string {
  const text = readFileSync(repoPath(path), 'utf8')
  return text.slice(text.indexOf('\n\n') + 2).trimEnd()
}

const article = testDoc(body('fixtures/quotes/relay-article.txt'), ENTITIES)
const quotes = findQuotes(article)

function quoteStarting(doc: Doc, qs: readonly Quote[], prefix: string): Quote {
  const q = qs.find((x) => spanText(doc, x).startsWith(prefix))
  assert.ok(q, `no quote starting "${prefix}" among ${JSON.stringify(qs.map((x) => spanText(doc, x)))}`)
  return q
}

function only(text: string): Quote {
  const doc = testDoc(text, ENTITIES)
  const qs = findQuotes(doc)
  assert.equal(qs.length, 1, `expected one quote in "${text}", got ${JSON.stringify(qs.map((x) => spanText(doc, x)))}`)
  return qs[0]!
}

test('a direct quote has the words inside the marks as content, the verb as cue and the named speaker', () => {
  const q = quoteStarting(article, quotes, 'We will not leave Caracas')
  assert.equal(spanText(article, q), 'We will not leave Caracas')
  assert.equal(q.direct, true)
  assert.equal(q.mixed, false)
  assert.equal(spanText(article, q.cue!), 'said')
  assert.equal(q.speaker.entity, 'person:nicolas-maduro')
  assert.equal(q.speaker.kind, 'person')
})

test('a cue-less quotation after a quote in the same paragraph continues its speaker', () => {
  const q = quoteStarting(article, quotes, 'This is our home')
  assert.equal(q.direct, true)
  assert.equal(q.cue, null)
  assert.equal(q.speaker.entity, 'person:nicolas-maduro')
})

test('indirect speech after "said that" is content, and "he" resolves to the last person named', () => {
  const q = quoteStarting(article, quotes, 'Turkey was ready')
  assert.equal(q.direct, false)
  assert.equal(spanText(article, q), 'Turkey was ready to host talks')
  assert.equal(q.speaker.entity, 'person:hakan-fidan')
  assert.equal(spanText(article, q.speaker.span!), 'He')
})

test('a paraphrase holding a quoted fragment is mixed', () => {
  const q = quoteStarting(article, quotes, 'the offer was')
  assert.equal(q.mixed, true)
  assert.equal(q.direct, false)
  assert.equal(spanText(article, q), 'the offer was “dead on arrival” and would be ignored')
})

test('nested reporting gives via outlets outermost first and the innermost anonymous speaker', () => {
  const q = quoteStarting(article, quotes, 'Turkey offered exile to Maduro')
  assert.deepEqual(q.via.map((v) => v.entity), ['outlet:outlet-a', 'outlet:the-new-york-times'])
  assert.equal(q.speaker.name, 'a senior US official')
  assert.equal(q.speaker.kind, 'official')
  assert.equal(q.speaker.entity, null)
})

test('anonymous sources keep their wording and get their kind', () => {
  const cases: Array<[string, string, string]> = [
    ['the offer stood', 'Two people familiar with the talks', 'familiar'],
    ['the move was unlikely', 'Analysts', 'analyst'],
    ['Ankara would wait', 'A diplomat', 'official'],
    ['the shelling lasted', 'Residents', 'participant'],
  ]
  for (const [content, name, kind] of cases) {
    const q = quoteStarting(article, quotes, content)
    assert.equal(q.speaker.name, name)
    assert.equal(q.speaker.kind, kind)
  }
})

test('"told Reuters" puts Reuters in via: it did its own reporting', () => {
  const q = quoteStarting(article, quotes, 'the offer stood')
  assert.deepEqual(q.via.map((v) => v.entity), ['outlet:reuters'])
  assert.equal(spanText(article, q.cue!), 'told')
})

test('"a document seen by Reuters" is a document source relayed by Reuters', () => {
  const q = quoteStarting(article, quotes, 'Turkey is ready to host talks')
  assert.equal(q.speaker.kind, 'document')
  assert.equal(q.speaker.name, 'a document')
  assert.deepEqual(q.via.map((v) => v.entity), ['outlet:reuters'])
})

test('a verb with a plain object and a scare-quoted word are not quotes', () => {
  assert.equal(quotes.some((q) => spanText(article, q).includes('the deal')), false)
  assert.equal(quotes.some((q) => spanText(article, q) === 'tense'), false)
})

test('a word in -s after a count is a plural noun, not a cue; after a year it may still be one', () => {
  const plural = testDoc('At the hearing, the ferry line will face off against the port board, 12 states, towns and unions that back the plan.', ENTITIES)
  assert.deepEqual(findQuotes(plural), [])
  const year = testDoc('The harbour act of 1998 states that the ferry will run.', ENTITIES)
  assert.deepEqual(findQuotes(year).map((q) => spanText(year, q)), ['the ferry will run'])
})

test('an -s word after a preposition and "the" heads a noun phrase: "that" after it opens a relative clause', () => {
  const doc = testDoc('Unlike many of the Harbor Line docks that Mr. Okonkwo acquired to clean up, these new docks are deep.', [{ name: 'Harbor Line', type: 'ORG' }])
  assert.deepEqual(findQuotes(doc), [])
})

test('"according to the Post, officials said X" relays officials through the Post', () => {
  const q = only('According to the Post, officials said Turkey had offered exile.')
  assert.deepEqual(q.via.map((v) => v.name), ['The Washington Post'])
  assert.equal(q.speaker.name, 'officials')
  assert.equal(q.speaker.kind, 'official')
})

test('a trailing "the Post reported" wraps the attribution before it', () => {
  const q = only('Officials said Turkey had offered exile, the Post reported.')
  assert.equal(q.speaker.name, 'Officials')
  assert.deepEqual(q.via.map((v) => v.name), ['The Washington Post'])
})

test('"as first reported by the Post" makes the Post both relay and source', () => {
  const q = only('Turkey offered exile, as first reported by the Post.')
  assert.equal(q.speaker.entity, 'outlet:the-washington-post')
  assert.deepEqual(q.via.map((v) => v.entity), ['outlet:the-washington-post'])
})

test('a quotation running over two sentences is one direct quote', () => {
  const doc = testDoc('Maduro said: “We will not leave. This is our home.”', ENTITIES)
  const [q] = findQuotes(doc)
  assert.equal(spanText(doc, q!), 'We will not leave. This is our home')
  assert.equal(q!.direct, true)
})

test('Spanish "dijo que" and "según" are cues', () => {
  const es: EntitySpec[] = [...ENTITIES, { name: 'Turkey', type: 'PLACE', forms: ['Turquía'] }]
  const doc = testDoc(body('fixtures/claims/es-article.txt'), es)
  const qs = findQuotes(doc)
  const segun = quoteStarting(doc, qs, 'Turquía ofreció asilo')
  assert.equal(spanText(doc, segun.cue!), 'Según')
  assert.equal(segun.speaker.name, 'fuentes diplomáticas')
  assert.equal(segun.speaker.kind, 'official')
  const dijo = quoteStarting(doc, qs, 'no dejará el país')
  assert.equal(spanText(doc, dijo.cue!), 'dijo')
  assert.equal(dijo.speaker.entity, 'person:nicolas-maduro')
})

test('quotesAnnotator returns only the quotes layer', () => {
  assert.deepEqual(Object.keys(quotesAnnotator.annotate(article)), ['quotes'])
  assert.equal(quotesAnnotator.name, 'storytrace.quotes.v1')
})
