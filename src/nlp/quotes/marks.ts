/**
 * @module nlp/quotes/marks — quoted segments: text between paired quotation
 * marks (“…”, "…", «…», „…“, ‘…’). A segment never crosses a paragraph
 * break, so one unclosed mark cannot swallow the rest of the article. Single
 * curly quotes double as apostrophes ("Turkey’s"), so ‘…’ counts only when the
 * opening mark starts a word and the closing one ends one.
 */
import type { Span } from '../../doc/types.js'

export interface QuotedSegment {
  /** From the opening mark to just after the closing mark. */
  readonly outer: Span
  /** The quoted words, without the marks. */
  readonly inner: Span
}

/** Opening mark → the marks that may close it. */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
  ['„', '“”'],
  ['‘', '’'],
])

const LETTER = /[\p{L}\p{N}]/u

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch)
}

/** Every quoted segment of `text`, in order, non-overlapping (outermost pairs only). */
export function findQuotedSegments(text: string): QuotedSegment[] {
  const out: QuotedSegment[] = []
  let i = 0
  while (i < text.length) {
    // Two apostrophes stand for a double quotation mark in some wire and archive copy (''like this'').
    if (text.startsWith("''", i)) {
      const close = text.indexOf("''", i + 2)
      if (close > 0 && !text.slice(i + 2, close).includes('\n\n')) {
        const inner = trimSpan(text, i + 2, close)
        if (inner.end > inner.start) out.push({ outer: { start: i, end: close + 2 }, inner })
        i = close + 2
        continue
      }
    }
    const open = text[i]!
    const closers = PAIRS.get(open)
    if (closers === undefined || (open === '‘' && isLetter(text[i - 1]))) {
      i++
      continue
    }
    const close = findClose(text, i + 1, closers, open === '‘')
    if (close < 0) {
      i++
      continue
    }
    const inner = trimSpan(text, i + 1, close)
    if (inner.end > inner.start) out.push({ outer: { start: i, end: close + 1 }, inner })
    i = close + 1
  }
  return out
}

function findClose(text: string, from: number, closers: string, single: boolean): number {
  for (let j = from; j < text.length; j++) {
    const ch = text[j]!
    if (ch === '\n' && text[j + 1] === '\n') return -1
    if (!closers.includes(ch)) continue
    // An apostrophe inside a word ("Turkey’s") is not a closing single quote.
    if (single && isLetter(text[j + 1])) continue
    return j
  }
  return -1
}

/** [start, end) narrowed past surrounding whitespace. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start
  let e = end
  while (s < e && /\s/.test(text[s]!)) s++
  while (e > s && /\s/.test(text[e - 1]!)) e--
  return { start: s, end: e }
}

/** Word count, to tell a quoted remark from a quoted title or scare-quoted term. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => LETTER.test(w)).length
}
