/** @module nlp/sentences/sentences.test — sentence splitting and tokenisation behaviour. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createDoc, emptyMeta, withLayers } from '../../doc/doc.js'
import { sentencesAnnotator, splitSentences, tokenize } from './index.js'

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end))
const tokens = (text: string): string[] => tokenize(text).map((s) => text.slice(s.start, s.end))

test('splits on . ! ? and … before a capital, quote or digit', () => {
  assert.deepEqual(sentences('It rained. Then it stopped! Why? "Nobody knows"… 12 people left.'), [
    'It rained.',
    'Then it stopped!',
    'Why?',
    '"Nobody knows"…',
    '12 people left.',
  ])
})

test('does not split before a lower-case word', () => {
  assert.deepEqual(sentences('He asked why? and left. ok then.'), ['He asked why? and left. ok then.'])
})

test('does not split after titles, country abbreviations, months, times and company suffixes', () => {
  const text =
    'Mr. Smith met Dr. Jones and Gen. Ali in the U.S. Capitol on Jan. 5 at 9 a.m. Tuesday. ' +
    'Acme Inc. Sales rose, e.g. In March, vs. Rivals, etc. Moving on.'
  assert.deepEqual(sentences(text), [
    'Mr. Smith met Dr. Jones and Gen. Ali in the U.S. Capitol on Jan. 5 at 9 a.m. Tuesday.',
    'Acme Inc. Sales rose, e.g. In March, vs. Rivals, etc. Moving on.',
  ])
})

test('does not split after a single capital initial', () => {
  assert.deepEqual(sentences('Donald J. Trump spoke. He left.'), ['Donald J. Trump spoke.', 'He left.'])
})

test('keeps a closing quote with its sentence', () => {
  assert.deepEqual(sentences('“We will not leave,” he said. “Never.” She nodded. "Go." They went.'), [
    '“We will not leave,” he said.',
    '“Never.”',
    'She nodded.',
    '"Go."',
    'They went.',
  ])
})

test('splits at paragraph breaks even without final punctuation, and spans exclude whitespace', () => {
  const text = '  Headline without a stop\n\n  First line of body.\nsame sentence \n \n Last one  '
  const spans = splitSentences(text)
  assert.deepEqual(
    spans.map((s) => text.slice(s.start, s.end)),
    ['Headline without a stop', 'First line of body.\nsame sentence', 'Last one'],
  )
  for (const s of spans) assert.doesNotMatch(text.slice(s.start, s.end), /^\s|\s$/)
})

test('returns no sentences for empty or blank text', () => {
  assert.deepEqual(splitSentences(''), [])
  assert.deepEqual(splitSentences(' \n\n \t'), [])
})

test('tokenises words with diacritics, inner apostrophes and hyphens as one token', () => {
  assert.deepEqual(tokens("Erdoğan's cease-fire didn’t hold; O'Brien left."), [
    "Erdoğan's",
    'cease-fire',
    'didn’t',
    'hold',
    ';',
    "O'Brien",
    'left',
    '.',
  ])
})

test('tokenises numbers with inner commas and dots, and punctuation one character each', () => {
  assert.deepEqual(tokens('It cost $1,200.50 (about 3.5%), in the 1990s...'), [
    'It', 'cost', '$', '1,200.50', '(', 'about', '3.5', '%', ')', ',', 'in', 'the', '1990s', '.', '.', '.',
  ])
})

test('keeps dotted initialisms whole but splits a single initial from its dot', () => {
  assert.deepEqual(tokens('The U.S. and Donald J. Trump at 9 a.m.'), [
    'The', 'U.S.', 'and', 'Donald', 'J', '.', 'Trump', 'at', '9', 'a.m.',
  ])
})

test('a quote mark outside a word is its own token', () => {
  assert.deepEqual(tokens("'Yes,' she said"), ["'", 'Yes', ',', "'", 'she', 'said'])
})

test('the annotator assigns valid sentences and tokens layers', () => {
  const doc = createDoc('Turkey offered exile. Caracas refused.', emptyMeta('t.txt'))
  const out = withLayers(doc, sentencesAnnotator.annotate(doc))
  assert.equal(out.layers.sentences?.length, 2)
  assert.equal(out.layers.tokens?.length, 7)
  assert.equal(sentencesAnnotator.name, 'storytrace.sentences.v1')
})

test('a Spanish question or exclamation opened by ¿ or ¡ starts a new sentence', () => {
  const text = 'El ministro habló ayer. ¿Habrá acuerdo esta semana? ¡Nadie lo sabe!'
  const doc = sentencesAnnotator.annotate(createDoc(text, emptyMeta('es.txt'), { paragraphs: [{ start: 0, end: text.length }] }))
  assert.deepEqual(
    doc.sentences.map((s) => text.slice(s.start, s.end)),
    ['El ministro habló ayer.', '¿Habrá acuerdo esta semana?', '¡Nadie lo sabe!'],
  )
})
