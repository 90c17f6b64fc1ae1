import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { repoPath } from '../util/paths.js'
import { computeStoryGraph } from './index.js'
import { article } from './testkit.js'

const WIRE = readFileSync(repoPath('fixtures', 'story', 'port-strike-wire.txt'), 'utf8')
const INDEPENDENT = readFileSync(repoPath('fixtures', 'story', 'port-strike-independent.txt'), 'utf8')

/** The wire story re-posted under another headline, its first paragraph rewritten and a footer added. */
const REWRITTEN_LEAD =
  'Valmora harbour fell silent on Monday as dockers downed tools over pay.\n\n' +
  WIRE.slice(WIRE.indexOf('\n\n') + 2) +
  '\nThis report was supplied by a partner agency.\n'

const wire = article({ id: 'z-wire', text: WIRE, title: 'Valmora dockers strike', outlet: 'Harbor Ledger', published: '2026-03-02T08:00:00Z' })
const repost = article({ id: 'a-repost', text: REWRITTEN_LEAD, title: 'Grain ships stranded as port stops', outlet: 'Coastal Daily', published: '2026-03-02T15:00:00Z' })
const repostOfRepost = article({ id: 'b-again', text: REWRITTEN_LEAD, title: 'Port strike', outlet: 'Morning Wire', published: '2026-03-03' })
const independent = article({ id: 'c-indep', text: INDEPENDENT, title: 'Exporters count losses', outlet: 'Valmora Times', published: '2026-03-03' })

test('a re-post under another headline with a rewritten lead paragraph is a copy of the earliest publication', () => {
  const graph = computeStoryGraph([repost, wire, independent])
  assert.equal(graph.copies.length, 1)
  const link = graph.copies[0]!
  assert.equal(link.article, 'a-repost')
  assert.equal(link.original, 'z-wire')
  assert.ok(link.similarity >= 0.8 && link.similarity <= 1, `similarity ${link.similarity}`)
})

test('a copy of a copy points at the first original, not at the copy it matched', () => {
  const graph = computeStoryGraph([repostOfRepost, repost, wire])
  assert.deepEqual(
    graph.copies.map((c) => [c.article, c.original]),
    [
      ['a-repost', 'z-wire'],
      ['b-again', 'z-wire'],
    ],
  )
})

test('an independently written article on the same event is not a copy', () => {
  const graph = computeStoryGraph([wire, independent])
  assert.deepEqual(graph.copies, [])
  const refs = graph.storylines.flatMap((s) => s.articles)
  assert.ok(refs.every((r) => r.copyOf === null))
})

test('identical bodies published at the same moment: the smaller id is the original', () => {
  const same = (id: string) => article({ id, text: WIRE, outlet: 'Harbor Ledger', published: '2026-03-02' })
  const graph = computeStoryGraph([same('m-2'), same('m-1')])
  assert.deepEqual(graph.copies.map((c) => [c.article, c.original, c.similarity]), [['m-2', 'm-1', 1]])
})

test('copies join their original storyline and carry copyOf in the article list', () => {
  const graph = computeStoryGraph([repost, wire])
  assert.equal(graph.storylines.length, 1)
  const refs = graph.storylines[0]!.articles
  assert.deepEqual(refs.map((r) => [r.id, r.copyOf]), [['z-wire', null], ['a-repost', 'z-wire']])
})

test('one-line bodies are never copies of each other', () => {
  const short = (id: string) => article({ id, text: 'Dockers strike in Valmora.', published: '2026-03-02' })
  assert.deepEqual(computeStoryGraph([short('s-1'), short('s-2')]).copies, [])
})
