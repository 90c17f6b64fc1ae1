/**
 * The web UI's pages, rendered by the combined server over a real embedded
 * store with the sample story: what a reader must find on each page, and
 * that nothing from the store reaches the page unescaped.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Store } from '../store/types.js'
import { createServer } from './server.js'
import { openSampleStore, type SampleIds, STORYLINE_ID } from './testing.js'

let store: Store
let ids: SampleIds
let app: ReturnType<typeof createServer>
let dispose: () => Promise<void>

before(async () => {
  ;({ store, ids, dispose } = await openSampleStore())
  app = createServer(store)
})
after(() => dispose())

const page = async (path: string): Promise<{ status: number; html: string }> => {
  const res = await app.request(path)
  return { status: res.status, html: await res.text() }
}

test('the home page lists every storyline with a link to it', async () => {
  const { status, html } = await page('/')
  assert.equal(status, 200)
  assert.match(html, new RegExp(`href="/storylines/${STORYLINE_ID}"`))
  assert.match(html, /Turkey offers exile to Maduro/)
})

test('a storyline page shows its articles oldest first, copies and relays marked', async () => {
  const { status, html } = await page(`/storylines/${STORYLINE_ID}`)
  assert.equal(status, 200)
  const order = [ids.nyt, ids.clash, ids.relay].map((id) => html.indexOf(`href="/articles/${id}"`))
  assert.ok(order.every((i) => i > 0), 'an article link is missing')
  assert.deepEqual(order, [...order].sort((a, b) => a - b))
  assert.match(html, /class="badge copy"/)
  assert.match(html, /relays The New York Times/)
})

test('an article page highlights entities and times and shows its earlier version', async () => {
  const { status, html } = await page(`/articles/${ids.nyt}`)
  assert.equal(status, 200)
  assert.match(html, /<a class="ent [^"]*" href="\/entities\/place%3Aturkey"/)
  assert.match(html, /class="tx"/)
  assert.match(html, /id="versions"/)
})

test('an entity page shows mentions per day linked to their sentences, co-occurring entities and storylines', async () => {
  const { status, html } = await page('/entities/place%3Aturkey')
  assert.equal(status, 200)
  assert.match(html, /Mentions over time/)
  assert.match(html, /5 Jan 2026|January 5, 2026|5 January 2026/)
  assert.match(html, new RegExp(`href="/articles/${ids.nyt}#s-\\d+"`))
  assert.match(html, /Mentioned with/)
  assert.match(html, /href="\/entities\/person%3Anicolas-maduro"/)
  assert.ok(html.includes(`/storylines/${STORYLINE_ID}`))
})

test('search results page finds "Erdogan" in a body that writes "Erdoğan"', async () => {
  const { status, html } = await page('/search?q=Erdogan')
  assert.equal(status, 200)
  assert.ok(html.includes(`/articles/${ids.nyt}`))
})

test('unknown pages are an HTML 404, and the path is escaped', async () => {
  const { status, html } = await page('/storylines/%3Cscript%3Ealert(1)%3C%2Fscript%3E')
  assert.equal(status, 404)
  assert.ok(!html.includes('<script>alert(1)</script>'))
  const missing = await page('/no/such/<b>page')
  assert.equal(missing.status, 404)
  assert.ok(!missing.html.includes('<b>page'))
})
