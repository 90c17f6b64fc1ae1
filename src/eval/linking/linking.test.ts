import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createDoc, emptyMeta } from '../../doc/doc.js'
import type { Doc } from '../../doc/types.js'
import { StorytraceError } from '../../errors.js'
import { repoPath } from '../../util/paths.js'
import { parseCases, readCases } from './cases.js'
import { scoreLinks } from './score.js'

const text = 'Ankara said Turkish envoys would go.'
const doc: Doc = {
  ...createDoc(text, emptyMeta('t')),
  layers: {
    entities: [
      { id: 'place:turkey', name: 'Turkey', type: 'PLACE', known: true, mentions: [{ start: 0, end: 6, government: true }, { start: 12, end: 19, kind: 'demonym' }] },
    ],
  },
}

test('a gold mention is linked only with the right id and, when the gold says so, the right reading and kind', () => {
  const got = scoreLinks(doc, [
    { text: 'Ankara', occurrence: 1, id: 'place:turkey', government: true },
    { text: 'Ankara', occurrence: 1, id: 'place:turkey', government: false },
    { text: 'Ankara', occurrence: 1, id: 'place:ankara' },
    { text: 'Turkish', occurrence: 1, id: 'place:turkey', kind: 'demonym' },
    { text: 'envoys', occurrence: 1, id: 'place:turkey' },
  ])
  assert.deepEqual(
    got.map((r) => [r.ok, r.got]),
    [
      [true, 'place:turkey (government)'],
      [false, 'place:turkey (government)'],
      [false, 'place:turkey (government)'],
      [true, 'place:turkey (demonym)'],
      [false, 'nothing'],
    ],
  )
})

test('a malformed gold line is an E_INPUT_FORMAT error that names the file and line', () => {
  const good = '{"text": "Maduro spoke.", "mentions": [{"text": "Maduro", "id": "person:nicolas-maduro"}]}'
  assert.equal(parseCases('held-out-sentences.jsonl', good)[0]!.part, 'held-out')
  const bad = [
    '{"text": "Maduro spoke.", "mentions": []}',
    '{"text": "Maduro spoke.", "mentions": [{"text": "Rubio", "id": "person:marco-rubio"}]}',
    'not json',
  ]
  for (const line of bad)
    assert.throws(
      () => parseCases('tune-x.jsonl', `${good}\n${line}\n`),
      (err: unknown) => err instanceof StorytraceError && err.code === 'E_INPUT_FORMAT' && err.message.includes('tune-x.jsonl:2'),
    )
})

test('the shipped linking gold parses, holds both parts, and every mention is in its text', () => {
  const cases = readCases(repoPath('fixtures', 'linking'))
  const parts = new Set(cases.map((c) => c.part))
  assert.ok(parts.has('tune') && parts.has('held-out'))
  assert.ok(cases.reduce((n, c) => n + c.mentions.length, 0) >= 150)
})
