/**
 * The REST API over a real embedded store filled with the sample story
 * (web/testing.ts): status codes, shapes, errors as {error:{code,message}}.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { schemaErrors } from '../doc/schema.js'
import type { Store } from '../store/types.js'
import { resolveOptions } from '../story/options.js'
import { StoryTracker } from '../story/tracker.js'
import { openSampleStore, type SampleIds, STORYLINE_ID } from '../web/testing.js'
import { createApi } from './app.js'

let store: Store
let ids: SampleIds
let api: ReturnType<typeof createApi>
let dispose: () => Promise<void>

before(async () => {
  ;({ store, ids, dispose } = await openSampleStore())
  api = createApi(store)
})
after(() => dispose())

const getJson = async (path: string): Promise<{ status: number; body: any }> => {
  const res = await api.request(path)
  assert.match(res.headers.get('content-type') ?? '', /application\/json/)
  return { status: res.status, body: await res.json() }
}

test('health reports the store kind and the number of current articles', async () => {
  const { status, body } = await getJson('/api/health')
  assert.equal(status, 200)
  assert.deepEqual(body, { ok: true, store: 'sqlite', articles: 4 })
})

test('storylines list and detail come from the saved story graph', async () => {
  const list = await getJson('/api/storylines')
  assert.equal(list.status, 200)
  assert.deepEqual(list.body.map((s: { id: string }) => s.id).sort(), [STORYLINE_ID, 'floods-in-valencia'].sort())
  const one = await getJson(`/api/storylines/${STORYLINE_ID}`)
  assert.equal(one.body.title, 'Turkey offers exile to Maduro')
  assert.equal(one.body.articles.length, 3)
})

test('an article comes with its annotations, its versions and its storyline', async () => {
  const { status, body } = await getJson(`/api/articles/${ids.nyt}`)
  assert.equal(status, 200)
  assert.equal(body.id, ids.nyt)
  assert.equal(body.versionOf, ids.nytV1)
  assert.deepEqual(body.versions.map((v: { id: string }) => v.id), [ids.nytV1, ids.nyt])
  assert.equal(body.storyline.id, STORYLINE_ID)
  assert.ok(body.entities.some((e: { id: string }) => e.id === 'place:turkey'))
  for (const m of body.entities.flatMap((e: { mentions: { start: number; end: number; text: string }[] }) => e.mentions)) {
    assert.equal(body.text.slice(m.start, m.end), m.text)
  }
})

test('an entity comes with mentions per day, their sentences and co-occurring entities', async () => {
  const { status, body } = await getJson('/api/entities/place:turkey')
  assert.equal(status, 200)
  assert.ok(body.timeline.length > 0)
  for (const day of body.timeline) {
    assert.ok(day.mentions >= day.articles && day.articles > 0)
    for (const s of day.sentences) assert.match(s.text, /Turkey|Türkiye|Ankara|Turkish/)
  }
  assert.ok(body.timeline.some((d: { sentences: { article: string }[] }) => d.sentences.some((s) => s.article === ids.nyt)))
  const co = body.cooccurring.map((e: { id: string }) => e.id)
  assert.ok(co.includes('person:nicolas-maduro'), co.join(', '))
  assert.ok(!co.includes('place:turkey'))
})

test('search folds diacritics and caps the limit', async () => {
  const { body } = await getJson('/api/search?q=Erdogan')
  assert.deepEqual(body.map((h: { id: string }) => h.id), [ids.nyt])
  const bad = await getJson('/api/search?q=turkey&limit=abc')
  assert.equal(bad.status, 400)
  assert.equal(bad.body.error.code, 'E_BAD_REQUEST')
})

test('the export validates against the published schema', async () => {
  const { status, body } = await getJson('/api/export')
  assert.equal(status, 200)
  assert.deepEqual(schemaErrors('export', body), [])
})

test('a storyline merged into another redirects to it', async () => {
  await store.saveStoryUpdate({ storylines: [], copies: [], merges: [{ from: 'st_merged', into: STORYLINE_ID }], state: new StoryTracker(resolveOptions()).state() })
  const res = await api.request('/api/storylines/st_merged')
  assert.equal(res.status, 301)
  assert.equal(res.headers.get('location'), `/api/storylines/${STORYLINE_ID}`)
})

test('unknown ids and routes answer 404 with an error code', async () => {
  for (const path of ['/api/articles/nope', '/api/storylines/nope', '/api/entities/person:nobody', '/api/nothing-here']) {
    const { status, body } = await getJson(path)
    assert.equal(status, 404, path)
    assert.equal(body.error.code, 'E_NOT_FOUND', path)
  }
})
