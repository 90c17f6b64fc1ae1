import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createDoc, emptyMeta, spanText } from '../../doc/doc.js'
import { buildPipeline } from '../../doc/pipeline.js'
import { sentencesAnnotator } from '../sentences/index.js'
import { entitiesAnnotator } from './index.js'

const pipeline = buildPipeline([sentencesAnnotator, entitiesAnnotator], { onError: 'throw' })

function links(text: string): string[] {
  const doc = pipeline.run(createDoc(text, emptyMeta('test')))
  return doc.layers.entities!.flatMap((e) => e.mentions.map((m) => ({ m, s: `${spanText(doc, m)}=${e.id}` }))).sort((a, b) => a.m.start - b.m.start).map((x) => x.s)
}

test('a bare outlet short form joined by "and" to an outlet named outright is that outlet', () => {
  assert.deepEqual(links('The Hindu and Dawn carried opposite accounts.'), ['The Hindu=outlet:the-hindu', 'Dawn=outlet:dawn'])
  assert.deepEqual(links('Dawn and The Hindu carried the story.'), ['Dawn=outlet:dawn', 'The Hindu=outlet:the-hindu'])
  // Without an outlet beside it, the word keeps its ordinary sense.
  assert.deepEqual(links('Dawn broke over Karachi and Lahore.'), ['Karachi=place:karachi', 'Lahore=place:lahore'])
})

test('Spanish exonyms of capitals and large cities link to the same place as the English names', () => {
  assert.deepEqual(links('Los ministros se reunieron en Bruselas y no en Londres ni en Nueva York.'), [
    'Bruselas=place:brussels',
    'Londres=place:london',
    'Nueva York=place:new-york',
  ])
})
