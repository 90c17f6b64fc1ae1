/**
 * @module nlp/times/language
 * What a time expression means before it is anchored, and the shape of a
 * language's rule set. Rules (en.ts, es.ts, shared.ts) only read words and
 * numbers into a Meaning; resolve.ts anchors every Meaning the same way for
 * every language, so adding a language never touches date arithmetic.
 */
import type { Holiday } from './holidays.js'

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century'

/** TIMEX3 part-of-day suffixes. */
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI'

/** Thirds of a period, or the stretch of it before/after the anchor ("earlier this month"). */
export type Part = 'early' | 'mid' | 'late' | 'earlier' | 'later'

/** -1 last/previous, 0 this, +1 next. */
export type Rel = -1 | 0 | 1

export type PeriodUnit = 'week' | 'weekend' | 'month' | 'year'

export type Meaning =
  /** A calendar day; year null when the text leaves it out ("January 3"). */
  | { readonly kind: 'date'; readonly y: number | null; readonly m: number; readonly d: number }
  /** "03/01/2026": which number is the month is decided when anchoring. */
  | { readonly kind: 'numeric'; readonly a: number; readonly b: number; readonly y: number }
  | {
      readonly kind: 'month'
      readonly m: number
      readonly y: number | null
      readonly rel: Rel | null
      readonly part: Part | null
      /** "January of this year" (0), "March next year" (+1): the year relative to the anchor's. */
      readonly yearRel?: Rel
    }
  | { readonly kind: 'year'; readonly y: number; readonly part: Part | null }
  | { readonly kind: 'decade'; readonly start: number; readonly part: Part | null }
  /**
   * A calendar quarter: "the fourth quarter of 2011" (q 4, y 2011), "the fourth quarter"
   * (y null: the year is chosen by tense), "last quarter" (q null, rel -1).
   */
  | { readonly kind: 'quarter'; readonly q: number | null; readonly y: number | null; readonly rel: Rel | null }
  /** A fiscal year named by the calendar year it ends in ("fiscal 2011", TIMEX3 FY2011). */
  | { readonly kind: 'fiscal'; readonly y: number }
  | { readonly kind: 'weekday'; readonly wd: number; readonly rel: Rel | null }
  /** Days from the anchor: yesterday -1, today 0, tomorrow +1; `ref` for "now" (TIMEX3 PRESENT_REF). */
  | { readonly kind: 'deictic'; readonly days: number; readonly ref?: true }
  | { readonly kind: 'period'; readonly unit: PeriodUnit; readonly rel: Rel; readonly part: Part | null }
  /** "3 days ago" (sign -1), "in 3 days" (+1); n null for "several". */
  | { readonly kind: 'shift'; readonly n: number | null; readonly unit: Unit; readonly sign: 1 | -1 }
  /** "within a week", "in recent days": a stretch from the anchor; n null when unstated. */
  | { readonly kind: 'window'; readonly n: number | null; readonly unit: Unit; readonly sign: 1 | -1 }
  | { readonly kind: 'duration'; readonly n: number | null; readonly unit: Unit }
  /** TIMEX3 SET value, already final ("XXXX-WXX-1", "P1D"). */
  | { readonly kind: 'set'; readonly value: string }
  /** A named holiday ("Christmas Day", "Thanksgiving 2011"); y null when the text leaves the year out. */
  | { readonly kind: 'holiday'; readonly holiday: Holiday; readonly y: number | null }
  /** A day the text leaves unnamed ("at a later date"). */
  | { readonly kind: 'unnamed' }
  /** A time of day on its own ("at 14:20"); its day comes from the context. */
  | { readonly kind: 'clock' }

export interface Clock {
  readonly h: number
  readonly min: number
  /** Written in UTC/GMT: TIMEX3 marks it with a final "Z". */
  readonly utc?: boolean
}

/** What one rule reads from one match. */
export interface Reading {
  readonly meaning: Meaning
  readonly pod?: PartOfDay
  readonly clock?: Clock
}

export interface TimeRule {
  /** Global regex; the whole match is the expression's span (context sits in lookbehinds). */
  readonly re: RegExp
  /** Null rejects the match (e.g. 31 February). */
  readonly read: (m: RegExpExecArray) => Reading | null
  /** A test every sentence holding a match passes; the rule is skipped in sentences that fail it. */
  readonly gate?: RegExp
}

export type Tense = 'past' | 'future'

export interface TimeLanguage {
  readonly code: string
  readonly rules: readonly TimeRule[]
  /** Tense a single lower-cased word marks, if any ("will" → future, "said" → past). */
  readonly tenseOf: (word: string, next: string) => Tense | null
}
