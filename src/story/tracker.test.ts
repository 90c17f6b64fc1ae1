import assert from 'node:assert/strict'
import { test } from 'node:test'
import { SyntheticNews } from '../bench/synthetic/generator.js'
import { prepareArticles } from './articles.js'
import { resolveOptions } from './options.js'
import { ferryFire } from './testkit-stories.js'
import { redirects, StoryTracker, type TrackerState } from './tracker.js'
import type { StoryInput } from './types.js'

/** Ten weeks of a sparse synthetic stream: storylines start, grow, end and retire; some reports are copies. */
const stream: StoryInput[] = [...new SyntheticNews({ seed: 3, storylinesPerDay: 0.25, longShare: 0.02 }).articles(400)].map((a) => a.input)
const options = resolveOptions()

test('batches fed one after another, with the state saved and reloaded between them, place every article as one batch does', () => {
  const whole = new StoryTracker(options).place(prepareArticles(stream))
  let state: TrackerState | undefined
  const pieces = []
  for (const [from, to] of [[0, 250], [250, 251], [251, 700], [700, stream.length]] as const) {
    const tracker = new StoryTracker(options, state)
    pieces.push(...tracker.place(prepareArticles(stream.slice(from, to))))
    state = JSON.parse(JSON.stringify(tracker.state())) as TrackerState
  }
  assert.deepEqual(pieces, whole)
  assert.ok(whole.some((p) => p.copy !== null), 'the stream has copies')
})

test('a merge in a later batch gives the storylines one batch gives, once earlier placements follow the recorded merges', () => {
  const articles = ferryFire()
  const whole = new StoryTracker(options).place(prepareArticles(articles))
  const before = new StoryTracker(options)
  const pieces = before.place(prepareArticles(articles.slice(0, 2)))
  const after = new StoryTracker(options, JSON.parse(JSON.stringify(before.state())) as TrackerState)
  pieces.push(...after.place(prepareArticles(articles.slice(2))))
  assert.equal(new Set(pieces.map((p) => p.storyline)).size, 2, 'the batch before the bridge holds two storylines')
  const redirect = redirects(after.merges)
  assert.deepEqual(
    pieces.map((p) => ({ ...p, storyline: redirect.get(p.storyline) ?? p.storyline })),
    whole,
  )
})

test('storylines nobody can join any more leave the index, so the open set stays bounded', () => {
  const tracker = new StoryTracker(options)
  const placements = tracker.place(prepareArticles(stream))
  const storylines = new Set(placements.map((p) => p.storyline)).size
  assert.ok(tracker.activeStorylines < storylines, `${tracker.activeStorylines} open of ${storylines}`)
  const state = tracker.state()
  assert.equal(state.clusterer.clusters.length, tracker.activeStorylines)
  // Joining needs the time factor above the threshold: exp(-(gap - 7) / 21) >= 0.2 allows 41 days past the last report.
  assert.ok(state.clusterer.clusters.every((c) => c.lastDay !== null && state.clusterer.day! - c.lastDay <= 42))
  const newest = Math.max(...state.copies.entries.map((e) => e.day ?? 0))
  assert.ok(state.copies.entries.every((e) => e.day !== null && newest - e.day <= 30), 'the copy index keeps one month')
})
