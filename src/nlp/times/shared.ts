/**
 * @module nlp/times/shared
 * Rules every language shares because they are written in digits: ISO dates
 * (with an optional time), numeric dates and 24-hour clock times.
 */
import { B, YEAR, clockOf, dateMeaning, groups } from './patterns.js'
import type { TimeRule } from './language.js'

/** Every rule here needs a digit: sentences without one skip them (see TimeRule.gate). */
const DIGITS = /\d/

export const SHARED_RULES: readonly TimeRule[] = [
  {
    gate: DIGITS,
    re: new RegExp(`${B}${YEAR}-(?<mon>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\\d|3[01])(?:[T ](?<h>[01]\\d|2[0-3]):(?<min>[0-5]\\d))?(?!\\d)`, 'gu'),
    read: (m) => {
      const g = groups(m)
      const meaning = dateMeaning(Number(g.year), Number(g.mon), Number(g.day))
      if (!meaning) return null
      return g.h ? { meaning, clock: clockOf(Number(g.h), Number(g.min), null)! } : { meaning }
    },
  },
  {
    gate: DIGITS,
    // "03/01/2026", "7/8/07": a two-digit year (slashes only: "1.2.10" is a version) is this
    // century's below 50, else the last one's.
    re: new RegExp(`${B}(?<a>\\d{1,2})(?<sep>[/.])(?<b>\\d{1,2})\\k<sep>(?:${YEAR}|(?<=\\/)(?<yy>\\d\\d)(?!\\d|\\/\\d))`, 'gu'),
    read: (m) => {
      const g = groups(m)
      const a = Number(g.a)
      const b = Number(g.b)
      const y = g.year ? Number(g.year) : Number(g.yy) + (Number(g.yy) < 50 ? 2000 : 1900)
      if (!dateMeaning(y, a, b) && !dateMeaning(y, b, a)) return null
      return { meaning: { kind: 'numeric', a, b, y } }
    },
  },
  {
    gate: DIGITS,
    // 24-hour "14:20" (with an optional am/pm or zone), never part of a longer number.
    re: new RegExp(`${B}(?<h>[01]?\\d|2[0-3]):(?<min>[0-5]\\d)(?!\\d|:\\d)(?:\\s*(?<ampm>[AaPp]\\.?[Mm]\\.?(?![\\p{L}])))?(?:\\s+(?<zone>GMT|UTC|CET|local\\s+time|hora\\s+local)(?![\\p{L}]))?`, 'gu'),
    read: (m) => {
      const g = groups(m)
      const clock = clockOf(Number(g.h), Number(g.min), g.ampm ? /^p/i.test(g.ampm) : null)
      if (!clock) return null
      return { meaning: { kind: 'clock' }, clock: g.zone === 'GMT' || g.zone === 'UTC' ? { ...clock, utc: true } : clock }
    },
  },
]
