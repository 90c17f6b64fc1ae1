/**
 * @module story/timeline — a storyline's events, with every report of one real
 * happening merged into one entry (docs/concepts.md "same event"): same type,
 * same polarity, intervals that overlap or touch, agreeing participants
 * (partiesAgree) and a compatible place (the same, or one side names none).
 * Reports are grouped in publication order, then groups that their later
 * reports show to agree are joined. Statements are left out: "X said" is how
 * events reach us, not an event of the story.
 *
 * Undated reports: an event with no interval keeps from/to null in the entry
 * (we do not invent a date), but for merging it stands for the few days before
 * its article's publication, and for ordering it sits at its publication day.
 * An undated group that tells again a dated happening of its participants,
 * over before it was published, joins that happening (toldAgain).
 */
import type { EventMention } from '../doc/types.js'
import type { Article } from './articles.js'
import { compareStrings, dayNumber, evidenceAt } from './articles.js'
import { STATEMENT_TYPE } from './features.js'
import { MAX_ACTIVITY_INTERVAL_DAYS, type ResolvedOptions } from './options.js'
import type { Evidence, TimelineEntry } from './types.js'
import { contentHash } from '../util/text.js'
import { isCore, type StoryFrame } from './timeline-core.js'

/** The modality shown for events reported as not having happened ("did not attack"). */
const NEGATED_MODALITY = 'negated'

interface Report {
  readonly article: Article
  readonly event: EventMention
}

interface Interval {
  readonly lo: number
  readonly hi: number
}

interface Group {
  readonly first: Report
  readonly reports: Report[]
  readonly actors: Set<string>
  readonly targets: Set<string>
  place: string | null
  /** Hull of the dated reports' intervals; the stand-in interval while none is dated. */
  window: Interval | null
  dated: Report | null
}

function datedInterval(e: EventMention): Interval | null {
  const lo = dayNumber(e.from)
  const hi = dayNumber(e.to) ?? lo
  return lo === null || hi === null ? null : { lo: Math.min(lo, hi), hi: Math.max(lo, hi) }
}

function standIn(article: Article, options: ResolvedOptions): Interval | null {
  return article.day === null ? null : { lo: article.day - options.undatedLookbackDays, hi: article.day }
}

/** Intervals overlap or lie within `adjacent` days of each other; an unknown interval matches anything. */
function intervalsMeet(a: Interval | null, b: Interval | null, adjacent: number): boolean {
  if (a === null || b === null) return true
  return a.lo <= b.hi + adjacent && b.lo <= a.hi + adjacent
}

/** Who takes part, by role. */
interface Parties {
  readonly actors: ReadonlySet<string>
  readonly targets: ReadonlySet<string>
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const id of a) if (b.has(id)) return true
  return false
}

/**
 * Participants agree unless the actors conflict: each side names actors that
 * the other side names nowhere (Turkey's and Qatar's offers to Maduro on one
 * day stay apart). Roles are compared loosely because a noun trigger's roles
 * are: in "the offer was conveyed at a meeting between a Turkish envoy and
 * Venezuelan officials" Turkey, after the trigger, reads as a target, and
 * "Venezuela's leader has received an offer from Turkiye" makes Venezuela an
 * actor. Beyond that, targets must meet, across roles too, unless one side
 * names none.
 */
function partiesAgree(a: Parties, b: Parties): boolean {
  const allA = everyone(a)
  const allB = everyone(b)
  if (a.actors.size > 0 && b.actors.size > 0 && !overlap(a.actors, allB) && !overlap(b.actors, allA)) return false
  return a.targets.size === 0 || b.targets.size === 0 || overlap(allA, allB)
}

function samePlace(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b
}

function sameHappening(g: Group, r: Report, interval: Interval | null, options: ResolvedOptions): boolean {
  const e = r.event
  return (
    e.negated === g.first.event.negated &&
    samePlace(g.place, e.place) &&
    partiesAgree(g, { actors: new Set(e.actors), targets: new Set(e.targets) }) &&
    intervalsMeet(g.window, interval, options.eventAdjacentDays)
  )
}

/**
 * Whether two groups of one type, formed apart because their first reports did
 * not agree, turn out to be one happening once each has gathered its reports:
 * both dated, their intervals meet and their participants agree.
 */
function sameGroup(a: Group, b: Group, options: ResolvedOptions): boolean {
  return (
    a.dated !== null &&
    b.dated !== null &&
    a.first.event.negated === b.first.event.negated &&
    samePlace(a.place, b.place) &&
    partiesAgree(a, b) &&
    intervalsMeet(a.window, b.window, options.eventAdjacentDays)
  )
}

/** Everyone a group names, in any role. */
function everyone(p: Parties): Set<string> {
  return new Set([...p.actors, ...p.targets])
}

/**
 * The dated happening an undated group tells of again, if any, when every
 * report asserts it happened: of the same type and polarity, over before the
 * group's first article appeared, agreeing on participants; of those, the one
 * sharing the most participants, then the latest ("the offer" told later
 * means the last offer made). "Maduro's refusal of a Turkish exile offer",
 * told days after the refusal, names no time of its own and is no new refusal.
 * The place is not compared: a report telling a happening again names it in
 * passing, and the place it reads is often another's ("the proposal would
 * guarantee residence in Turkiye").
 */
function toldAgain(g: Group, dated: readonly Group[]): Group | null {
  const day = g.first.article.day
  // Only what every report tells as having happened: "the meeting would focus on an election" is a meeting to come.
  if (g.dated !== null || day === null || !g.reports.every((r) => r.event.modality === 'asserted')) return null
  const named = everyone(g)
  let best: { group: Group; shared: number; hi: number } | null = null
  for (const d of dated) {
    if (d.first.event.type !== g.first.event.type || d.first.event.negated !== g.first.event.negated) continue
    if (d.window === null || d.window.hi >= day || !partiesAgree(d, g)) continue
    const shared = [...everyone(d)].filter((id) => named.has(id)).length
    if (shared > 0 && (best === null || shared > best.shared || (shared === best.shared && d.window.hi > best.hi))) best = { group: d, shared, hi: d.window.hi }
  }
  return best?.group ?? null
}

/** Merges the groups of each type that sameGroup joins, keeping the first-formed group of each set (groups in formation order). */
function mergeGroups(groups: readonly Group[], options: ResolvedOptions): Group[] {
  const kept: Group[] = []
  for (const g of groups) {
    const into = kept.find((k) => k.first.event.type === g.first.event.type && sameGroup(k, g, options))
    if (!into) {
      kept.push(g)
      continue
    }
    for (const r of g.reports) absorb(into, r, options)
  }
  // Matched against the dated groups as their own reports left them, then absorbed.
  const dated = kept.filter((g) => g.dated !== null)
  const into = new Map(kept.map((g) => [g, toldAgain(g, dated)]))
  for (const [g, d] of into) if (d !== null) for (const r of g.reports) absorb(d, r, options)
  return kept.filter((g) => into.get(g) === null)
}

function absorb(g: Group, r: Report, options: ResolvedOptions): void {
  g.reports.push(r)
  for (const a of r.event.actors) g.actors.add(a)
  for (const t of r.event.targets) g.targets.add(t)
  g.place ??= r.event.place
  const d = datedInterval(r.event)
  if (d !== null) {
    g.window = g.dated === null || g.window === null ? d : { lo: Math.min(g.window.lo, d.lo), hi: Math.max(g.window.hi, d.hi) }
    g.dated ??= r
  } else if (g.dated === null) {
    g.window ??= standIn(r.article, options)
  }
}

/** Entry modality: negated events say so; otherwise asserted once any report asserts it, else the first report's. */
function entryModality(g: Group): string {
  if (g.first.event.negated) return NEGATED_MODALITY
  return g.reports.some((r) => r.event.modality === 'asserted') ? 'asserted' : g.first.event.modality
}

function toEntry(g: Group, frame: StoryFrame, copies: ReadonlySet<string>): TimelineEntry {
  const { article, event } = g.first
  // The dated report tells what the entry's date rests on; the first report when none is dated.
  const shown = g.dated ?? g.first
  const evidence: Evidence[] = []
  const seen = new Set<string>()
  const articles: string[] = []
  for (const r of g.reports) {
    const ev = evidenceAt(r.article, r.event.trigger.start, r.event)
    const key = `${ev.article}\u0000${ev.start}\u0000${ev.end}`
    if (!seen.has(key)) {
      seen.add(key)
      evidence.push(ev)
    }
    if (!articles.includes(r.article.id)) articles.push(r.article.id)
  }
  const modality = entryModality(g)
  const core = isCore(
    {
      modality,
      endDay: g.dated ? datedInterval(g.dated.event)!.hi : null,
      independentArticles: articles.filter((a) => !copies.has(a)).length,
      participants: [...g.actors, ...g.targets, ...(g.place ? [g.place] : [])],
    },
    frame,
  )
  return {
    event: 'ev_' + contentHash([article.id, event.id, String(event.start), event.type], 12),
    type: event.type,
    cameo: event.cameo,
    from: g.dated?.event.from ?? null,
    to: g.dated ? (g.dated.event.to ?? g.dated.event.from) : null,
    text: shown.article.doc.text.slice(shown.event.start, shown.event.end).trim(),
    modality,
    core,
    articles,
    evidence,
  }
}

/** Day an entry sorts at: its dated start, else its first report's publication day, else last. */
function sortDay(g: Group): [number, number] {
  const d = g.dated ? datedInterval(g.dated.event) : null
  if (d) return [d.lo, d.hi]
  const pub = g.first.article.day ?? Number.POSITIVE_INFINITY
  return [pub, pub]
}

/** Number order that also holds for infinities (undated entries sort last). */
function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * An event dated only to a whole year or more ("has ruled since 2013", "last
 * met in 2023") is background the article recalls, not a happening of the
 * story: it would crowd the timeline with years-old context.
 */
function isBackground(e: EventMention): boolean {
  const span = datedInterval(e)
  return span !== null && span.hi - span.lo + 1 > MAX_ACTIVITY_INTERVAL_DAYS
}

/**
 * A happening belongs on the time axis when some report dates it, more than one
 * article tells of it, or its one report asserts it happened. A lone undated
 * mention that is speculative, expected or conditional ("opposition parties
 * would seize on any deal") is a remark in passing, not an event of the story.
 */
function onTheRecord(g: Group): boolean {
  if (g.dated !== null || new Set(g.reports.map((r) => r.article.id)).size > 1) return true
  return g.reports.some((r) => r.event.modality === 'asserted')
}

/**
 * The timeline of a storyline whose articles are given in publication order,
 * in event-time order, each entry marked core or not against the storyline's
 * frame (timeline-core.ts); `copies` are the ids of articles that copy another.
 */
export function buildTimeline(articles: readonly Article[], options: ResolvedOptions, frame: StoryFrame, copies: ReadonlySet<string>): TimelineEntry[] {
  const byType = new Map<string, Group[]>()
  const groups: Group[] = []
  for (const article of articles) {
    const events = [...(article.doc.layers.events ?? [])]
      .filter((e) => e.type !== STATEMENT_TYPE && !isBackground(e))
      .sort((a, b) => a.start - b.start || compareStrings(a.id, b.id))
    for (const event of events) {
      const r: Report = { article, event }
      const interval = datedInterval(event) ?? standIn(article, options)
      const sameType = byType.get(event.type) ?? []
      let g = sameType.find((x) => sameHappening(x, r, interval, options))
      if (!g) {
        g = { first: r, reports: [], actors: new Set(), targets: new Set(), place: null, window: null, dated: null }
        sameType.push(g)
        byType.set(event.type, sameType)
        groups.push(g)
      }
      absorb(g, r, options)
    }
  }
  const keyed = mergeGroups(groups, options).filter(onTheRecord).map((g) => ({ entry: toEntry(g, frame, copies), day: sortDay(g) }))
  keyed.sort(
    (a, b) => compareNumbers(a.day[0], b.day[0]) || compareNumbers(a.day[1], b.day[1]) || compareStrings(a.entry.event, b.entry.event),
  )
  return keyed.map((k) => k.entry)
}
