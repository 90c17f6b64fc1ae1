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
 * over before it was published, joins that happening (toldAgain); so does one
 * whose every report is a definite noun ("the refusal"), whatever participants
 * were read around it. What a proposal offers ("an offer of exile") is no
 * happening and no entry.
 */
import type { EventMention } from '../doc/types.js'
import { PROPOSAL_TYPES } from '../nlp/claims/anaphora.js'
import { CONSEQUENCE_TYPES, DISASTER_TYPES } from '../nlp/events/lexicon.js'
import type { Article } from './articles.js'
import { compareStrings, dayNumber, evidenceAt } from './articles.js'
import { offeredContent, refersBack } from './claim-predicate.js'
import { STATEMENT_TYPE } from './features.js'
import { MAX_ACTIVITY_INTERVAL_DAYS, type ResolvedOptions } from './options.js'
import type { Evidence, TimelineEntry } from './types.js'
import { contentHash } from '../util/text.js'
import { isCore, type StoryFrame } from './timeline-core.js'

/** Kinds of event a proposal offers rather than reports: exile is what an offer of asylum holds out. */
const OFFERED_TYPES: ReadonlySet<string> = new Set(['exile'])
/** Kinds of event that offer or turn down such a thing. */
const OFFERING_TYPES: ReadonlySet<string> = new Set([...PROPOSAL_TYPES, 'rejection'])

/** The modality shown for events reported as not having happened ("did not attack"). */
const NEGATED_MODALITY = 'negated'

interface Report {
  readonly article: Article
  readonly event: EventMention
  /** A definite noun ("the refusal"): it mentions a happening told before rather than reporting one. */
  readonly refersBack: boolean
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

/**
 * A disaster and what follows from it are placed by whichever place a report
 * picks: the epicentre's sea, the district, the province or the country ("in
 * the Aegean Sea", "off Seferihisar", "Bayraklı stood up to Sunday's
 * earthquake"), either end of a cable ("linking Finland and Estonia", "off
 * Porvoo"). On the same days it is the same happening whatever place is named.
 */
const LOOSELY_PLACED: ReadonlySet<string> = new Set([...DISASTER_TYPES, ...CONSEQUENCE_TYPES])

/** Places agree when the same or one side names none, or when the type is placed loosely. */
function samePlace(type: string, a: string | null, b: string | null): boolean {
  return LOOSELY_PLACED.has(type) || a === null || b === null || a === b
}

function sameHappening(g: Group, r: Report, interval: Interval | null, options: ResolvedOptions): boolean {
  const e = r.event
  return (
    e.negated === g.first.event.negated &&
    samePlace(e.type, g.place, e.place) &&
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
    samePlace(a.first.event.type, a.place, b.place) &&
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
 * guarantee residence in Turkiye"). When every report is a definite noun
 * ("the refusal leaves the US with fewer options", "she said the refusal
 * changes nothing"), participants are not required either: the ones read
 * around such a noun are the speaker's or the sentence's, not the
 * happening's; such a mention refers to the most-told happening among those
 * sharing the most participants or its place, and to none when its own
 * article reports one still to come.
 */
function toldAgain(g: Group, dated: readonly Group[]): Group | null {
  const day = g.first.article.day
  // Only what every report tells as having happened: "the meeting would focus on an election" is a meeting to come.
  if (g.dated !== null || day === null || !g.reports.every((r) => r.event.modality === 'asserted')) return null
  const named = everyone(g)
  const anaphor = g.reports.every((r) => r.refersBack)
  const candidates = dated.filter((d) => d.first.event.type === g.first.event.type && d.first.event.negated === g.first.event.negated)
  // "The meeting would focus on…" in an article that reports a meeting to come refers to that one.
  const coming = anaphor ? candidates.find((d) => d.window !== null && d.window.hi >= day && d.reports.some((r) => r.article === g.first.article)) : undefined
  if (coming !== undefined) return coming
  const before = candidates.filter((d) => d.window !== null && d.window.hi < day)
  let best: { group: Group; rank: readonly number[] } | null = null
  for (const d of before) {
    if (!(anaphor || partiesAgree(d, g))) continue
    const shared = [...everyone(d)].filter((id) => named.has(id)).length + (anaphor && d.place !== null && d.place === g.place ? 1 : 0)
    // The story's one happening of the type needs no shared participant: "the operator denied its ship had damaged the cable".
    if (shared === 0 && !anaphor && before.length > 1) continue
    // A definite mention means the happening most told, when participants do not tell ("the damaged cable").
    const rank = [shared, anaphor ? d.reports.length : 0, d.window!.hi]
    if (best === null || isAhead(rank, best.rank)) best = { group: d, rank }
  }
  return best?.group ?? null
}

/** Whether rank `a` comes before `b`, comparing in order. */
function isAhead(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!
  return false
}

/** A group of one report, to match it on its own. */
function single(r: Report): Group {
  return { first: r, reports: [r], actors: new Set(r.event.actors), targets: new Set(r.event.targets), place: r.event.place, window: null, dated: null }
}

/**
 * Merges the groups of each type that sameGroup joins, keeping the
 * first-formed group of each set (groups in formation order), then moves to
 * the dated happening it tells again each undated group (toldAgain) and,
 * from the groups left, each definite mention on its own: "the refusal"
 * joins Maduro's refusal of 27 December though the rest of its group ("the
 * talks could lead to…") stays.
 */
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
  const moves = new Map<Report, Group>()
  const out: Group[] = []
  for (const g of kept) {
    const whole = g.dated === null ? toldAgain(g, dated) : null
    if (whole !== null) {
      for (const r of g.reports) moves.set(r, whole)
      continue
    }
    const rest = g.reports.filter((r) => {
      const d = g.dated === null && r.refersBack ? toldAgain(single(r), dated) : null
      if (d !== null) moves.set(r, d)
      return d === null
    })
    if (rest.length === g.reports.length) out.push(g)
    else if (rest.length > 0) out.push(regroup(rest, options))
  }
  for (const [r, d] of moves) absorb(d, r, options)
  return out
}

/** A group formed anew from the reports left of one. */
function regroup(reports: readonly Report[], options: ResolvedOptions): Group {
  const g: Group = { first: reports[0]!, reports: [], actors: new Set(), targets: new Set(), place: null, window: null, dated: null }
  for (const r of reports) absorb(g, r, options)
  return g
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

/**
 * Entry modality: negated events say so; otherwise asserted once any report
 * asserts it, else the first report's. A definite mention ("the meeting would
 * focus on…") names a happening told elsewhere and asserts nothing of it:
 * it counts only when every report is one.
 */
function entryModality(g: Group): string {
  if (g.first.event.negated) return NEGATED_MODALITY
  const telling = g.reports.filter((r) => !r.refersBack)
  const reports = telling.length > 0 ? telling : g.reports
  return reports.some((r) => r.event.modality === 'asserted') ? 'asserted' : reports[0]!.event.modality
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
    const { text } = article.doc
    const all = article.doc.layers.events ?? []
    const events = all
      .filter((e) => e.type !== STATEMENT_TYPE && !isBackground(e))
      .filter((e) => !offeredContent(text, e, all.filter((x) => x.start === e.start), OFFERED_TYPES, OFFERING_TYPES))
      .sort((a, b) => a.start - b.start || compareStrings(a.id, b.id))
    for (const event of events) {
      const r: Report = { article, event, refersBack: refersBack(text, event) }
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
