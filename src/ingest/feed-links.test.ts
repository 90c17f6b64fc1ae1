/**
 * Tests of feed item links, numbered as extraction numbers items.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { feedItemLinks, type FeedItemLink } from './feed-links.js'

const BASE = 'https://courier.example/feeds/local.xml'

function urls(links: FeedItemLink[]): (string | null)[] {
  return links.map((l) => ('url' in l ? l.url : null))
}

test('RSS items: link, else a permalink guid, resolved against the feed URL', () => {
  const rss = `<rss version="2.0"><channel><title>Courier</title><link>https://courier.example/</link>
  <item><title>A</title><link>/local/a</link></item>
  <item><title>B</title><guid>https://courier.example/local/b</guid></item>
  <item><title>C</title><guid isPermaLink="false">tag-c</guid></item>
  </channel></rss>`
  assert.deepEqual(urls(feedItemLinks(rss, BASE)), ['https://courier.example/local/a', 'https://courier.example/local/b', null])
})

test('Atom entries: the alternate link, not self or enclosure', () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title><link rel="self" href="/feeds/local.xml"/>
  <entry><title>A</title><link rel="enclosure" href="/a.mp3"/><link rel="alternate" href="https://courier.example/local/a"/></entry>
  <entry><title>B</title><link href="b"/></entry>
  </feed>`
  assert.deepEqual(urls(feedItemLinks(atom, BASE)), ['https://courier.example/local/a', 'https://courier.example/feeds/b'])
})

test('JSON Feed items: url, else external_url', () => {
  const json = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    items: [{ id: '1', url: 'https://courier.example/local/a' }, { id: '2', external_url: '/local/b' }, { id: '3' }],
  })
  assert.deepEqual(urls(feedItemLinks(json, BASE)), ['https://courier.example/local/a', 'https://courier.example/local/b', null])
})

test('a feed read from a file: absolute http(s) links only, and a reason for every other item', () => {
  const rss = `<rss version="2.0"><channel><title>Courier</title>
  <item><title>A</title><link>https://courier.example/local/a</link></item>
  <item><title>B</title><link>/local/b</link></item>
  <item><title>C</title></item>
  <item><title>D</title><link>ftp://courier.example/d.txt</link></item>
  </channel></rss>`
  const links = feedItemLinks(rss, null)
  assert.deepEqual(links[0], { url: 'https://courier.example/local/a' })
  assert.deepEqual(
    links.slice(1).map((l) => ('unfetchable' in l ? l.unfetchable : l.url)),
    [
      'its link "/local/b" is relative, and a feed read from a file has no address to resolve it against',
      'no link to its page',
      'its link ftp://courier.example/d.txt is not an http(s) URL',
    ],
  )
})
