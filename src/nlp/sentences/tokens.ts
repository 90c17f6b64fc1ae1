/**
 * @module nlp/sentences/tokens — one-pass tokeniser: words, numbers and
 * punctuation as stand-off spans. Words keep inner apostrophes ("don't",
 * "O'Brien") and hyphens ("cease-fire", "F-16"); numbers keep inner "," and "."
 * ("1,200.5"); dotted initialisms ("U.S.", "a.m.") stay one token so the
 * gazetteer can match them; every other non-space character is its own token.
 */
import type { Span } from '../../doc/types.js'

/** Letters and combining marks of any script count as word characters. */
const WORD_CHAR = /[\p{L}\p{M}]/u

/** ASCII fast path and a cache for the rest, so the regex runs once per distinct code unit. */
const letterCache = new Map<number, boolean>()

export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  let v = letterCache.get(c)
  if (v === undefined) {
    // Surrogate halves are not letters: astral code points in news text are
    // mostly emoji, which the punctuation branch keeps as one symbol token.
    v = !(c >= 0xd800 && c <= 0xdfff) && WORD_CHAR.test(String.fromCharCode(c))
    letterCache.set(c, v)
  }
  return v
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x202f || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff
}

const APOSTROPHE = 39 // '
const RIGHT_SINGLE_QUOTE = 0x2019 // ’
const HYPHEN = 45 // -
const NB_HYPHEN = 0x2011 // non-breaking hyphen
const DOT = 46
const COMMA = 44

function isWordCode(c: number): boolean {
  return isLetterCode(c) || isDigitCode(c)
}

/** Scans a dotted initialism ("U.S.", "a.m.", "e.g.") at `i`; returns its end or -1. */
function initialismEnd(text: string, i: number): number {
  let j = i
  let letters = 0
  while (j + 1 < text.length && isLetterCode(text.charCodeAt(j)) && text.charCodeAt(j + 1) === DOT) {
    letters++
    j += 2
    // A letter right after the dot continues the initialism only if it is itself single.
    if (j < text.length && isLetterCode(text.charCodeAt(j)) && j + 1 < text.length && isLetterCode(text.charCodeAt(j + 1))) break
  }
  return letters >= 2 ? j : -1
}

/** Tokens of `text` in order; whitespace is never part of a token. */
export function tokenize(text: string): Span[] {
  const tokens: Span[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isSpaceCode(c)) {
      i++
      continue
    }
    const start = i
    if (isLetterCode(c)) {
      // A single letter followed by "." and another letter-dot pair is an initialism.
      if (i + 1 < n && text.charCodeAt(i + 1) === DOT && (i === 0 || !isWordCode(text.charCodeAt(i - 1)))) {
        const end = initialismEnd(text, i)
        if (end > 0) {
          tokens.push({ start, end })
          i = end
          continue
        }
      }
      i++
      while (i < n) {
        const d = text.charCodeAt(i)
        if (isWordCode(d)) i++
        else if ((d === APOSTROPHE || d === RIGHT_SINGLE_QUOTE || d === HYPHEN || d === NB_HYPHEN) && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) i += 2
        else break
      }
      tokens.push({ start, end: i })
      continue
    }
    if (isDigitCode(c)) {
      i++
      while (i < n) {
        const d = text.charCodeAt(i)
        if (isDigitCode(d)) i++
        else if ((d === COMMA || d === DOT) && i + 1 < n && isDigitCode(text.charCodeAt(i + 1))) i += 2
        // Ordinals, decades and units glued to digits ("5th", "1990s", "F-16" tails) stay whole.
        else if (isLetterCode(d)) i++
        else if (d === HYPHEN && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) i += 2
        else break
      }
      tokens.push({ start, end: i })
      continue
    }
    // Punctuation and symbols: one token per character (a surrogate pair stays together).
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1
    tokens.push({ start, end: i })
  }
  return tokens
}
