/**
 * @module nlp/times/holidays
 * The day each named holiday falls on in a given year: fixed days of the
 * month, and the movable feasts news names most (Easter and the days tied to
 * it, US Thanksgiving). Rules read holiday names into keys of this table, so
 * a language adds its own names without touching the date arithmetic.
 */
import { dayOf, weekday, type Day } from './calendar.js'

export type Holiday =
  | 'new-year' | 'new-year-eve' | 'valentine' | 'halloween' | 'christmas-eve' | 'christmas' | 'boxing-day'
  | 'good-friday' | 'easter' | 'easter-monday' | 'thanksgiving'

/** Fixed holidays: [month, day]. */
const FIXED: Partial<Record<Holiday, readonly [number, number]>> = {
  'new-year': [1, 1],
  'new-year-eve': [12, 31],
  valentine: [2, 14],
  halloween: [10, 31],
  'christmas-eve': [12, 24],
  christmas: [12, 25],
  'boxing-day': [12, 26],
}

/** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus). */
export function easter(y: number): Day {
  const a = y % 19
  const b = Math.floor(y / 100)
  const c = y % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return dayOf(y, month, day)
}

/** The day the holiday falls on in year `y`. */
export function holidayDay(h: Holiday, y: number): Day {
  const fixed = FIXED[h]
  if (fixed) return dayOf(y, fixed[0], fixed[1])
  switch (h) {
    case 'good-friday':
      return easter(y) - 2
    case 'easter-monday':
      return easter(y) + 1
    case 'thanksgiving': {
      // The fourth Thursday of November.
      const first = dayOf(y, 11, 1)
      return first + ((4 - weekday(first) + 7) % 7) + 21
    }
    default:
      return easter(y)
  }
}

/** The TIMEX3 value when the year is unknown: the month and day where they never move. */
export function yearlessValue(h: Holiday): string {
  const fixed = FIXED[h]
  return fixed ? `XXXX-${String(fixed[0]).padStart(2, '0')}-${String(fixed[1]).padStart(2, '0')}` : 'XXXX-XX-XX'
}
