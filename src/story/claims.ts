/**
 * @module story/claims — a storyline's table of claims (docs/concepts.md):
 * the same proposition reported by many articles becomes one tracked claim,
 * each report a source collapsed to its origin, and a status that follows the
 * evidence in publication order.
 *
 * Grouping: two claims are one proposition when their keys score at least the
 * merge threshold in claimSimilarity (the claims annotator's own measure), or
 * state the same death toll or the same deed by the same agent
 * (claim-match.ts, which also resolves "the ship" in keys), and their `about`
 * lists share an entity (or one of them names none).
 *
 * Status, re-evaluated after each article:
 * - single-source / corroborated: one / two or more distinct origins carry it;
 * - contested: a denial from an origin that does not also carry it;
 * - confirmed: a later article that does not itself carry the claim asserts
 *   (not as a suspicion or denial of its own) an event of the type the
 *   claim's main proposition reports (claim-predicate.ts: not "the damage"
 *   in "a vessel to help map the damage") with its participants and, when
 *   the claim says who did it, that agent; an expected event
 *   only from a report published once its interval has begun (it may have
 *   slipped a few days); a figure (a death toll) never: that the quake
 *   happened says nothing about how many it killed, so only sources count;
 * - refuted: a later asserted report that such an event did not happen, or,
 *   for a claim that was never asserted (a speculation, an expectation), a
 *   later rejection by its participants or of what it proposed, after which
 *   it can no longer come true; and a speculation bounded in time ("could
 *   strike within 72 hours") once the storyline reports on after its window
 *   closed without a report that it happened.
 * Refuted settles the claim. Confirmed holds against later sources that
 * carry the claim, but not against a later denial from an origin that does
 * not carry it: the event report that confirmed it may settle less than the
 * claim says (that an offer was made, not that it was made in writing), so
 * the denial makes it contested again. Events of a kind the denying article
 * itself reports as having happened cannot settle it anew: the denial
 * accepted that much and disputes the rest.
 */
import type { Claim, EventMention, Modality, Span } from '../doc/types.js'
import { PROPOSAL_TYPES } from '../nlp/claims/anaphora.js'
import { claimSimilarity } from '../nlp/claims/similarity.js'
import { eventLanguage } from '../nlp/events/index.js'
import { partyMentions } from '../nlp/events/roles.js'
import { contentHash } from '../util/text.js'
import type { Article } from './articles.js'
import { dayNumber, evidenceAt } from './articles.js'
import { learnKinds, readClaim, relateFrames, type Reading } from './claim-match.js'
import { activeDeed, isPredicate } from './claim-predicate.js'
import { STATEMENT_TYPE } from './features.js'
import type { ResolvedOptions } from './options.js'
import { chainOrigin } from './origins.js'
import type { ClaimSource, ClaimStatus, Evidence, StatusChange, TrackedClaim } from './types.js'

/** Event types whose asserted report ends a speculation about its participants ("he refused exile there"). */
const OVERTAKING_TYPES: ReadonlySet<string> = new Set(['rejection'])
/** What can be refused so that a speculation on it ends: a proposal, exile, talks; not reports ("AFAD rejected reports that…" is a denial). */
const REFUSABLE_TYPES: ReadonlySet<string> = new Set([...PROPOSAL_TYPES, 'exile', 'meeting'])
/** Claim modalities that are not yet a statement of fact, so events can overtake them. */
const OPEN_MODALITIES: ReadonlySet<Modality> = new Set(['speculative', 'expected', 'conditional', 'question'])

const COUNT = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds|thousands|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|decenas|cientos|centenares|miles)`
const CASUALTY = String.raw`(?:kill\w*|dead|deaths?|die[sd]?|injur\w*|wounded|missing|victims|toll|muert[oa]s?|murieron|fallec\w*|herid[oa]s|desaparecid[oa]s|v[ií]ctimas)`
/** A count of casualties, either way round: "killing at least 41 people", "the death toll rose to 63", "murieron 12 personas". */
const CASUALTY_FIGURE = new RegExp(
  String.raw`\b${COUNT}\b(?:\s+[\p{L}-]+){0,3}?\s+${CASUALTY}\b|\b${CASUALTY}\b(?:\s+[\p{L}-]+){0,4}?\s+${COUNT}\b`,
  'iu',
)
const DEATH = String.raw`(?:kill\w*|dead|deaths?|die[sd]?|toll|muert[oa]s?|murieron|fallec\w*)`
/** What a toll does to reach its figure: "rose to", "has risen to", "stood at". */
const TOLL_MOVE = String.raw`(?:rose|risen|rises|climbed|climbs|jumped|reached|reaches|stood|stands|subi[óo]|ascendi[óo]|asciende)(?:\s+(?:to|at|a|en))?`
/**
 * A death count, the number captured: "killing two people", "41 people died",
 * "the toll stood at 63"; a toll may name its disaster before the figure
 * ("the death toll from Tuesday's earthquake in eastern Turkey has risen to 63").
 */
const DEATH_FIGURE = new RegExp(
  String.raw`\b(${COUNT})\b(?:\s+[\p{L}-]+){0,3}?\s+${DEATH}\b|\b${DEATH}\b(?:\s+[\p{L}-]+){0,4}?\s+(${COUNT})\b|` +
    String.raw`\btoll\b(?:\s+[\p{L}'’-]+){0,10}?\s+${TOLL_MOVE}\s+(${COUNT})\b`,
  'giu',
)
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  [
    ['one', 'uno'], ['two', 'dos'], ['three', 'tres'], ['four', 'cuatro'], ['five', 'cinco'], ['six', 'seis'],
    ['seven', 'siete'], ['eight', 'ocho'], ['nine', 'nueve'], ['ten', 'diez'],
  ].flatMap(([en, es], i) => [[en!, String(i + 1)], [es!, String(i + 1)]]),
)

/** Words before a count that make it a lower bound: "more than 100", "at least 104", "más de 100". */
const LOWER_BOUND = /(?:more than|over|at least|upwards of|m[aá]s de|al menos)\s+$/iu
/** How far above a lower bound a stated count may lie and still be the same toll: "more than 100" and "at least 104". */
const BOUND_SPAN = 1.5

/**
 * The death counts a claim states, as digits ("two" and "dos" → "2", "1,146"
 * → "1146"); a lower bound is marked with a leading "+" ("more than 100" → "+100").
 */
export function deathFigures(text: string): Set<string> {
  const out = new Set<string>()
  for (const m of text.matchAll(DEATH_FIGURE)) {
    const count = m[1] ?? m[2] ?? m[3]!
    const raw = count.toLowerCase().replace(/[.,]$/, '')
    const digits = NUMBER_WORDS.get(raw) ?? raw.replace(/,/g, '')
    const at = m.index + (m[1] !== undefined ? 0 : m[0].length - count.length)
    out.add(LOWER_BOUND.test(text.slice(Math.max(0, at - 16), at)) ? `+${digits}` : digits)
  }
  return out
}

/** Two stated tolls are the same figure: equal, or one a lower bound the other lies just above. */
function sameToll(a: string, b: string): boolean {
  if (a === b) return true
  const [x, y] = [Number(a.replace('+', '')), Number(b.replace('+', ''))]
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false
  const within = (bound: number, n: number): boolean => n >= bound && n <= bound * BOUND_SPAN
  return (a.startsWith('+') && within(x, y)) || (b.startsWith('+') && within(y, x))
}

interface Report {
  readonly article: Article
  readonly claim: Claim
  readonly source: ClaimSource
  readonly denied: boolean
}

interface Group {
  readonly reports: Report[]
  readonly about: Set<string>
  /** Distinct readings of its reports, by key and frame: relays repeat one wording, so each is compared once. */
  readonly readings: Map<string, Reading>
  /** Death counts its reports state. */
  readonly deaths: Set<string>
}

/** What a claim says would happen: the events its main proposition reports, and everyone it involves. */
interface Proposition {
  /** Types of every event inside its span: a rejection the claim itself mentions cannot overtake it. */
  readonly mentioned: ReadonlySet<string>
  /** Types of the events its main proposition reports (claim-predicate.ts): only these settle it. */
  readonly types: ReadonlySet<string>
  readonly participants: ReadonlySet<string>
  /** The main proposition's events. */
  readonly events: readonly EventMention[]
  /** Who the claim says did each deed, by event type ("Turkey has offered…" → offer: Turkey). */
  readonly agents: ReadonlyMap<string, ReadonlySet<string>>
  /** It states a figure (a death toll): settled by who counts, not by the event having happened. */
  readonly figure: boolean
  /** Last day (day number) of the future time the claim names, if any: when it can no longer come true. */
  readonly horizon: number | null
}

interface Signal {
  readonly status: ClaimStatus
  readonly reason: string
  readonly evidence: Evidence
}

/** The id counting as publisher when an article names no outlet: the article itself. */
function publisherOf(article: Article): string {
  return article.outlet ?? `article:${article.id}`
}

function report(article: Article, claim: Claim, original: Article | null): Report {
  const origin = chainOrigin(claim.chain, article.outlet, publisherOf(original ?? article))
  return {
    article,
    claim,
    denied: claim.modality === 'denied',
    source: {
      article: article.id,
      outlet: article.outlet,
      chain: claim.chain,
      origin,
      copyOf: original?.id ?? null,
      modality: claim.modality,
      evidence: evidenceAt(article, claim.start, claim),
    },
  }
}

/** What tells two readings apart in a group: the key, and the frame when there is one. */
function readingId(r: Reading): string {
  const f = r.frame
  return f ? `${r.key}|${f.type}|${[...f.agents].join()}|${f.agentless}|${[...f.objects].join()}|${f.modality}` : r.key
}

function aboutMeets(group: Group, about: readonly string[]): boolean {
  if (group.about.size === 0 || about.length === 0) return true
  return about.some((id) => group.about.has(id))
}

/**
 * Best-matching group for a claim (highest similarity to any of its reports;
 * ties: the older group). The same death count about a shared entity is the
 * same toll however differently the sentences around it are worded ("killing
 * two people and injuring 87" / "killed two people in the province"), so it
 * meets the threshold when the words alone do not; so does the same deed by
 * the same agent (claim-match.ts), and a denial that a named agent did a deed
 * is no match for the deed said done by no one named, however alike the words.
 */
function findGroup(groups: readonly Group[], reading: Reading, deaths: ReadonlySet<string>, threshold: number): Group | null {
  let best: Group | null = null
  let bestScore = threshold
  for (const g of groups) {
    if (!aboutMeets(g, reading.about)) continue
    let score = 0
    for (const other of g.readings.values()) {
      const frames = relateFrames(reading.frame, other.frame)
      if (frames === 'apart') continue
      score = Math.max(score, other.key === reading.key ? 1 : claimSimilarity(other.key, reading.key), frames === 'same' ? threshold : 0)
      if (score === 1) break
    }
    if ([...deaths].some((n) => [...g.deaths].some((m) => sameToll(n, m)))) score = Math.max(score, threshold)
    if (score > bestScore || (score === bestScore && best === null)) {
      best = g
      bestScore = score
    }
  }
  return best
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end
}

/**
 * Non-statement events whose trigger lies in the claim span. Not the rest of
 * its sentence: in "after the cable was damaged, the navy said it was working
 * with investigators" the damage is not what the navy's claim says, and a
 * later damage report must not confirm it.
 */
function claimEvents(r: Report): EventMention[] {
  const events = (r.article.doc.layers.events ?? []).filter((e) => e.type !== STATEMENT_TYPE)
  return events.filter((e) => e.trigger.start >= r.claim.start && e.trigger.start < r.claim.end)
}

/** Last day of a time expression in the claim span that ends on or after its article's publication day. */
function futureEnd(r: Report): number | null {
  if (r.article.day === null) return null
  let end: number | null = null
  for (const t of r.article.doc.layers.times ?? []) {
    if (!overlaps(t, r.claim)) continue
    const to = dayNumber(t.to)
    if (to !== null && to >= r.article.day && (end === null || to > end)) end = to
  }
  return end
}

function proposition(group: Group): Proposition {
  const mentioned = new Set<string>()
  const types = new Set<string>()
  const participants = new Set<string>(group.about)
  const events: EventMention[] = []
  const agents = new Map<string, Set<string>>()
  let figure = false
  let horizon: number | null = null
  for (const r of group.reports) {
    if (r.denied) continue
    const inSpan = claimEvents(r)
    for (const e of inSpan) {
      mentioned.add(e.type)
      for (const id of [...e.actors, ...e.targets]) participants.add(id)
      if (e.place !== null) participants.add(e.place)
    }
    const { text } = r.article.doc
    const language = eventLanguage(r.article.doc) ?? 'en'
    for (const e of inSpan.filter((x) => isPredicate(text, r.claim, x, language))) {
      types.add(e.type)
      events.push(e)
      if (e.actors.length === 0 || !activeDeed(text, e, language)) continue
      const known = agents.get(e.type) ?? new Set<string>()
      for (const id of e.actors) known.add(id)
      agents.set(e.type, known)
    }
    figure ||= CASUALTY_FIGURE.test(r.article.doc.text.slice(r.claim.start, r.claim.end))
    const end = futureEnd(r)
    if (end !== null && (horizon === null || end > horizon)) horizon = end
  }
  return { mentioned, types, participants, events, agents, figure, horizon }
}

function participantsOf(e: EventMention): Set<string> {
  return new Set([...e.actors, ...e.targets, ...(e.place !== null ? [e.place] : [])])
}

/** The event names one of the claim's agents for its type among its participants, or the claim names none. */
function agentAgrees(p: Proposition, e: EventMention): boolean {
  const agents = p.agents.get(e.type)
  if (agents === undefined) return true
  const ids = participantsOf(e)
  return [...agents].some((id) => ids.has(id))
}

/** The event shares enough participants with the claim: two when both sides name two, else one. */
function involves(p: Proposition, e: EventMention): boolean {
  const ids = participantsOf(e)
  let shared = 0
  for (const id of ids) if (p.participants.has(id)) shared++
  return shared >= 1 && shared >= Math.min(2, p.participants.size, ids.size)
}

/**
 * Whether a dated report fits the claimed event of its type: within `adjacent`
 * days of it, or, for an expected event, up to `slip` days late, and never
 * reported before the expected interval began (a report published earlier is
 * about preparations, not the event). Undated sides always fit.
 */
function timesMeet(p: Proposition, e: EventMention, reportDay: number | null, modality: Modality, options: ResolvedOptions): boolean {
  const adjacent = options.eventAdjacentDays
  const late = modality === 'expected' ? options.expectedSlipDays : 0
  const dated = p.events.filter((c) => c.type === e.type && dayNumber(c.from) !== null)
  if (dated.length === 0) return true
  const lo = dayNumber(e.from)
  const hi = dayNumber(e.to) ?? lo
  return dated.some((c) => {
    const clo = dayNumber(c.from)!
    const chi = dayNumber(c.to) ?? clo
    if (modality === 'expected' && reportDay !== null && reportDay < clo - adjacent) return false
    if (lo === null || hi === null) return true
    return clo <= hi + adjacent && lo <= chi + adjacent + late
  })
}

/**
 * A rejection rules the claim out when the claim is about what was turned
 * down: someone refused a thing the sentence names (an offer, a deal), and
 * the claim names that thing's other side (the country whose offer it was),
 * not only the one who refused. "Turkey is the most plausible refuge for
 * Maduro" is overtaken by Maduro refusing Turkey's offer; "Maduro will have
 * won another round" is not, though it names him, nor is anything by "the
 * refusal leaves the US with fewer options" (no refuser, nothing refused) or
 * "AFAD rejected reports" (a denial of reports, no proposal). The place of
 * what was refused counts ("refused exile in Turkey").
 */
function rejects(p: Proposition, modality: Modality, rejection: EventMention, rejected: readonly EventMention[]): boolean {
  if (rejection.actors.length === 0) return false
  const refused = rejected.filter((x) => REFUSABLE_TYPES.has(x.type))
  // A claim that itself names the proposal and states something else of it describes its terms ("the
  // proposal would guarantee him residence"): refusing the proposal leaves what it offered unchanged.
  if (refused.some((x) => PROPOSAL_TYPES.has(x.type) && p.mentioned.has(x.type) && !p.types.has(x.type))) return false
  // A conditional weighs what would follow its premise ("if he gave up power, where could he land?"):
  // only a refusal of what it itself proposes settles it, not one that merely shares a participant.
  if (modality === 'conditional' && !refused.some((x) => p.types.has(x.type))) return false
  const refusers = new Set(rejection.actors)
  const otherSide = refused.flatMap((x) => [...participantsOf(x)]).filter((id) => !refusers.has(id))
  return otherSide.some((id) => p.participants.has(id))
}

/**
 * What a later asserted event says about the claim, if anything. `rejected`
 * are the events the article's rejections name (what was turned down).
 */
function settle(
  p: Proposition,
  modality: Modality,
  e: EventMention,
  reportDay: number | null,
  rejected: readonly EventMention[],
  options: ResolvedOptions,
): Omit<Signal, 'evidence'> | null {
  if (e.modality !== 'asserted') return null
  if (!e.negated && OPEN_MODALITIES.has(modality) && OVERTAKING_TYPES.has(e.type) && !p.mentioned.has(e.type)) {
    return rejects(p, modality, e, rejected) ? { status: 'refuted', reason: `overtaken by events: a later ${e.type} rules it out` } : null
  }
  if (p.figure || !involves(p, e)) return null
  if (p.types.has(e.type) && agentAgrees(p, e) && timesMeet(p, e, reportDay, modality, options)) {
    // "did not happen" with no time of its own says nothing against a dated claim ("no negocia con nadie" vs a meeting on Tuesday).
    if (e.negated && dayNumber(e.from) === null && p.events.some((c) => c.type === e.type && dayNumber(c.from) !== null)) return null
    return e.negated
      ? { status: 'refuted', reason: `a later report says the ${e.type} did not happen` }
      : { status: 'confirmed', reason: `a later report asserts the ${e.type} happened` }
  }
  return null
}

/** The sentence citing a closed window: a report that no such event happened, else the article's opening. */
function windowEvidence(p: Proposition, article: Article): Evidence {
  const none = (article.doc.layers.events ?? []).find((e) => e.negated && p.types.has(e.type))
  const at: Span = none ?? { start: 0, end: Math.min(article.doc.text.length, 1) }
  return evidenceAt(article, at.start, at)
}

/**
 * Whether the article puts the event forward as less than fact: it is what
 * one of the article's claims that is not asserted says ("it suspects the
 * ship damaged the cable", "denied that its vessel had damaged…"). Such a
 * report cannot confirm anything. An event the hedged claim takes as given
 * still can: "Maduro's refusal … would not end its push" reports the refusal.
 */
function hedged(article: Article, e: EventMention): boolean {
  const { doc } = article
  const language = eventLanguage(doc) ?? 'en'
  return (doc.layers.claims ?? []).some(
    (c) => c.modality !== 'asserted' && e.trigger.start >= c.start && e.trigger.start < c.end && isPredicate(doc.text, c, e, language),
  )
}

/** Status from the sources seen so far, before any event settles the claim. */
function sourceStatus(reports: readonly Report[]): Omit<Signal, 'evidence'> {
  const carrying = new Set(reports.filter((r) => !r.denied).map((r) => r.source.origin))
  const denying = reports.filter((r) => r.denied && !carrying.has(r.source.origin))
  if (carrying.size > 0 && denying.length > 0) {
    return { status: 'contested', reason: `denied by an independent origin (${denying[0]!.source.origin})` }
  }
  if (carrying.size >= 2) return { status: 'corroborated', reason: `${carrying.size} independent origins carry it` }
  return { status: 'single-source', reason: 'one origin so far' }
}

/** Status history of one group, walking the storyline's articles in publication order. */
function history(group: Group, articles: readonly Article[], copyOf: ReadonlyMap<string, string>, options: ResolvedOptions): StatusChange[] {
  const p = proposition(group)
  const first = group.reports[0]!.article.index
  const modality = claimModality(group)
  const sourceArticles = new Set(group.reports.map((r) => r.article.id))
  const changes: StatusChange[] = []
  const record = (article: Article, s: Signal): void => {
    if (changes[changes.length - 1]?.status === s.status) return
    changes.push({ status: s.status, article: article.id, at: article.doc.meta.published, reason: s.reason, evidence: s.evidence })
  }
  let confirmed = false
  /** Event types a denying article accepted as having happened: they cannot settle what it disputes. */
  const accepted = new Set<string>()
  for (const article of articles) {
    if (article.index < first) continue
    const here = group.reports.filter((r) => r.article === article)
    if (here.length > 0) {
      const seen = group.reports.filter((r) => r.article.index <= article.index)
      const status = sourceStatus(seen)
      const denial = here.find((r) => r.denied)
      if (!confirmed) record(article, { ...status, evidence: here[here.length - 1]!.source.evidence })
      else if (status.status === 'contested' && denial !== undefined) {
        record(article, { status: 'contested', reason: `denied after its confirmation by an independent origin (${denial.source.origin})`, evidence: denial.source.evidence })
        confirmed = false
        for (const e of article.doc.layers.events ?? []) if (e.modality === 'asserted' && !e.negated) accepted.add(e.type)
      }
    }
    // Events settle only from later articles that do not carry the claim themselves (a report of it is
    // not evidence about it) and are not copies of one that does (a copy repeats, it does not report).
    if (confirmed || sourceArticles.has(article.id) || sourceArticles.has(copyOf.get(article.id) ?? '')) continue
    const events = article.doc.layers.events ?? []
    // What a rejection names ("refused exile in Turkey") is what did not happen, not a report that it did.
    const rejections = events.filter((e) => OVERTAKING_TYPES.has(e.type) && !e.negated && e.modality === 'asserted')
    const rejected = events.filter((e) => !OVERTAKING_TYPES.has(e.type) && rejections.some((x) => overlaps(x, e)))
    for (const e of events) {
      if (rejected.includes(e)) continue
      const verdict = settle(p, modality, e, article.day, rejected.filter((x) => overlaps(x, e)), options)
      if (verdict && !(verdict.status === 'confirmed' && (accepted.has(e.type) || hedged(article, e)))) {
        record(article, { ...verdict, evidence: evidenceAt(article, e.trigger.start, e) })
        if (verdict.status === 'refuted') return changes
        confirmed = true
        break
      }
    }
    if (confirmed) continue
    if (modality === 'speculative' && p.horizon !== null && article.day !== null && article.day > p.horizon) {
      record(article, { status: 'refuted', reason: 'overtaken by events: its time passed with no report that it happened', evidence: windowEvidence(p, article) })
      return changes
    }
  }
  return changes
}

/** The claim's own modality: its earliest report that carries it rather than denying it. */
function claimModality(group: Group): Modality {
  return (group.reports.find((r) => !r.denied) ?? group.reports[0]!).claim.modality
}

function track(group: Group, articles: readonly Article[], copyOf: ReadonlyMap<string, string>, options: ResolvedOptions): TrackedClaim {
  const lead = group.reports.find((r) => !r.denied) ?? group.reports[0]!
  const changes = history(group, articles, copyOf, options)
  const first = group.reports[0]!
  return {
    id: 'cl_' + contentHash([first.article.id, String(first.claim.start), first.claim.id], 12),
    text: lead.article.doc.text.slice(lead.claim.start, lead.claim.end).trim(),
    modality: lead.claim.modality,
    status: changes[changes.length - 1]!.status,
    // Every distinct origin that reported on the proposition counts, the denying ones included: a
    // denial is independent reporting on the claim (concepts.md's "carrying it" read as "reporting
    // on it"), so a contested claim always has at least two independent sources.
    independentSources: new Set(group.reports.map((r) => r.source.origin)).size,
    about: [...group.about].sort(),
    sources: group.reports.map((r) => r.source),
    history: changes,
  }
}

/**
 * The tracked claims of a storyline whose articles are given in publication
 * order. `copyOf` maps a copy's id to its original's id (any storyline).
 * Claims are listed in order of first report.
 */
export function trackClaims(
  articles: readonly Article[],
  copyOf: ReadonlyMap<string, string>,
  originals: ReadonlyMap<string, Article>,
  options: ResolvedOptions,
): TrackedClaim[] {
  const groups: Group[] = []
  const kinds = learnKinds(articles)
  for (const article of articles) {
    const originalId = copyOf.get(article.id)
    const original = originalId !== undefined ? (originals.get(originalId) ?? null) : null
    const claims = [...(article.doc.layers.claims ?? [])].sort((a, b) => a.start - b.start || a.end - b.end)
    const parties = claims.length > 0 ? partyMentions(article.doc.layers.entities ?? []) : []
    for (const claim of claims) {
      const r = report(article, claim, original)
      const reading = readClaim(article.doc, claim, kinds, parties)
      const deaths = deathFigures(article.doc.text.slice(claim.start, claim.end))
      let g = findGroup(groups, reading, deaths, options.claimMergeThreshold)
      if (g === null) {
        g = { reports: [], about: new Set(), readings: new Map(), deaths: new Set() }
        groups.push(g)
      }
      for (const n of deaths) g.deaths.add(n)
      // One report per article, stance and wording: a claim repeated within an article is still one
      // source, while another wording of it there ("Türkiye offered…", then "Our country conveyed an
      // offer…") is listed too (independent sources count origins, so it adds none).
      if (!g.reports.some((x) => x.article === article && x.denied === r.denied && x.claim.key === claim.key)) g.reports.push(r)
      for (const id of reading.about) g.about.add(id)
      g.readings.set(readingId(reading), reading)
    }
  }
  return groups.map((g) => track(g, articles, copyOf, options))
}
