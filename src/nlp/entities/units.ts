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
const POSSESSIVE = /['’]s$/
const HYPHEN = /[-\u2011]/
const ASCII = /^[\x00-\x7f]*$/

function makeUnit(text: string, start: number, end: number): Unit {
  let e = end
  let possessive = false
  if (e - start > 2 && POSSESSIVE.test(text.slice(start, e))) {
    e -= 2
    possessive = true
  }
  const raw = text.slice(start, e)
  // Most tokens are ASCII: skip the Unicode normalisation for them.
  const folded = ASCII.test(raw) ? raw : foldDiacritics(raw)
  return { start, end: e, key: folded.toLowerCase(), folded, cap: UPPER.test(raw), word: WORDLIKE.test(raw), possessive }
}

/** Units of `text` built from its tokens (in order). */
export function toUnits(text: string, tokens: readonly Span[]): Unit[] {
  const units: Unit[] = []
  for (const t of tokens) {
    const raw = text.slice(t.start, t.end)
    const parts = HYPHEN.test(raw) ? raw.split(/[-\u2011]/) : undefined
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
