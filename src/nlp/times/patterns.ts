/**
 * @module nlp/times/patterns
 * Regex building blocks the language rule sets share: word boundaries that
 * work for accented letters, alternations from word lists, and the readers
 * that turn matched words into numbers, months and units.
 */
import { foldDiacritics } from '../../util/text.js'
import { isValidDate } from './calendar.js'
import type { Clock, Unit } from './language.js'

/** Start of a word: `\b` does not know that "á" is a letter. */
export const B = '(?<![\\p{L}\\p{N}])'
/** End of a word. */
export const E = '(?![\\p{L}\\p{N}])'

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
}

/** Alternation of the words, longest first so "September" beats "Sept". */
export function alt(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|')
}

/**
 * The same, with the first letter in either case ("[Ll]ast"): for English
 * rules that must stay case-sensitive because of "May" and "March".
 */
export function cap(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${escape(w.slice(1))}`)
    .join('|')
}

/** Day of month 1–31 with an optional English ordinal suffix. */
export const DAY = '(?<day>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?!\\d)'
/** A four-digit year in the range news writes about. */
export const YEAR = '(?<year>(?:19|20)\\d\\d)(?!\\d)'

export function groups(m: RegExpExecArray): Record<string, string | undefined> {
  return m.groups ?? {}
}

/** Lower-case, diacritic-free, single-spaced: the key every word table uses. */
export function key(s: string): string {
  return foldDiacritics(s).toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Reads a month name or abbreviation: the first three letters decide in both languages. */
export function monthOf(table: Readonly<Record<string, number>>, word: string): number | null {
  return table[key(word).replace(/\.$/, '').slice(0, 3)] ?? null
}

/** A number written in digits or words; null for vague counts ("several"). */
export function countOf(numbers: Readonly<Record<string, number>>, word: string | undefined): number | null {
  if (word === undefined) return 1
  const k = key(word)
  if (/^\d+$/.test(k)) return Number(k)
  return numbers[k] ?? null
}

/** Reads a unit word through its stem (first three folded letters). */
export function unitOf(stems: Readonly<Record<string, Unit>>, word: string): Unit | null {
  return stems[key(word).slice(0, 3)] ?? null
}

/** A valid clock reading, or null; `pm` adds twelve hours to 1–11. */
export function clockOf(h: number, min: number, pm: boolean | null): Clock | null {
  let hour = h
  if (pm === true && hour < 12) hour += 12
  if (pm === false && hour === 12) hour = 0
  return hour < 24 && min < 60 ? { h: hour, min } : null
}

/** The date as a Meaning, or null when it does not exist (30 February). */
export function dateMeaning(y: number | null, m: number, d: number) {
  // 2024 is a leap year: a yearless 29 February stays possible.
  return isValidDate(y ?? 2024, m, d) ? ({ kind: 'date', y, m, d } as const) : null
}
