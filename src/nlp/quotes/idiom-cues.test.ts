import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spanText } from '../../doc/doc.js'
import { findQuotes } from './index.js'
import { testDoc, type EntitySpec } from './test-doc.js'

const ENTITIES: EntitySpec[] = [{ name: 'Mira Haldane', type: 'PERSON', forms: ['Mira Haldane', 'Haldane'] }]

/** [speaker, cue, content] of every quote in the text. */
function quotes(text: string): string[][] {
  const doc = testDoc(text, ENTITIES)
  return findQuotes(doc).map((q) => [q.speaker.name, q.cue ? spanText(doc, q.cue) : '', spanText(doc, q)])
}

test('"as X put it" opening a sentence attributes what follows its clause to X', () => {
  assert.deepEqual(quotes('As Haldane put it in her budget speech, the pier is a gift to the gulls.'), [
    ['Mira Haldane', 'put it', 'the pier is a gift to the gulls'],
  ])
})

test('"as X put it" closing a sentence attributes what precedes it', () => {
  assert.deepEqual(quotes('The ferry is a floating museum, as two port officials put it.'), [
    ['two port officials', 'put it', 'The ferry is a floating museum'],
  ])
})

test('"as" and "put it" with no one who speaks between them, or "put it down", attribute nothing', () => {
  assert.deepEqual(quotes('As the crane put it on the quay, the crate split.'), [])
  assert.deepEqual(quotes('As Haldane put it down, the crate split.'), [])
})
