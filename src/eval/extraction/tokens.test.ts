import assert from 'node:assert/strict'
import { test } from 'node:test'
import { countItems, shingles, wordTokens } from './tokens.js'

test('words are runs of letters, digits and underscores; punctuation and spaces split them', () => {
  assert.deepEqual(wordTokens('Port reopened at 12:30 — "finally", said snake_case.'), ['Port', 'reopened', 'at', '12', '30', 'finally', 'said', 'snake_case'])
})

test('letters of any script are word characters and case is kept', () => {
  assert.deepEqual(wordTokens("Erdoğan's İstanbul trip; Ankara 2026"), ['Erdoğan', 's', 'İstanbul', 'trip', 'Ankara', '2026'])
  assert.deepEqual(wordTokens('Москва и Київ'), ['Москва', 'и', 'Київ'])
})

test('a combining mark separates words, as in the benchmark scorer', () => {
  assert.deepEqual(wordTokens('cafe\u0301 open'), ['cafe', 'open'])
})

test('text without word characters has no tokens', () => {
  assert.deepEqual(wordTokens(' — … !! '), [])
})

test('shingles are the overlapping runs of n tokens', () => {
  assert.deepEqual(shingles(['a', 'b', 'c', 'd', 'e', 'f'], 4), ['a b c d', 'b c d e', 'c d e f'])
})

test('fewer tokens than n still give one shingle; no tokens give none', () => {
  assert.deepEqual(shingles(['only', 'two'], 4), ['only two'])
  assert.deepEqual(shingles(['a', 'b', 'c', 'd'], 4), ['a b c d'])
  assert.deepEqual(shingles([], 4), [])
})

test('a shingle size below one is refused', () => {
  assert.throws(() => shingles(['a'], 0), /positive integer/)
})

test('items are counted with their repeats', () => {
  assert.deepEqual([...countItems(['x', 'y', 'x'])], [['x', 2], ['y', 1]])
})
