/**
 * @module nlp/entities/units — the word units the entity matcher compares.
 * Knowledge-base forms and document text go through the same function, so a
 * form matches exactly when its units match the text's units. Two changes to
 * the tokens layer make names line up: hyphenated compounds of capitalised
 * parts ("Turkey-Venezuela", "France-Presse") are split, since each part can
 * be a name; and a possessive "'s" is kept out of the unit ("Ankara's" is the
 * unit "Ankara"), since a mention never includes it.
 */
import type { Span } from '../../doc/types.js'
import { foldDiacritics } from '../../util/text.js'

export interface Unit extends Span {
  /** Folded, lower-cased text: what forms are compared on. */
  readonly key: string
  /** Folded text with its case: all-caps forms ("US", "AP") compare on it. */
  readonly folded: string
  /** Starts with an upper-case letter. */
  readonly cap: boolean
  /** A letter or digit word rather than punctuation. */
  readonly word: boolean
  /** Followed by a possessive "'s" that the unit leaves out. */
  readonly possessive: boolean
}

const UPPER = /^\p{Lu}/u
const WORDLIKE = /^[\p{L}\p{N}]/u
const ASCII = /^[\x00-\x7f]*$/

function makeUnit(text: string, start: number, end: number): Unit {
  let e = end
  let possessive = false
  // /['’]s$/ by character codes: this runs for every token of every document.
  const quote = text.charCodeAt(e - 2)
  if (e - start > 2 && text.charCodeAt(e - 1) === 115 && (quote === 39 || quote === 0x2019)) {
    e -= 2
    possessive = true
  }
  const raw = text.slice(start, e)
  // Most tokens are ASCII: skip the Unicode normalisation and property tests for them.
  const folded = ASCII.test(raw) ? raw : foldDiacritics(raw)
  const c = raw.charCodeAt(0)
  const cap = c < 128 ? c >= 65 && c <= 90 : UPPER.test(raw)
  const word = c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : WORDLIKE.test(raw)
  return { start, end: e, key: folded.toLowerCase(), folded, cap, word, possessive }
}

/** Whether text[start, end) holds a hyphen ("-" or the non-breaking U+2011). */
function hasHyphen(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 45 || c === 0x2011) return true
  }
  return false
}

/** Units of `text` built from its tokens (in order). */
export function toUnits(text: string, tokens: readonly Span[]): Unit[] {
  const units: Unit[] = []
  for (const t of tokens) {
    const parts = hasHyphen(text, t.start, t.end) ? text.slice(t.start, t.end).split(/[-\u2011]/) : undefined
    if (parts && parts.every((p) => UPPER.test(p))) {
      let s = t.start
      for (const p of parts) {
        units.push(makeUnit(text, s, s + p.length))
        s += p.length + 1
      }
      continue
    }
    units.push(makeUnit(text, t.start, t.end))
  }
  return units
}

/** True for a form unit written all in capitals ("US", "NATO"): text must match its case. */
export function isAllCaps(folded: string): boolean {
  return folded.length >= 2 && /^[A-Z]+$/.test(folded)
}

/** Whether a text unit can stand for a form unit, case included. */
export function unitMatches(form: Unit, text: Unit): boolean {
  if (form.key !== text.key) return false
  if (isAllCaps(form.folded)) return form.folded === text.folded
  return !form.cap || text.cap
}
