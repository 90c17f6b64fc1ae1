/**
 * End to end over HTTP: a local server on 127.0.0.1 serves pages, a news
 * sitemap and a feed; ingest fetches them into an embedded store. Proves
 * sitemap following, feed items without content fetched as pages, revisions
 * by re-fetch (v1 then v2 at one URL is a new version), 304 → unchanged,
 * lastmod hints, and the private-address refusal without allowPrivate.
 */
import assert from 'node:assert/strict'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { gzipSync } from 'node:zlib'
import { openStore, type SqlStore } from '../store/index.js'
import { harbourPage, serve, startLocalServer, type LocalServer, type Route } from '../testing/local-http.js'
import { createServer } from '../web/server.js'
import { Fetcher } from '../ingest/fetch/fetcher.js'
import { ingestPaths, type IngestOptions, type IngestSummary } from './ingest-batch.js'

let server: LocalServer
let store: SqlStore
const options: IngestOptions = { fetch: { allowPrivate: true, minDelayMs: 0 } }

/** A page with an ETag derived from its text, answering 304 when the client has it. */
function taggedPage(html: string): Route {
  const etag = `"${Buffer.from(html).length}-${html.length % 97}-${/every (\d+)/.exec(html)?.[1]}"`
  return (req, res) => {
    if (req.headers['if-none-match'] === etag) res.writeHead(304, { etag }).end()
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag }).end(html)
  }
}

function statuses(s: IngestSummary): string[] {
  return s.results.map((r) => `${r.status} ${r.source.replace(server.base, '')}${r.code ? ' ' + r.code : ''}`)
}

before(async () => {
  store = await openStore(await mkdtemp(join(tmpdir(), 'storytrace-urls-')))
  server = await startLocalServer({
    '/robots.txt': serve('User-agent: *\nDisallow: /members/\n', 'text/plain'),
    '/ferry': taggedPage(harbourPage(20)),
    '/ferry-night': taggedPage(harbourPage(45)),
    '/linked': serve(harbourPage(35), 'text/html'),
  })
  const b = server.base
  server.routes['/news-sitemap.xml'] = serve(
    `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>${b}/ferry</loc><news:news><news:publication_date>2026-02-20</news:publication_date></news:news></url>
<url><loc>${b}/ferry-night</loc><lastmod>2026-02-19T00:00:00Z</lastmod></url>
<url><loc>${b}/members/ferry</loc></url>
</urlset>`,
    'application/xml',
  )
  server.routes['/sitemap-index.xml'] = serve(
    `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${b}/news-sitemap.xml</loc></sitemap></sitemapindex>`,
    'application/xml',
  )
  server.routes['/feed.xml'] = serve(
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Coastline Courier</title>
<item><title>Harbour ferry timetable changes from March</title><link>/linked</link><pubDate>Fri, 20 Feb 2026 07:15:00 GMT</pubDate></item>
<item><title>Pier lighting repaired</title><link>${b}/pier</link><description>Engineers replaced the broken lamps along the northern pier on Thursday night, the port authority said, after residents reported that the walkway had been dark for two weeks.</description></item>
</channel></rss>`,
    'application/rss+xml',
  )
})
after(async () => {
  await server.close()
  await store.close()
})

test('a sitemap index leads to its sitemap and its pages; robots.txt refusals are reported', async () => {
  const s = await ingestPaths(store, [`${server.base}/sitemap-index.xml`], options)
  assert.deepEqual(statuses(s), ['new /ferry', 'new /ferry-night', 'failed /members/ferry E_ROBOTS'])
  const ferry = s.results[0]!
  const stored = await store.getArticle(ferry.id!)
  assert.equal(stored?.doc.meta.title, 'Harbour ferry timetable changes from March')
  assert.match(stored!.doc.text, /every 20 minutes/)
})

test('re-fetching unchanged pages is "unchanged" (304 or sitemap lastmod), and nothing is re-extracted', async () => {
  const before = server.requests.length
  const s = await ingestPaths(store, [`${server.base}/news-sitemap.xml`], options)
  assert.deepEqual(statuses(s), ['unchanged /ferry', 'unchanged /ferry-night', 'failed /members/ferry E_ROBOTS'])
  const fetched = server.requests.slice(before).map((r) => `${r.path} ${r.headers['if-none-match'] ?? ''}`.trim())
  // /ferry is asked conditionally; /ferry-night is not asked at all (its lastmod predates the last fetch).
  assert.ok(fetched.some((f) => f.startsWith('/ferry "')), fetched.join(', '))
  assert.ok(!fetched.some((f) => f.startsWith('/ferry-night')), fetched.join(', '))
})

test('a page whose text changed is stored as a new version of the same URL', async () => {
  server.routes['/ferry'] = taggedPage(harbourPage(15))
  const s = await ingestPaths(store, [`${server.base}/ferry`], options)
  assert.deepEqual(statuses(s), ['version /ferry'])
  const versions = await store.articleVersions(s.results[0]!.id!)
  assert.equal(versions.length, 2)
  const [v1, v2] = await Promise.all(versions.map((v) => store.getArticle(v.id)))
  assert.match(v1!.doc.text, /every 20 minutes/)
  assert.match(v2!.doc.text, /every 15 minutes/)
  assert.equal(v2!.versionOf, versions[0]!.id)
  // The article page shows what changed between the two fetches.
  const res = await createServer(store).request(`/articles/${versions[1]!.id}`)
  const page = await res.text()
  assert.match(page, /<h2 id="versions">Versions<\/h2>/)
  assert.match(page, /<li class="added">\+ [^<]*every 15 minutes/)
  assert.match(page, /<li class="removed">− [^<]*every 20 minutes/)
})

test('a feed item with only a link gets its page fetched; one with content is used as is', async () => {
  const s = await ingestPaths(store, [`${server.base}/feed.xml`], options)
  assert.deepEqual(statuses(s), ['new /feed.xml#item-2', 'new /linked'])
  const linked = await store.getArticle(s.results[1]!.id!)
  assert.match(linked!.doc.text, /every 35 minutes/)
})

test('the same local URL is refused without allowPrivate, and the batch reports it', async () => {
  const s = await ingestPaths(store, [`${server.base}/ferry`], { fetch: { minDelayMs: 0 } })
  assert.deepEqual(statuses(s), ['failed /ferry E_FETCH_REFUSED'])
  assert.match(s.results[0]!.reason!, /--allow-private/)
})

test('a gzipped sitemap served as a file, and a sitemap on disk, lead to their pages', async () => {
  const sitemap = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${server.base}/linked</loc></url></urlset>`
  server.routes['/sitemap.xml.gz'] = serve(gzipSync(sitemap), 'application/x-gzip')
  const fromUrl = await ingestPaths(store, [`${server.base}/sitemap.xml.gz`], options)
  assert.deepEqual(statuses(fromUrl), ['duplicate /linked'])
  const file = join(await mkdtemp(join(tmpdir(), 'storytrace-sitemap-')), 'sitemap.xml.gz')
  await writeFile(file, gzipSync(sitemap))
  const fromFile = await ingestPaths(store, [file], options)
  assert.deepEqual(statuses(fromFile), ['duplicate /linked'])
})

test('a local feed file: items with only a link are fetched politely, and items that cannot be fetched say why', async () => {
  server.routes['/harbour-lights'] = serve(harbourPage(50), 'text/html')
  const feed = join(await mkdtemp(join(tmpdir(), 'storytrace-feed-')), 'courier.xml')
  await writeFile(
    feed,
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Coastline Courier</title>
<item><title>Harbour lights</title><link>${server.base}/harbour-lights</link></item>
<item><title>Relative</title><link>/harbour-lights</link></item>
<item><title>Members only</title><link>${server.base}/members/lights</link></item>
</channel></rss>`,
  )
  const refused = await ingestPaths(store, [feed], { fetch: { minDelayMs: 0 } })
  assert.deepEqual(
    refused.results.map((r) => `${r.status} ${r.source.replace(feed, 'feed').replace(server.base, '')} ${r.code}`),
    ['failed feed#item-2 E_EXTRACT_NO_BODY', 'failed /harbour-lights E_FETCH_REFUSED', 'failed /members/lights E_FETCH_REFUSED'],
  )
  assert.match(refused.results[0]!.reason!, /feed item 2 has no content and its link "\/harbour-lights" is relative/)
  const s = await ingestPaths(store, [feed], options)
  assert.deepEqual(
    s.results.map((r) => `${r.status} ${r.source.replace(feed, 'feed').replace(server.base, '')} ${r.code ?? ''}`.trim()),
    ['failed feed#item-2 E_EXTRACT_NO_BODY', 'new /harbour-lights', 'failed /members/lights E_ROBOTS'],
  )
  assert.match((await store.getArticle(s.results[1]!.id!))!.doc.text, /every 50 minutes/)
})

test('batches that share a fetcher read robots.txt once between them', async () => {
  const fetcher = new Fetcher({ allowPrivate: true, minDelayMs: 0, state: store })
  const before = server.requests.length
  await ingestPaths(store, [`${server.base}/linked`], { fetcher })
  await ingestPaths(store, [`${server.base}/ferry`], { fetcher })
  assert.equal(server.requests.slice(before).filter((r) => r.path === '/robots.txt').length, 1)
  await ingestPaths(store, [`${server.base}/linked`], options)
  assert.equal(server.requests.slice(before).filter((r) => r.path === '/robots.txt').length, 2)
})
