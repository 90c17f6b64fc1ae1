import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { SyntheticNews } from '../bench/synthetic/generator.js'
import { openStore } from '../store/index.js'
import { storylineId } from '../story/cluster.js'
import { computeStoryGraph } from '../story/index.js'
import { ferryFire } from '../story/testkit-stories.js'
import type { StoryInput } from '../story/types.js'
import { rebuildStorylines } from './rebuild-storylines.js'

const docs = [...new SyntheticNews({ seed: 11, storylinesPerDay: 1, longShare: 0.05 }).articles(240)].map((a) => a.input.doc)

test('a second batch places only its new articles, rewrites only the storylines they joined, and ends where one batch over everything ends', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'storytrace-story-'))
  const store = await openStore(join(dir, 'db'))
  try {
    for (const doc of docs.slice(0, 160)) await store.putArticle(doc)
    const first = await rebuildStorylines(store)
    assert.equal(first.mode, 'full')
    assert.equal(first.placed, 160)
    const before = new Map(await Promise.all(first.storylines.map(async (s) => [s.id, await store.getStoryline(s.id)] as const)))

    for (const doc of docs.slice(160)) await store.putArticle(doc)
    const second = await rebuildStorylines(store)
    assert.equal(second.mode, 'incremental')
    assert.equal(second.placed, 80)
    const untouched = [...before.keys()].filter((id) => !second.touched.includes(id))
    assert.ok(untouched.length > 0, 'some storylines were not touched by the second batch')
    for (const id of untouched) assert.deepEqual(await store.getStoryline(id), before.get(id))

    const inputs: StoryInput[] = []
    for await (const a of store.currentArticles()) inputs.push({ id: a.id, doc: a.doc })
    const whole = computeStoryGraph(inputs)
    const stored = await Promise.all(second.storylines.map((s) => store.getStoryline(s.id)))
    const members = (ls: readonly ({ id: string; articles: readonly { id: string }[] } | null)[]) =>
      ls.map((s) => `${s!.id}: ${s!.articles.map((a) => a.id).join(' ')}`).sort()
    assert.deepEqual(members(stored), members(whole.storylines))

    const again = await rebuildStorylines(store)
    assert.deepEqual([again.mode, again.placed, again.touched], ['incremental', 0, []])
  } finally {
    await store.close()
    await rm(dir, { recursive: true, force: true })
  }
})

test('an unreadable saved state is recomputed from the articles, not an ingest failure', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'storytrace-story-'))
  const store = await openStore(join(dir, 'db'))
  try {
    for (const doc of docs.slice(0, 40)) await store.putArticle(doc)
    await rebuildStorylines(store)
    const { state } = await store.loadStoryState()
    await store.saveStoryUpdate({ storylines: [], copies: [], merges: [], state: { ...state!, version: -1 } })
    for (const doc of docs.slice(40, 60)) await store.putArticle(doc)
    const update = await rebuildStorylines(store)
    assert.deepEqual([update.mode, update.placed], ['full', 60])
  } finally {
    await store.close()
    await rm(dir, { recursive: true, force: true })
  }
})

test('a batch that merges a stored storyline into another removes it and records where it went', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'storytrace-story-'))
  const store = await openStore(join(dir, 'db'))
  try {
    const [first, second, bridge] = ferryFire()
    const older = storylineId((await store.putArticle(first!.doc)).id)
    const newer = storylineId((await store.putArticle(second!.doc)).id)
    const before = await rebuildStorylines(store)
    assert.deepEqual(before.storylines.map((s) => s.id).sort(), [older, newer].sort())
    assert.equal(await store.storylineMergedInto(newer), null)

    await store.putArticle(bridge!.doc)
    const after = await rebuildStorylines(store)
    assert.equal(after.mode, 'incremental')
    assert.deepEqual(after.storylines.map((s) => s.id), [older])
    assert.equal((await store.getStoryline(older))?.articles.length, 3)
    assert.equal(await store.getStoryline(newer), null)
    assert.equal(await store.storylineMergedInto(newer), older)
  } finally {
    await store.close()
    await rm(dir, { recursive: true, force: true })
  }
})
