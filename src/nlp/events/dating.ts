/**
 * @module nlp/events/dating
 * Which time expression of a sentence dates a trigger. The nearest anchored
 * one, except where the sentence says the time belongs to something else:
 *
 * - a time beyond a clause boundary with another trigger between is that
 *   trigger's ("the refusal changes nothing and she called for protests next
 *   weekend" dates the protests);
 * - a time attached to a reporting verb dates the report ("confirmed on Sunday
 *   that Maduro refused …", "said on Tuesday that the refusal …"), not the
 *   events reported; unless the report tells an act just done, in the perfect
 *   ("said on Monday it had opened an investigation"): then the report's day
 *   is the act's;
 * - in a clause with a verb trigger, a noun trigger is that verb's object or
 *   subject, and the clause's time is the verb's: in "Maduro rechazó el sábado
 *   la oferta … en el exilio" Saturday dates the rejection, not the offer made
 *   earlier nor the exile offered.
 */
import { spansWithin } from '../../doc/spans.js'
import type { Span, TimeExpression } from '../../doc/types.js'
import { foldDiacritics } from '../../util/text.js'
import { CUE_VERBS } from '../quotes/cues.js'
import { SPANISH_AUXILIARIES } from './lexicon.js'

/** A clause boundary in the text between two words: punctuation, or a coordinating "and"/"but". */
const CLAUSE_BOUNDARY = /[,;:—–(]|\b(?:and|but|y|pero)\b/u

/**
 * A verb form that reports speech, from the quotes stage's cue lexicon (the
 * forms whose act is saying, not believing or intending): a time beside it is
 * when the report was made.
 */
function isReportingVerb(word: string): boolean {
  return CUE_VERBS.get(word.toLowerCase())?.act === 'says'
}

/**
 * A perfect auxiliary after a pronoun subject, the reporter's own act ("said it
 * had opened"), or a Spanish perfect (no subject needed): what the report
 * tells was done by the time of the report. Another's act in the perfect
 * ("said it suspected the ship had damaged the cable", "denied that its
 * vessel had damaged") may be older than the report.
 */
const PERFECT = /\b(?:(?:it|they|he|she|we|i)\s+(?:had|has|have)|ha|han|habia|habian)\b/u

/** English verb forms no "-ed" shows: the past tenses of irregular triggers. */
const IRREGULAR_PAST: ReadonlySet<string> = new Set(['met', 'fled', 'won', 'sold', 'bought', 'flew', 'out-sold'])
/** Words that make the English base form after them a verb ("to meet", "will visit"). */
const VERB_MARKERS: ReadonlySet<string> = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'does', 'not'])

/** A trigger in its sentence: its span and whether it is a verb (the head of its clause) rather than a noun. */
export interface PlacedTrigger extends Span {
  readonly verbal: boolean
}

/**
 * Whether a trigger word is a verb form. English: "-ed", an irregular past, or
 * a base form after "to" or a modal. Spanish: a preterite or future ending
 * ("rechazó", "ofrecieron", "visitará") or a form after an auxiliary ("ha
 * rechazado"). "offer", "rechazo", "exilio" stay nouns.
 */
export function isVerbal(word: string, previous: string, language: 'en' | 'es'): boolean {
  const w = word.toLowerCase()
  const p = foldDiacritics(previous).toLowerCase()
  if (language === 'en') return /ed$/.test(w) || IRREGULAR_PAST.has(w) || VERB_MARKERS.has(p)
  return /[óé]$|(?:aron|ieron|ará|arán|erá|erán|irá|irán)$/u.test(w) || SPANISH_AUXILIARIES.has(p)
}

/** Words that open a clause of its own between a report's verb and a noun ("said it will send aid"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'will', 'would', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'que', 'se', 'ha', 'han',
])
/** What a passive report may hold between the noun and the verb ("the refusal was confirmed"). */
const PASSIVE = /^\s+(?:(?:was|were|is|are|has been|had been|fue|fueron|ha sido)\s+)$/u

/** Whether the noun trigger is the object reported ("confirmed the refusal") or the subject of a passive report. */
function reportsObject(text: string, report: Span, trigger: Span): boolean {
  if (trigger.end <= report.start) return PASSIVE.test(text.slice(trigger.end, report.start))
  const between = text.slice(report.end, trigger.start).match(/\p{L}+/gu) ?? []
  return between.length <= 3 && !between.some((w) => CLAUSE_OPENERS.has(foldDiacritics(w).toLowerCase()))
}

/** Every reporting verb of the span. */
function reportingVerbsIn(text: string, span: Span): Span[] {
  const out: Span[] = []
  for (const m of text.slice(span.start, span.end).matchAll(/\p{L}+/gu)) {
    if (isReportingVerb(m[0])) out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length })
  }
  return out
}

/** The reporting verb right before the time (one short word such as "on" may sit between) or right after it, if any. */
function reportingVerbBeside(text: string, time: Span): Span | null {
  const before = /(\p{L}+)\s+(?:\p{L}{1,3}\s+)?$/u.exec(text.slice(Math.max(0, time.start - 30), time.start))
  if (before && isReportingVerb(before[1]!)) {
    const start = time.start - before[0].length
    return { start, end: start + before[1]!.length }
  }
  const after = /^\s+(\p{L}+)/u.exec(text.slice(time.end, time.end + 30))
  if (after && isReportingVerb(after[1]!)) {
    const start = time.end + after[0].length - after[1]!.length
    return { start, end: start + after[1]!.length }
  }
  return null
}

/**
 * The time expression dating `trigger`, or null; `clause` is the trigger's own
 * clause to the sentence end (roles.ts ownClauseStart), `times` sorted by
 * start, `others` every trigger of the sentence (this one included).
 */
export function timeOf(text: string, times: readonly TimeExpression[], clause: Span, trigger: PlacedTrigger, others: readonly PlacedTrigger[]): TimeExpression | null {
  let best: TimeExpression | null = null
  let distance = Infinity
  const reporting = reportingVerbsIn(text, clause)
  const report = reporting.filter((r) => r.end <= trigger.start).pop()
  // "said it had opened an investigation": the act told in the perfect is dated by the report.
  const told = report !== undefined && PERFECT.test(foldDiacritics(text.slice(report.end, trigger.start)))
  // The verbs a noun trigger may be the object or subject of: verb triggers, and a report's verb
  // when the trigger is what is reported ("confirmed the refusal on Sunday", "the refusal was confirmed").
  const heads = [...others.filter((o) => o.verbal), ...reporting.filter((r) => reportsObject(text, r, trigger))]
  for (const t of spansWithin(times, clause.start, clause.end)) {
    if (t.from === null || inDateline(text, clause.start, t) || anchoredOn(text, t, trigger)) continue
    const [a, b] = t.end <= trigger.start ? [t.end, trigger.start] : [trigger.end, t.start]
    if (others.some((o) => o.start >= a && o.end <= b) && CLAUSE_BOUNDARY.test(text.slice(a, b))) continue
    const verb = reportingVerbBeside(text, t)
    if (verb !== null && verb.start !== trigger.start && !told) continue
    if (!trigger.verbal && heads.some((o) => o.start !== trigger.start && sameClause(text, [trigger, t, o]))) continue
    const d = b - a
    if (d < distance) {
      best = t
      distance = d
    }
  }
  return best
}

/** "ISTANBUL, Sept 15 (CW) — ": a place in capitals, the day and the agency before the dash. */
const DATELINE_HEAD = /^\s*\p{Lu}[\p{Lu}\s.'’-]*,\s*$/u
const DATELINE_TAIL = /^\s*(?:\([^)\n]{1,20}\))?\s*[—–-]\s/u

/**
 * Whether the time is the dateline's, opening the sentence at `start`: it says
 * when the story was filed, not when what it tells happened ("ISTANBUL, Sept
 * 15 — A magnitude 5.8 earthquake killed two" of a quake two days before).
 */
function inDateline(text: string, start: number, time: Span): boolean {
  return DATELINE_HEAD.test(text.slice(start, time.start)) && DATELINE_TAIL.test(text.slice(time.end, time.end + 24))
}

/** What ties a time to the event it counts from: "42 hours after the quake", "within 24 hours of the quake". */
const ANCHORING = /^\s+(?:after|before|since|following|of)\s+(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\p{L}\d.-]+\s+){0,2}$/u

/** Whether the trigger is the event the time counts from, so the time dates something else. */
function anchoredOn(text: string, time: Span, trigger: Span): boolean {
  return time.end <= trigger.start && ANCHORING.test(text.slice(time.end, trigger.start))
}

/** Whether no clause boundary lies anywhere between the spans. */
function sameClause(text: string, spans: readonly Span[]): boolean {
  const start = Math.min(...spans.map((s) => s.end))
  const end = Math.max(...spans.map((s) => s.start))
  return start >= end || !CLAUSE_BOUNDARY.test(text.slice(start, end))
}
