/**
 * End to end, as a user sees it: the example corpus ingested into a fresh
 * embedded store, served, and driven in Debian's Chromium through
 * playwright-core: the storyline list, a storyline page with its articles in
 * time order, an article page with highlighted annotations. Saves a screenshot
 * of the storyline page to .test-output/e2e-storyline.png.
 */
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { chromium } from 'playwright-core'
import { ingestPaths } from '../engine/ingest-batch.js'
import { openStore } from '../store/index.js'
import { CHROMIUM_PATH, chromiumMissing, requireService } from '../testing/services.js'
import { repoPath } from '../util/paths.js'
import { serve } from './server.js'

test('a reader browses storylines, a storyline and an annotated article in Chromium', { timeout: 180_000 }, async (t) => {
  if (!requireService(t, chromiumMissing())) return
  const dir = await mkdtemp(join(tmpdir(), 'storytrace-e2e-'))
  const store = await openStore(dir)
  const server = await serve(store)
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] })
  try {
    const summary = await ingestPaths(store, [repoPath('examples', 'corpus')])
    assert.ok(summary.storylines >= 4, `expected at least 4 storylines, got ${summary.storylines}`)
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })

    await page.goto(server.url + '/')
    const cards = page.locator('li.card.storyline')
    assert.equal(await cards.count(), summary.storylines)

    // Open the storyline with the most articles: the one a reader would follow.
    const counts = await cards.locator('.meta').allInnerTexts()
    const articlesIn = counts.map((text) => Number(/(\d+) articles?/.exec(text)?.[1] ?? 0))
    const biggest = articlesIn.indexOf(Math.max(...articlesIn))
    await cards.nth(biggest).locator('h3 a').click()
    await page.waitForSelector('h2#articles')
    const dates = await page.locator('ul.articles li .when').allInnerTexts()
    assert.equal(dates.length, articlesIn[biggest])
    const stamps = dates.map((d) => Date.parse(d)).filter((n) => !Number.isNaN(n))
    assert.deepEqual(stamps, [...stamps].sort((a, b) => a - b), `articles not in time order: ${dates.join(', ')}`)
    // Every relay badge names an outlet as a reader knows it, never a raw entity id.
    const relays = await page.locator('ul.articles .badge.relay').allInnerTexts()
    assert.ok(relays.length > 0, 'no relay marked in the largest storyline')
    for (const r of relays) assert.doesNotMatch(r, /outlet:/, `relay badge shows an id: ${r}`)
    await mkdir(repoPath('.test-output'), { recursive: true })
    await page.screenshot({ path: repoPath('.test-output', 'e2e-storyline.png'), fullPage: true })

    // An entity's events lead with those that carry its stories; side events are folded, as on a storyline.
    await page.goto(server.url + '/entities/person%3Anicolas-maduro')
    await page.waitForSelector('h2#events')
    assert.equal(await page.locator('details.tl-more').count(), 1, 'the entity page does not fold the events that do not carry a story')
    await page.goBack()

    await page.locator('ul.articles li a').first().click()
    await page.waitForSelector('article.body')
    assert.ok((await page.locator('article.body a.ent').count()) > 0, 'no entity highlighted in the article body')
    assert.ok((await page.locator('article.body .tx').count()) > 0, 'no time expression highlighted in the article body')
  } finally {
    await browser.close()
    await server.close()
    await store.close()
    await rm(dir, { recursive: true, force: true })
  }
})
