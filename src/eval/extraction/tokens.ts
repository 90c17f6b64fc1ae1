/**
 * @module eval/extraction/tokens
 * Word tokens and shingles for the article-body scorers. The AEB benchmark's
 * published numbers come from a scorer that cuts text into runs of Unicode
 * "word" characters (letters, numbers, underscore; combining marks and all
 * punctuation separate words) without folding case, so ours cuts the same way
 * to stay comparable with them.
 */

import { StorytraceError } from '../../errors.js'

const WORD_RUN = /[\p{L}\p{N}_]+/gu

/** Runs of letters, digits and underscores, in text order, case kept. */
export function wordTokens(text: string): string[] {
  return text.match(WORD_RUN) ?? []
}

/**
 * Every run of `n` consecutive tokens, joined by a space (a space cannot occur
 * inside a token, so joining loses nothing). A text shorter than `n` tokens
 * still yields one shingle holding all of them, so short texts are not scored
 * as empty; no tokens yield no shingles.
 */
export function shingles(tokens: readonly string[], n: number): string[] {
  if (!Number.isInteger(n) || n < 1) throw new StorytraceError('E_BAD_REQUEST', `shingle size must be a positive integer, got ${n}`, { n })
  if (tokens.length === 0) return []
  if (tokens.length <= n) return [tokens.join(' ')]
  const out: string[] = []
  for (let i = 0; i + n <= tokens.length; i++) out.push(tokens.slice(i, i + n).join(' '))
  return out
}

/** How often each item occurs. */
export function countItems(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1)
  return counts
}
