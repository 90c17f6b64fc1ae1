/**
 * Title rules on small pages written for each rule: which of JSON-LD,
 * og:title, <title> and <h1> gives the headline, and what is cut off it.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractHtml } from './extract.js'
import { cleanTitle, decodeEntities } from './title.js'

const BODY = '<p>The council met on Tuesday evening to vote on the new budget, which adds money for buses, parks and the library.</p>'

function titleOf(head: string, h1: string | null): string | null {
  const html = `<!doctype html><html><head>${head}</head><body><article>${h1 === null ? '' : `<h1>${h1}</h1>`}${BODY}</article></body></html>`
  return extractHtml(html, 'page.html', { fetchedAt: '2026-03-01T00:00:00Z' }).meta.title
}
const og = (t: string): string => `<meta property="og:title" content="${t}">`
const ld = (o: object): string => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', ...o })}</script>`

test('an <h1> cuts the site name off the declared title it opens', () => {
  assert.equal(titleOf(og('Council passes budget | Riverside Gazette'), 'Council passes budget'), 'Council passes budget')
})

test('a declared title worded differently from the <h1> wins over it', () => {
  assert.equal(titleOf('<title>Council passes the budget - Gazette</title>' + og('Budget passes after long night'), 'Council passes the budget'), 'Budget passes after long night')
})

test('a masthead <h1> holding only the site name is not the headline', () => {
  assert.equal(titleOf(og('Council passes budget at last :: Riverside Gazette'), 'Riverside Gazette'), 'Council passes budget at last :: Riverside Gazette')
})

test('a declared title keeps an unnamed tail; a document title loses it', () => {
  assert.equal(titleOf(og('How we built it - a field guide'), null), 'How we built it - a field guide')
  assert.equal(titleOf('<title>Council passes budget after vote - Gazette</title>', null), 'Council passes budget after vote')
  assert.equal(cleanTitle('Council passes budget | Riverside Gazette', 'Riverside Gazette', false), 'Council passes budget')
})

test('a JSON-LD headline cut short is completed by the <h1>', () => {
  assert.equal(titleOf(ld({ headline: 'Council passes budget with money for buses, parks and' }), 'Council passes budget with money for buses, parks and the library'), 'Council passes budget with money for buses, parks and the library')
})

test('JSON-LD wrapped in CDATA is read', () => {
  const block = `<script type="application/ld+json">//<![CDATA[\n${JSON.stringify({ '@type': 'NewsArticle', headline: 'Budget vote set for Tuesday' })}\n//]]></script>`
  assert.equal(titleOf(block, 'Council news'), 'Budget vote set for Tuesday')
})

test('a JSON-LD name that matches the <title> wins over a headline holding a description', () => {
  assert.equal(titleOf('<title>Riverside - Town Wiki</title>' + ld({ name: 'Riverside', headline: 'town on the northern bank' }), null), 'Riverside')
})

test('a site-wide default og:title is ignored when the <title> and <h1> agree', () => {
  assert.equal(titleOf('<title>Council passes budget</title>' + og('Gazette - Latest News and Headlines'), 'Council passes budget'), 'Council passes budget')
})

test('character references escaped twice in a meta title are decoded', () => {
  assert.equal(titleOf(og('Council&amp;#8217;s budget passes'), null), 'Council’s budget passes')
  assert.equal(decodeEntities('&#x2014; &hellip; &bogus; &#0;'), '— … &bogus; &#0;')
})
