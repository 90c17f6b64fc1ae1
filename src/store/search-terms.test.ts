/**
 * searchTerms is the only thing between a user's query and both engines'
 * query parsers, so it must let through words and nothing else.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { MAX_QUERY_TERMS, searchTerms } from './search-terms.js'

test('search terms keep words with their diacritics and drop operators, quotes and brackets', () => {
  assert.deepEqual(searchTerms('"Erdoğan" AND (Türkiye* OR -Diyarbakır) title:x'), ['Erdoğan', 'AND', 'Türkiye', 'OR', 'Diyarbakır', 'title', 'x'])
})

test('search terms are empty for a query without a letter or digit', () => {
  for (const q of ['', '   ', '"()*', '\u0000', '\u0301\u0308', '<-> & | !']) assert.deepEqual(searchTerms(q), [], JSON.stringify(q))
})

test('search terms compose decomposed accents and repeat no word whatever its case', () => {
  assert.deepEqual(searchTerms('Tu\u0308rkiye türkiye TÜRKIYE 2026 2026'), ['Türkiye', '2026'])
})

test('search terms stop at the cap', () => {
  const many = Array.from({ length: MAX_QUERY_TERMS + 10 }, (_, i) => `w${i}`).join(' ')
  assert.equal(searchTerms(many).length, MAX_QUERY_TERMS)
})
