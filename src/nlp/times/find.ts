/**
 * @module nlp/times/find
 * Runs a language's rules over each sentence, keeps the longest expression
 * where matches overlap, joins a day with its clock time ("Saturday at
 * 14:20"), and anchors each expression with the tense around it.
 */
import type { Span, TimeExpression } from '../../doc/types.js'
import type { Day } from './calendar.js'
import { parseIsoDay } from './calendar.js'
import type { Reading, TimeLanguage } from './language.js'
import { resolve, type Resolved } from './resolve.js'
import { tenseAround } from './tense.js'

interface Match extends Span {
  readonly reading: Reading
  /** Rule order: among equally long matches the earlier rule wins. */
  readonly rank: number
}

const DAY_KINDS = new Set(['date', 'numeric', 'weekday', 'deictic', 'holiday'])
/** What may stand between a day and its clock time ("Saturday at 14:20", "3 January 2026, 14:20"). */
const DAY_THEN_CLOCK = /^\s*(?:,\s*)?(?:(?:at|around|about|a\s+las|hacia\s+las|sobre\s+las)\s+)?$/i

function matchesIn(sentence: string, offset: number, lang: TimeLanguage): Match[] {
  const all: Match[] = []
  const passed = new Map<RegExp, boolean>()
  lang.rules.forEach((rule, rank) => {
    if (rule.gate) {
      let ok = passed.get(rule.gate)
      if (ok === undefined) passed.set(rule.gate, (ok = rule.gate.test(sentence)))
      if (!ok) return
    }
    rule.re.lastIndex = 0
    for (let m = rule.re.exec(sentence); m; m = rule.re.exec(sentence)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++
        continue
      }
      const reading = rule.read(m)
      if (reading) all.push({ start: offset + m.index, end: offset + m.index + m[0].length, reading, rank })
    }
  })
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start)
  const kept: Match[] = []
  for (const m of all) {
    if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m)
  }
  return kept.sort((a, b) => a.start - b.start)
}

function isDay(m: Match): boolean {
  return DAY_KINDS.has(m.reading.meaning.kind) && !m.reading.clock
}

function isClock(m: Match): boolean {
  return m.reading.meaning.kind === 'clock'
}

/**
 * Joins a day with the clock time right after it into one TIME expression
 * ("Saturday at 14:20"). A clock time written before its day ("at 11:12 p.m.
 * on Sunday") stays apart: the day keeps its DATE and the clock takes the day
 * from the sentence.
 */
function joinClocks(text: string, matches: Match[]): Match[] {
  const out: Match[] = []
  for (let i = 0; i < matches.length; i++) {
    const cur = matches[i]!
    const next = matches[i + 1]
    if (next) {
      const gap = text.slice(cur.end, next.start)
      if (isDay(cur) && isClock(next) && DAY_THEN_CLOCK.test(gap)) {
        out.push({ start: cur.start, end: next.end, reading: { ...cur.reading, clock: next.reading.clock! }, rank: cur.rank })
        i++
        continue
      }
    }
    out.push(cur)
  }
  return out
}

export interface FindOptions {
  readonly lang: TimeLanguage
  /** Publication date or datetime (ISO); its date part anchors relative expressions. */
  readonly published: string | null
}

/** Time expressions of the text, sentence by sentence, in text order. */
export function findTimes(text: string, sentences: readonly Span[], options: FindOptions): TimeExpression[] {
  const anchor: Day | null = options.published ? parseIsoDay(options.published) : null
  const out: TimeExpression[] = []
  // The last single day named, and in which sentence: a clock time in a following
  // sentence ("The quake hit at 4:17 a.m.") most often belongs to it.
  let lastDay: { result: Resolved; sentence: number } | null = null
  sentences.forEach((s, index) => {
    const sentence = text.slice(s.start, s.end)
    const matches = joinClocks(text, matchesIn(sentence, s.start, options.lang))
    const resolved = matches.map((m) => ({
      span: m,
      result: resolve(m.reading, { anchor, tense: tenseAround(sentence, s.start, m, options.lang, matches) }),
    }))
    for (const { span, result } of resolved) {
      if (!result) continue
      const earlier = lastDay && index - lastDay.sentence <= CLOCK_LOOKBACK ? lastDay.result : null
      const final = span.reading.meaning.kind === 'clock' ? onNearestDay(span, result, resolved, earlier) : result
      out.push({ start: span.start, end: span.end, ...final })
    }
    for (const { span, result } of resolved) {
      if (result && isDay(span) && result.from !== null && result.from === result.to) lastDay = { result, sentence: index }
    }
  })
  return out
}

/** Sentences back that a day named earlier still dates a clock time. */
const CLOCK_LOOKBACK = 3

/**
 * A clock time alone ("the quake struck at 04:17") happened on the day the
 * sentence names elsewhere ("On Monday, …"), else on the day a recent sentence
 * named, else on the publication day.
 */
function onNearestDay(
  clock: Span,
  result: Resolved,
  all: readonly { span: Match; result: Resolved | null }[],
  earlier: Resolved | null,
): Resolved {
  let best: Resolved | null = earlier
  let distance = Infinity
  for (const { span, result: r } of all) {
    if (!r || !isDay(span) || r.from === null || r.from !== r.to) continue
    const d = Math.min(Math.abs(span.start - clock.end), Math.abs(clock.start - span.end))
    if (d < distance) {
      distance = d
      best = r
    }
  }
  if (!best) return result
  const time = result.value.slice(result.value.indexOf('T'))
  return { type: 'TIME', value: `${best.from}${time}`, from: best.from, to: best.to }
}
