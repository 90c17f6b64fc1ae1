import assert from 'node:assert/strict'
import { test } from 'node:test'
import { repoPath } from '../../util/paths.js'
import { comparable, compareMeta, declaresArticle, expectedMeta, loadNewsCases, tallyMeta } from './metadata.js'

const page = (head: string): string => `<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`

test('a page with og:type article declares itself an article', () => {
  assert.equal(declaresArticle(page('<meta property="og:type" content="article">')), true)
  assert.equal(declaresArticle(page('<meta content="Article " property="og:type">')), true)
})

test('JSON-LD article types count, inside arrays and @graph too', () => {
  assert.equal(declaresArticle(page('<script type="application/ld+json">{"@type":"NewsArticle"}</script>')), true)
  assert.equal(declaresArticle(page('<script type="application/ld+json">[{"@type":["Thing","BlogPosting"]}]</script>')), true)
  assert.equal(declaresArticle(page('<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"ReportageNewsArticle"}]}</script>')), true)
})

test('other page types and broken JSON-LD declare nothing', () => {
  assert.equal(declaresArticle(page('<meta property="og:type" content="website">')), false)
  assert.equal(declaresArticle(page('<script type="application/ld+json">{"@type":"WebPage"}</script>')), false)
  assert.equal(declaresArticle(page('<script type="application/ld+json">{"@type": "NewsArticle",</script>')), false)
})

test('titles and site names agree across case, spacing, curly quotes and dashes', () => {
  assert.equal(comparable('title', 'Obama’s  “biggest” frustration – again'), comparable('title', 'obama\'s "biggest" frustration - again'))
  assert.notEqual(comparable('siteName', 'Harbor Ledger'), comparable('siteName', 'Harbor Ledger - Local news'))
})

test('bylines agree without a leading "By" or trailing punctuation', () => {
  assert.equal(comparable('byline', 'By Mara Quill,'), 'mara quill')
  assert.equal(comparable('byline', 'Mara Quill'), 'mara quill')
})

test('dates agree on the calendar day as written; a value without a day says nothing', () => {
  assert.equal(comparable('published', '2021-11-01T10:52:50+0100'), '2021-11-01')
  assert.equal(comparable('published', '2021-11-01'), '2021-11-01')
  assert.equal(comparable('published', 'November 1, 2021'), null)
})

test('zoned times of the same instant agree even when their written days differ', () => {
  const gold = expectedMeta({ title: null, publishedTime: '2017-02-23T17:18:13-08:00' })
  const at = (published: string | null) => compareMeta(gold, { title: null, byline: null, published, siteName: null, lang: null }).published
  assert.equal(at('2017-02-24T01:18:13Z'), true)
  assert.equal(at('2017-02-24T01:18:13+0000'), true)
  assert.equal(at('2017-02-24'), false)
  assert.equal(at('2017-02-24T09:18:13Z'), false)
  assert.equal(at('2017-02-23'), true)
})

test('languages agree on the primary subtag', () => {
  assert.equal(comparable('lang', 'en-US'), 'en')
  assert.equal(comparable('lang', 'EN_gb'), 'en')
})

test('fields the gold leaves empty are not compared; a failed extraction disagrees everywhere else', () => {
  const gold = expectedMeta({ title: 'Ferries return', byline: null, publishedTime: '2026-01-03T08:30', siteName: '', lang: 'en' })
  assert.deepEqual(compareMeta(gold, { title: 'Ferries Return', byline: 'Someone', published: '2026-01-03', siteName: 'X', lang: 'es' }), {
    title: true,
    headline: true,
    published: true,
    lang: false,
  })
  assert.deepEqual(compareMeta(gold, null), { title: false, headline: false, published: false, lang: false })
})

test('a headline agrees when it is the gold title less trailing site or author parts, and only then', () => {
  const gold = expectedMeta({ title: 'Ferries return - Jo Pike | Harbor Ledger' })
  const check = (title: string) => compareMeta(gold, { title, byline: null, published: null, siteName: null, lang: null })
  assert.deepEqual(check('Ferries return'), { title: false, headline: true })
  assert.deepEqual(check('Ferries return - Jo Pike'), { title: false, headline: true })
  assert.deepEqual(check('Ferries'), { title: false, headline: false })
  assert.deepEqual(check('Jo Pike | Harbor Ledger'), { title: false, headline: false })
})

test('tallies count, per field, the cases with gold and those that agree', () => {
  const t = tallyMeta([{ title: true, lang: false }, { title: false }, {}])
  assert.deepEqual(t.title, { withGold: 2, agree: 1 })
  assert.deepEqual(t.lang, { withGold: 1, agree: 0 })
  assert.deepEqual(t.byline, { withGold: 0, agree: 0 })
})

test('news cases are the folders whose page declares an article', () => {
  const cases = loadNewsCases(repoPath('fixtures', 'eval-extraction', 'pages'))
  assert.deepEqual(
    cases.map((c) => c.name),
    ['harbor-story'],
  )
  assert.equal(cases[0]?.expected.siteName, 'Harbor Ledger')
  assert.equal(cases[0]?.expected.published, '2026-01-03T08:30:00+00:00')
})
