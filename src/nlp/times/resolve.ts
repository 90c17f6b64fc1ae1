/**
 * @module nlp/times/resolve
 * Anchors a Meaning to the publication day: TIMEX3 value plus an honest closed
 * interval. Vague parts get the stretch they can mean ("late December" =
 * 21–31 December), and readings that depend on the anchor say why they could
 * not be anchored when there is none.
 */
import type { TimeExpression } from '../../doc/types.js'
import { addMonths, dayOf, daysInMonth, isValidDate, isoDate, isoMonth, isoWeek, toYMD, weekStart, weekday, type Day } from './calendar.js'
import { periodValue } from './en.js'
import { holidayDay, yearlessValue } from './holidays.js'
import type { Clock, Part, PartOfDay, Reading, Tense, Unit } from './language.js'

export type Resolved = Omit<TimeExpression, 'start' | 'end'>

export interface Context {
  /** Publication day; null when the article has no date. */
  readonly anchor: Day | null
  /** Tense of the words around the expression; null when none is marked. */
  readonly tense: Tense | null
}

export const NO_ANCHOR = 'no publication date'

const pad = (n: number): string => String(n).padStart(2, '0')

function interval(from: Day, to: Day): { from: string; to: string } {
  return { from: isoDate(from), to: isoDate(to) }
}

/** Thirds of [from, to] for early/mid/late; the part before/after the anchor for earlier/later. */
function narrow(from: Day, to: Day, part: Part | null, anchor: Day | null, thirds: readonly [Day, Day, Day, Day]): [Day, Day] {
  switch (part) {
    case null:
      return [from, to]
    case 'early':
      return [thirds[0], thirds[1] - 1]
    case 'mid':
      return [thirds[1], thirds[2] - 1]
    case 'late':
      return [thirds[2], thirds[3] - 1]
    case 'earlier':
      return anchor !== null && anchor >= from && anchor <= to ? [from, anchor] : [from, to]
    case 'later':
      return anchor !== null && anchor >= from && anchor <= to ? [anchor, to] : [from, to]
  }
}

function monthSpan(y: number, m: number, part: Part | null, anchor: Day | null): [Day, Day] {
  const from = dayOf(y, m, 1)
  const to = dayOf(y, m, daysInMonth(y, m))
  return narrow(from, to, part, anchor, [from, dayOf(y, m, 11), dayOf(y, m, 21), to + 1])
}

function yearSpan(y: number, part: Part | null, anchor: Day | null): [Day, Day] {
  const from = dayOf(y, 1, 1)
  const to = dayOf(y, 12, 31)
  return narrow(from, to, part, anchor, [from, dayOf(y, 5, 1), dayOf(y, 9, 1), to + 1])
}

/** Among the candidate days, the one the tense points to, else the nearest to the anchor. */
function pick(candidates: readonly Day[], anchor: Day, tense: Tense | null): Day {
  const past = candidates.filter((d) => d <= anchor)
  const future = candidates.filter((d) => d >= anchor)
  if (tense === 'past' && past.length) return Math.max(...past)
  if (tense === 'future' && future.length) return Math.min(...future)
  // Nearest; a tie goes to the past, which news reports more often.
  return [...candidates].sort((a, b) => Math.abs(a - anchor) - Math.abs(b - anchor) || a - b)[0]!
}

function dayResult(day: Day, pod: PartOfDay | undefined, clock: Clock | undefined): Resolved {
  const date = isoDate(day)
  if (clock) return { type: 'TIME', value: `${date}T${pad(clock.h)}:${pad(clock.min)}${clock.utc ? 'Z' : ''}`, ...interval(day, day) }
  if (pod) return { type: 'TIME', value: `${date}T${pod}`, ...interval(day, day) }
  return { type: 'DATE', value: date, ...interval(day, day) }
}

function unresolved(type: Resolved['type'], value: string): Resolved {
  return { type, value, from: null, to: null, unresolved: NO_ANCHOR }
}

/** Days per unit for the units counted in days; hours and less stay on the anchor day. */
const UNIT_DAYS: Partial<Record<Unit, number>> = { day: 1, week: 7 }

/** The day `n` units away from the anchor, exact for months and years. */
function shiftDay(anchor: Day, n: number, unit: Unit): Day {
  const { y, m, d } = toYMD(anchor)
  if (unit === 'month' || unit === 'year' || unit === 'decade' || unit === 'century') {
    const months = n * { month: 1, year: 12, decade: 120, century: 1200 }[unit]
    const t = addMonths(y, m, months)
    return dayOf(t.y, t.m, Math.min(d, daysInMonth(t.y, t.m)))
  }
  return anchor + n * (UNIT_DAYS[unit] ?? 0)
}

/** The calendar unit (day, week, month, year) that contains `day`, as a TIMEX3 value and interval. */
function unitAround(day: Day, unit: Unit): Resolved {
  const { y, m } = toYMD(day)
  switch (unit) {
    case 'week': {
      const start = weekStart(day)
      return { type: 'DATE', value: isoWeek(day), ...interval(start, start + 6) }
    }
    case 'month': {
      const [from, to] = monthSpan(y, m, null, null)
      return { type: 'DATE', value: isoMonth(y, m), ...interval(from, to) }
    }
    case 'year':
    case 'decade':
    case 'century': {
      const [from, to] = yearSpan(y, null, null)
      return { type: 'DATE', value: String(y), ...interval(from, to) }
    }
    default:
      return { type: 'DATE', value: isoDate(day), ...interval(day, day) }
  }
}

function quarterResult(y: number, q: number): Resolved {
  return { type: 'DATE', value: `${y}-Q${q}`, ...interval(dayOf(y, 3 * q - 2, 1), dayOf(y, 3 * q, daysInMonth(y, 3 * q))) }
}

export function resolve(reading: Reading, ctx: Context): Resolved | null {
  const { meaning, pod, clock } = reading
  const { anchor, tense } = ctx
  switch (meaning.kind) {
    case 'date': {
      if (meaning.y !== null) return dayResult(dayOf(meaning.y, meaning.m, meaning.d), pod, clock)
      if (anchor === null) return unresolved(clock || pod ? 'TIME' : 'DATE', `XXXX-${pad(meaning.m)}-${pad(meaning.d)}`)
      const y = toYMD(anchor).y
      const candidates = [y - 1, y, y + 1].filter((c) => isValidDate(c, meaning.m, meaning.d)).map((c) => dayOf(c, meaning.m, meaning.d))
      // A written month and day is specific enough that the nearest year is right far
      // more often than a nearby verb's tense ("said the vote would be held on January 20").
      return dayResult(pick(candidates, anchor, null), pod, clock)
    }
    case 'numeric': {
      const readings: Day[] = []
      // Day-first is the reading outside the US and the default when both fit.
      if (isValidDate(meaning.y, meaning.b, meaning.a)) readings.push(dayOf(meaning.y, meaning.b, meaning.a))
      if (meaning.a !== meaning.b && isValidDate(meaning.y, meaning.a, meaning.b)) readings.push(dayOf(meaning.y, meaning.a, meaning.b))
      const day = anchor === null || readings.length === 1 ? readings[0]! : pick(readings, anchor, null)
      return dayResult(day, pod, clock)
    }
    case 'month': {
      let y = meaning.y
      if (y === null) {
        if (anchor === null) return unresolved('DATE', `XXXX-${pad(meaning.m)}`)
        const a = toYMD(anchor)
        const here = a.y * 12 + a.m
        const options = [a.y - 1, a.y, a.y + 1]
        const index = (c: number): number => c * 12 + meaning.m
        if (meaning.yearRel !== undefined) y = a.y + meaning.yearRel
        else if (meaning.rel === -1) y = Math.max(...options.filter((c) => index(c) < here))
        else if (meaning.rel === 1) y = Math.min(...options.filter((c) => index(c) > here))
        else if (meaning.rel === 0) y = a.y
        else {
          const firsts = options.map((c) => dayOf(c, meaning.m, 1))
          // Compare whole months: the month the anchor is in counts as both past and future.
          const anchorMonth = dayOf(a.y, a.m, 1)
          y = toYMD(pick(firsts, anchorMonth, tense)).y
        }
      }
      const [from, to] = monthSpan(y, meaning.m, meaning.part, anchor)
      return { type: 'DATE', value: isoMonth(y, meaning.m), ...interval(from, to) }
    }
    case 'year': {
      const [from, to] = yearSpan(meaning.y, meaning.part, anchor)
      return { type: 'DATE', value: String(meaning.y), ...interval(from, to) }
    }
    case 'decade': {
      const from = dayOf(meaning.start, 1, 1)
      const to = dayOf(meaning.start + 9, 12, 31)
      const [f, t] = narrow(from, to, meaning.part, anchor, [from, dayOf(meaning.start + 4, 1, 1), dayOf(meaning.start + 7, 1, 1), to + 1])
      return { type: 'DATE', value: String(meaning.start / 10), ...interval(f, t) }
    }
    case 'quarter': {
      if (meaning.y !== null) return quarterResult(meaning.y, meaning.q!)
      if (anchor === null) return unresolved('DATE', meaning.q === null ? 'XXXX-QX' : `XXXX-Q${meaning.q}`)
      const a = toYMD(anchor)
      const here = a.y * 4 + Math.floor((a.m - 1) / 3)
      if (meaning.q === null) {
        const index = here + (meaning.rel ?? 0)
        return quarterResult(Math.floor(index / 4), (index % 4) + 1)
      }
      // The tense picks the year. Quarters are reported once they are over, so in the past
      // tense the anchor's own quarter is still the future ("rose in the first quarter",
      // written in January, is last year's); otherwise it counts as both.
      const starts = [a.y - 1, a.y, a.y + 1].map((c) => dayOf(c, 3 * meaning.q! - 2, 1))
      const current = dayOf(Math.floor(here / 4), 3 * (here % 4) + 1, 1)
      const y = toYMD(pick(starts, tense === 'past' ? current - 1 : current, tense)).y
      return quarterResult(y, meaning.q)
    }
    case 'fiscal':
      // Fiscal years end in the year that names them, in any month: the interval covers every such year.
      return { type: 'DATE', value: `FY${meaning.y}`, ...interval(dayOf(meaning.y - 1, 2, 1), dayOf(meaning.y, 12, 31)) }
    case 'weekday': {
      if (anchor === null) return unresolved(pod || clock ? 'TIME' : 'DATE', `XXXX-WXX-${meaning.wd}${pod ? `T${pod}` : ''}`)
      const back = (weekday(anchor) - meaning.wd + 7) % 7
      const onOrBefore = anchor - back
      const after = onOrBefore + 7
      let day: Day
      if (meaning.rel === -1) day = back === 0 ? anchor - 7 : onOrBefore
      else if (meaning.rel === 1) day = back === 0 ? anchor + 7 : after
      else if (meaning.rel === 0) day = tense === 'past' ? onOrBefore : back === 0 ? anchor : after
      else day = tense === 'future' ? after : onOrBefore
      return dayResult(day, pod, clock)
    }
    case 'deictic': {
      if (anchor === null) return unresolved(pod || clock ? 'TIME' : 'DATE', meaning.days === 0 ? 'PRESENT_REF' : 'XXXX-XX-XX')
      if (meaning.ref) return { type: 'DATE', value: 'PRESENT_REF', ...interval(anchor, anchor) }
      return dayResult(anchor + meaning.days, pod, clock)
    }
    case 'period': {
      if (anchor === null) return unresolved('DATE', meaning.rel === 0 ? 'PRESENT_REF' : meaning.rel < 0 ? 'PAST_REF' : 'FUTURE_REF')
      const a = toYMD(anchor)
      if (meaning.unit === 'week' || meaning.unit === 'weekend') {
        const start = weekStart(anchor) + 7 * meaning.rel
        if (meaning.unit === 'weekend') return { type: 'DATE', value: `${isoWeek(start)}-WE`, ...interval(start + 5, start + 6) }
        const [from, to] = narrow(start, start + 6, meaning.part, anchor, [start, start + 2, start + 4, start + 7])
        return { type: 'DATE', value: isoWeek(start), ...interval(from, to) }
      }
      if (meaning.unit === 'month') {
        const t = addMonths(a.y, a.m, meaning.rel)
        const [from, to] = monthSpan(t.y, t.m, meaning.part, anchor)
        return { type: 'DATE', value: isoMonth(t.y, t.m), ...interval(from, to) }
      }
      const [from, to] = yearSpan(a.y + meaning.rel, meaning.part, anchor)
      return { type: 'DATE', value: String(a.y + meaning.rel), ...interval(from, to) }
    }
    case 'shift': {
      if (anchor === null) return unresolved('DATE', meaning.sign < 0 ? 'PAST_REF' : 'FUTURE_REF')
      if (meaning.n === null) {
        // "several days ago": somewhere between two and nine units away.
        const near = shiftDay(anchor, 2 * meaning.sign, meaning.unit)
        const far = shiftDay(anchor, 9 * meaning.sign, meaning.unit)
        return { type: 'DATE', value: meaning.sign < 0 ? 'PAST_REF' : 'FUTURE_REF', ...interval(Math.min(near, far), Math.max(near, far)) }
      }
      const day = shiftDay(anchor, meaning.n * meaning.sign, meaning.unit)
      return unitAround(day, meaning.unit)
    }
    case 'window': {
      if (anchor === null) {
        return meaning.n !== null ? unresolved('DURATION', periodValue(meaning.n, meaning.unit)) : unresolved('DATE', meaning.sign < 0 ? 'PAST_REF' : 'FUTURE_REF')
      }
      // An unstated count ("in the coming days") reads as a few units.
      const edge = shiftDay(anchor, (meaning.n ?? 3) * meaning.sign, meaning.unit)
      const [from, to] = meaning.sign < 0 ? [edge, anchor] : [anchor, edge]
      // "the next four years", "within a week" measure a stretch (TimeML: a DURATION) that the
      // anchor places; "in recent months" counts nothing and stays a vague past.
      if (meaning.n !== null) return { type: 'DURATION', value: periodValue(meaning.n, meaning.unit), ...interval(from, to) }
      return { type: 'DATE', value: meaning.sign < 0 ? 'PAST_REF' : 'FUTURE_REF', ...interval(from, to) }
    }
    case 'duration':
      return { type: 'DURATION', value: periodValue(meaning.n, meaning.unit), from: null, to: null }
    case 'holiday': {
      if (meaning.y !== null) return dayResult(holidayDay(meaning.holiday, meaning.y), pod, clock)
      if (anchor === null) return unresolved(clock || pod ? 'TIME' : 'DATE', yearlessValue(meaning.holiday))
      const y = toYMD(anchor).y
      return dayResult(pick([y - 1, y, y + 1].map((c) => holidayDay(meaning.holiday, c)), anchor, tense), pod, clock)
    }
    case 'unnamed':
      return { type: 'DATE', value: 'XXXX-XX-XX', from: null, to: null }
    case 'set':
      return { type: 'SET', value: meaning.value, from: null, to: null }
    case 'clock': {
      if (anchor === null || !clock) return unresolved('TIME', `XXXX-XX-XXT${clock ? `${pad(clock.h)}:${pad(clock.min)}${clock.utc ? 'Z' : ''}` : ''}`)
      return dayResult(anchor, undefined, clock)
    }
  }
}
