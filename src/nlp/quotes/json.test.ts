import { test } from 'node:test'
import assert from 'node:assert/strict'
import { withLayers } from '../../doc/doc.js'
import { toArticleJson } from '../../doc/json.js'
import { findQuotes } from './index.js'
import { testDoc } from './test-doc.js'

test('analyze JSON gives each quote its content, cue and speaker as scorable spans', () => {
  const text = 'The pier reopened. Port director Ada Lindqvist said the cranes had been inspected. Critics say the inspection was rushed.'
  const base = testDoc(text, [{ name: 'Ada Lindqvist', type: 'PERSON' }])
  const json = toArticleJson(withLayers(base, { quotes: findQuotes(base) }))
  const quotes = json.quotes ?? []
  const at = (s: { start: number | null; end: number | null }): string => text.slice(s.start!, s.end!)
  assert.deepEqual(
    quotes.map((q) => [at(q), q.cue && at(q.cue), at(q.speaker), q.speaker.name, q.speaker.entity, q.speaker.kind]),
    [
      ['the cranes had been inspected', 'said', 'Ada Lindqvist', 'Ada Lindqvist', 'person:ada-lindqvist', 'person'],
      ['the inspection was rushed', 'say', 'Critics', 'Critics', null, 'unknown'],
    ],
  )
})

test('analyze JSON gives a quote its act, negation and the attributions it is reported within', () => {
  const text = 'The Daily Beacon reported that Ada Lindqvist believes the cranes are unsafe. She would not say whether the pier was closed.'
  const base = testDoc(text, [
    { name: 'Ada Lindqvist', type: 'PERSON' },
    { name: 'The Daily Beacon', type: 'OUTLET' },
  ])
  const quotes = toArticleJson(withLayers(base, { quotes: findQuotes(base) })).quotes ?? []
  assert.deepEqual(
    quotes.map((q) => [q.text, q.act, q.negated, q.enclosing.map((e) => [e.source.name, e.cue.text, e.content.text])]),
    [
      ['the cranes are unsafe', 'believes', false, [['The Daily Beacon', 'reported', 'Ada Lindqvist believes the cranes are unsafe']]],
      ['whether the pier was closed', 'says', true, []],
    ],
  )
})
