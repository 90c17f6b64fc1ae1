import assert from 'node:assert/strict'
import { test } from 'node:test'
import { prepareArticles } from './articles.js'
import { storylineId } from './cluster.js'
import { computeStoryGraph } from './index.js'
import { resolveOptions } from './options.js'
import { ferryFire, twoQuakes } from './testkit-stories.js'
import { StoryTracker } from './tracker.js'
import type { StoryGraph } from './types.js'

const members = (graph: StoryGraph): string[][] => graph.storylines.map((s) => s.articles.map((a) => a.id))

test('a report linking two storylines of one story merges them into the older, and the newer id is recorded as merged into it', () => {
  const [first, second, bridge] = ferryFire()
  assert.deepEqual(members(computeStoryGraph([first!, second!])), [['tern-1'], ['tern-2']], 'the first two reports start a storyline each')

  const graph = computeStoryGraph([bridge!, second!, first!])
  assert.deepEqual(members(graph), [['tern-1', 'tern-2', 'tern-3']])
  assert.equal(graph.storylines[0]!.id, storylineId('tern-1'))

  const tracker = new StoryTracker(resolveOptions())
  const placements = tracker.place(prepareArticles([first!, second!, bridge!]))
  assert.deepEqual(new Set(placements.map((p) => p.storyline)), new Set([storylineId('tern-1')]))
  assert.deepEqual(tracker.merges, [{ from: storylineId('tern-2'), into: storylineId('tern-1') }])
})

test('two earthquakes sharing country and agency stay two storylines though a report on both could join either', () => {
  const graph = computeStoryGraph(twoQuakes())
  assert.deepEqual(members(graph), [['malatya-1', 'malatya-2'], ['van-1', 'van-2', 'afad']])
  // With a lax merge test the agency report does merge them: the stricter test is what keeps them apart.
  assert.deepEqual(members(computeStoryGraph(twoQuakes(), { mergeThreshold: 0.1 })), [['malatya-1', 'malatya-2', 'van-1', 'van-2', 'afad']])
})
