import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createDoc, emptyMeta, spanText } from '../../doc/doc.js'
import { buildPipeline } from '../../doc/pipeline.js'
import { sentencesAnnotator } from '../sentences/index.js'
import { entitiesAnnotator } from './index.js'

const pipeline = buildPipeline([sentencesAnnotator, entitiesAnnotator], { onError: 'throw' })

/** "surface=id/kind" for every mention, in text order. */
function links(text: string): string[] {
  const doc = pipeline.run(createDoc(text, emptyMeta('test')))
  return doc.layers
    .entities!.flatMap((e) => e.mentions.map((m) => ({ m, s: `${spanText(doc, m)}=${e.id}${m.kind ? `/${m.kind}` : ''}` })))
    .sort((a, b) => a.m.start - b.m.start)
    .map((x) => x.s)
}

test('a demonym before a word or in the plural mentions its country', () => {
  assert.deepEqual(links('Venezuelan officials met Turkish diplomats.'), ['Venezuelan=place:venezuela/demonym', 'Turkish=place:turkey/demonym'])
  assert.deepEqual(links('Thousands of Venezuelans crossed the border.'), ['Venezuelans=place:venezuela/demonym'])
  assert.deepEqual(links('The Spanish prime minister spoke.'), ['Spanish=place:spain/demonym'])
})

test('a lone singular demonym (a language) and a demonym inside a name are not country mentions', () => {
  assert.deepEqual(links('The statement was issued in Spanish.'), [])
  assert.deepEqual(links('The Turkish Red Crescent sent tents.'), ['Turkish Red Crescent=org:turkish-red-crescent'])
  assert.equal(links('Flights on Turkish Airlines resumed.').some((l) => l.includes('place:turkey')), false)
})

test('a person the KB gives a short name is that person once named in full, and not before', () => {
  assert.deepEqual(links('Kim Jong Un watched the test. Kim said more would follow.'), ['Kim Jong Un=person:kim-jong-un', 'Kim=person:kim-jong-un'])
  assert.deepEqual(links('Officials said Kim would speak.'), ['Kim=person:kim'])
  // Spanish double surnames: the paternal one is the short name.
  assert.deepEqual(links('Edmundo González Urrutia spoke first. Later, González left.'), [
    'Edmundo González Urrutia=person:edmundo-gonzalez-urrutia',
    'González=person:edmundo-gonzalez-urrutia',
  ])
})

test('the first of two joined capitals takes the government reading of the second', () => {
  assert.deepEqual(links('London and Paris announced new sanctions.'), ['London=place:united-kingdom', 'Paris=place:france'])
  assert.deepEqual(links('It rained in London and Paris yesterday.'), ['London=place:london', 'Paris=place:paris'])
})

test('in Spanish text lower-case demonyms of every gender and number mention their country, languages do not', () => {
  const es = (text: string): string[] => {
    const doc = pipeline.run(createDoc(text, { ...emptyMeta('test'), language: 'es' }))
    return doc.layers.entities!.flatMap((e) => e.mentions.map((m) => `${spanText(doc, m)}=${e.id}/${m.kind ?? ''}`))
  }
  assert.deepEqual(es('El gobierno venezolano y las autoridades francesas no respondieron.'), [
    'venezolano=place:venezuela/demonym',
    'francesas=place:france/demonym',
  ])
  assert.deepEqual(es('Miles de venezolanos cruzaron la frontera.'), ['venezolanos=place:venezuela/demonym'])
  assert.deepEqual(es('El comunicado se publicó en español y en francés.'), [])
  // The same words in English text are not demonyms.
  assert.deepEqual(links('The chino trousers were on sale.'), [])
})

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
