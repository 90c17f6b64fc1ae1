/**
 * @module nlp/times/calendar
 * Proleptic Gregorian date arithmetic on whole days (days since 1970-01-01,
 * UTC), ISO weeks and ISO date strings. Days as integers keep anchoring free of
 * time zones and Date objects in the hot path.
 */

/** Days since 1970-01-01 (UTC). */
export type Day = number

const MS_PER_DAY = 86_400_000

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1]!
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
}

/** The day number of y-m-d (month 1–12); the date must be valid. */
export function dayOf(y: number, m: number, d: number): Day {
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY)
}

export interface YMD {
  readonly y: number
  readonly m: number
  readonly d: number
}

export function toYMD(day: Day): YMD {
  const date = new Date(day * MS_PER_DAY)
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

/** "2026-01-05". */
export function isoDate(day: Day): string {
  const { y, m, d } = toYMD(day)
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`
}

/** "2026-01". */
export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function weekday(day: Day): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1
}

/** The Monday of the ISO week containing `day`. */
export function weekStart(day: Day): Day {
  return day - (weekday(day) - 1)
}

/** ISO week label "2026-W02": the week belongs to the year of its Thursday. */
export function isoWeek(day: Day): string {
  const thursday = weekStart(day) + 3
  const year = toYMD(thursday).y
  const week = Math.floor((thursday - dayOf(year, 1, 1)) / 7) + 1
  return `${pad(year, 4)}-W${pad(week, 2)}`
}

/** Month arithmetic: (y, m) shifted by `n` months. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + n
  return { y: Math.floor(index / 12), m: (index % 12) + 1 }
}

/** Parses the date part of an ISO date or datetime ("2026-01-05T09:00:00Z"); null when malformed. */
export function parseIsoDay(s: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim())
  if (!m) return null
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  return isValidDate(y, mo, d) ? dayOf(y, mo, d) : null
}
