/**
 * @module nlp/sentences/split — one-pass sentence splitter. A sentence ends at
 * . ! ? … (plus any closing quotes or brackets) when whitespace and then a
 * capital, opening quote or digit follow, and at every paragraph break
 * ("\n\n"). A single "." after a known abbreviation or a single capital
 * initial does not end a sentence. Spans never include surrounding whitespace.
 */
import type { Span } from '../../doc/types.js'
import { isDigitCode, isLetterCode, isSpaceCode } from './tokens.js'

/**
 * Words (without their final dot) after which "." does not end a sentence.
 * Dotted forms keep their inner dots: "U.S" is "U.S." minus the last dot.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Capt', 'Maj', 'Sgt', 'Adm', 'Cmdr',
  'St', 'Jr', 'Sr', 'Rev', 'Hon', 'Pres', 'Amb',
  'U.S', 'U.N', 'U.K', 'E.U', 'U.S.A',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'a.m', 'p.m', 'A.M', 'P.M', 'No', 'vs', 'etc', 'i.e', 'e.g', 'Inc', 'Corp', 'Ltd', 'Co', 'Bros', 'approx', 'Ave', 'Blvd',
])

const DOT = 46
const ELLIPSIS = 0x2026
const NEWLINE = 10

function isTerminator(c: number): boolean {
  return c === DOT || c === 33 /* ! */ || c === 63 /* ? */ || c === ELLIPSIS
}

/** Characters that close a sentence after its terminator: quotes and brackets. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93
}

/**
 * Characters that may open the next sentence besides capitals and digits,
 * including Spanish ¿ and ¡, which open questions and exclamations.
 */
function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab || c === 40 || c === 91 || c === 0x2014 || c === 0xbf || c === 0xa1
}

function isUpperStart(text: string, i: number): boolean {
  const ch = text[i]!
  return isLetterCode(ch.charCodeAt(0)) && ch !== ch.toLowerCase()
}

/** True when the "." at `dot` closes an abbreviation or a single-capital initial. */
function isAbbreviationDot(text: string, dot: number): boolean {
  let j = dot
  while (j > 0) {
    const c = text.charCodeAt(j - 1)
    if (isLetterCode(c) || c === DOT) j--
    else break
  }
  if (j === dot) return false
  const word = text.slice(j, dot)
  if (ABBREVIATIONS.has(word)) return true
  // "Donald J. Trump": one capital letter alone is an initial, not a sentence end.
  return word.length === 1 && isUpperStart(word, 0)
}

/** Sentence spans of `text`, in order, trimmed of whitespace. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = []
  const n = text.length
  let start = -1 // first non-space char of the open sentence
  let lastEnd = 0 // end of the last non-space char seen in it
  const close = (): void => {
    if (start >= 0) out.push({ start, end: lastEnd })
    start = -1
  }
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isSpaceCode(c)) {
      if (c === NEWLINE && start >= 0) {
        // A blank line (only whitespace between two newlines) is a paragraph break.
        let j = i + 1
        while (j < n && isSpaceCode(text.charCodeAt(j)) && text.charCodeAt(j) !== NEWLINE) j++
        if (j < n && text.charCodeAt(j) === NEWLINE) {
          close()
          i = j + 1
          continue
        }
        i = j
        continue
      }
      i++
      continue
    }
    if (start < 0) start = i
    if (!isTerminator(c)) {
      i++
      lastEnd = i
      continue
    }
    // Take the whole run of terminators and closing quotes/brackets.
    let j = i + 1
    while (j < n && isTerminator(text.charCodeAt(j))) j++
    const singleDot = c === DOT && j === i + 1
    while (j < n && isCloser(text.charCodeAt(j))) j++
    lastEnd = j
    let k = j
    while (k < n && isSpaceCode(text.charCodeAt(k)) && text.charCodeAt(k) !== NEWLINE) k++
    // Newlines are left to the paragraph-break branch unless the next line starts a sentence.
    let m = k
    while (m < n && isSpaceCode(text.charCodeAt(m))) m++
    const spaced = m > j
    const next = m < n ? text.charCodeAt(m) : -1
    const startsSentence = next >= 0 && (isUpperStart(text, m) || isDigitCode(next) || isOpener(next))
    if (spaced && startsSentence && !(singleDot && isAbbreviationDot(text, i))) close()
    i = k
  }
  close()
  return out
}
