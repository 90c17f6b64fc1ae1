/**
 * Tests of sitemap parsing: urlset with Google News tags, sitemap indexes,
 * and entries without a location.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { looksLikeSitemap, parseSitemap } from './sitemap.js'

const NEWS = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url>
    <loc>https://courier.example/local/ferry-timetable</loc>
    <lastmod>2026-02-20T09:00:00Z</lastmod>
    <news:news>
      <news:publication><news:name>Coastline Courier</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2026-02-20T07:15:00Z</news:publication_date>
      <news:title>Harbour ferry timetable &amp; fares</news:title>
    </news:news>
  </url>
  <url><loc> https://courier.example/local/second </loc></url>
  <url><lastmod>2026-02-21</lastmod></url>
</urlset>`

test('a news sitemap yields its URLs with lastmod, publication date and title as hints', () => {
  const s = parseSitemap(NEWS)
  assert.equal(s.kind, 'urlset')
  assert.deepEqual(s.entries, [
    {
      url: 'https://courier.example/local/ferry-timetable',
      lastmod: '2026-02-20T09:00:00Z',
      published: '2026-02-20T07:15:00Z',
      title: 'Harbour ferry timetable & fares',
    },
    { url: 'https://courier.example/local/second', lastmod: null, published: null, title: null },
  ])
})

test('a sitemap index yields its child sitemaps', () => {
  const s = parseSitemap(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>https://courier.example/sitemap-1.xml</loc><lastmod>2026-02-01</lastmod></sitemap>
    <sitemap><loc>https://courier.example/sitemap-2.xml.gz</loc></sitemap>
  </sitemapindex>`)
  assert.equal(s.kind, 'sitemapindex')
  assert.deepEqual(s.entries.map((e) => e.url), ['https://courier.example/sitemap-1.xml', 'https://courier.example/sitemap-2.xml.gz'])
})

test('sitemaps are recognised from their root element, feeds and pages are not', () => {
  assert.equal(looksLikeSitemap(NEWS), true)
  assert.equal(looksLikeSitemap('<?xml version="1.0"?><sitemapindex>'), true)
  assert.equal(looksLikeSitemap('<rss version="2.0"><channel>'), false)
  assert.equal(looksLikeSitemap('<!doctype html><html><body>urlset</body></html>'), false)
})
