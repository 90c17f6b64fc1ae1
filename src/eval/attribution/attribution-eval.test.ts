import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { repoPath } from '../../util/paths.js'
import { parseBrat, type Relation } from './brat.js'
import { scoreText } from './score.js'

const text = readFileSync(repoPath('fixtures', 'quotes', 'brat', 'sample.txt'), 'utf8')
const gold = parseBrat(readFileSync(repoPath('fixtures', 'quotes', 'brat', 'sample.ann'), 'utf8'), text, 'sample.ann')
const show = (r: Relation): (string | null)[] => [r.source, r.cue, r.content].map((s) => (s ? s.map((f) => text.slice(f.start, f.end)).join(' | ') : null))

test('brat relations: code-point offsets become UTF-16 ones, discontinuous content keeps its fragments, no-source relations keep a null source', () => {
  assert.deepEqual(gold.map(show), [
    ['The port director', 'said', 'the crane had failed'],
    ['she', 'added', '“It was old,” | “and nobody checked it.”'],
    [null, 'argue', 'the inspection was rushed'],
  ])
})

test('a malformed span is a clear input error', () => {
  assert.throws(() => parseBrat('T1\tSource 9 x\tfoo\n', text), /E_INPUT_FORMAT/)
})

const span = (s: string, from = 0): { start: number; end: number } => {
  const start = text.indexOf(s, from)
  assert.ok(start >= 0, s)
  return { start, end: start + s.length }
}

test('exact ignores quotation marks and punctuation; overlap needs one shared letter; relations align by cue or content', () => {
  const predicted: Relation[] = [
    // Exact on every role, though the content lacks the marks and the seam.
    { source: [span('she')], cue: [span('added')], content: [span('It was old'), span('and nobody checked it')] },
    // Cue matches, source too long, content too short: overlap but not exact.
    { source: [span('The port director said')], cue: [span('said')], content: [span('crane had failed')] },
    // Aligned by content only; its cue is wrong and its source absent.
    { source: null, cue: [span('Critics')], content: [span('the inspection was rushed')] },
    // Aligned to nothing.
    { source: [span('Harbour')], cue: [span('collapse')], content: [span('crane')] },
  ]
  const { pairs, tally } = scoreText(text, gold, predicted)
  assert.deepEqual([...pairs].sort(), [[0, 1], [1, 0], [2, 2]])
  assert.deepEqual(tally.relation, { predicted: 4, gold: 3, exact: 3, overlap: 3 })
  assert.deepEqual(tally.source, { predicted: 3, gold: 2, exact: 1, overlap: 2 })
  assert.deepEqual(tally.cue, { predicted: 4, gold: 3, exact: 2, overlap: 2 })
  assert.deepEqual(tally.content, { predicted: 4, gold: 3, exact: 2, overlap: 3 })
})
