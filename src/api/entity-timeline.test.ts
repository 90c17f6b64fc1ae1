/**
 * The per-entity timeline over the sample store: events are kept when the
 * entity takes part in them according to the stored annotations of a report.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { entityId } from '../util/text.js'
import type { Store } from '../store/types.js'
import { openSampleStore, STORYLINE_ID } from '../web/testing.js'
import { createServer } from '../web/server.js'
import { createApi } from './app.js'

let store: Store
let api: ReturnType<typeof createApi>
let dispose: () => Promise<void>

before(async () => {
  ;({ store, dispose } = await openSampleStore())
  api = createApi(store)
})
after(() => dispose())

const get = async (path: string): Promise<{ status: number; body: any }> => {
  const res = await api.request(path)
  return { status: res.status, body: await res.json() }
}

test('GET /api/entities/:id/timeline: the events the entity takes part in, by event time, with their storyline and reports', async () => {
  const maduro = await get(`/api/entities/${encodeURIComponent(entityId('PERSON', 'Nicolás Maduro'))}/timeline`)
  assert.equal(maduro.status, 200)
  // Target of the offer, actor of the rejection; the talks sentence does not name him.
  assert.deepEqual(maduro.body.map((e: any) => [e.type, e.from, e.to, e.storyline.id]), [
    ['offer', '2026-01-03', '2026-01-03', STORYLINE_ID],
    ['rejection', '2026-01-03', '2026-01-03', STORYLINE_ID],
  ])
  assert.equal(maduro.body[0].evidence.length, 2)
  const turkey = await get(`/api/entities/${encodeURIComponent(entityId('PLACE', 'Turkey'))}/timeline`)
  assert.deepEqual(turkey.body.map((e: any) => [e.type, e.modality]), [['offer', 'asserted'], ['talks', 'speculative']])
})

test('an unknown entity answers 404 with E_NOT_FOUND', async () => {
  const { status, body } = await get('/api/entities/person%3Anobody/timeline')
  assert.equal(status, 404)
  assert.equal(body.error.code, 'E_NOT_FOUND')
})

test('the entity page draws the same timeline', async () => {
  const res = await createServer(store).request(`/entities/${encodeURIComponent(entityId('PERSON', 'Nicolás Maduro'))}`)
  const page = await res.text()
  assert.equal(res.status, 200)
  assert.match(page, /<h2 id="events">Events<\/h2><div class="scroll"><svg class="tl-axis"/)
  assert.deepEqual([...page.matchAll(/<text class="tl-label"[^>]*>([^<]*)</g)].map((m) => m[1]), ['offer', 'rejection'])
  assert.match(page, /in <a href="\/storylines\/turkey-offers-exile-to-maduro">Turkey offers exile to Maduro<\/a>/)
})
