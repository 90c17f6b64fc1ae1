/**
 * @module story/claims — a storyline's table of claims (docs/concepts.md):
 * the same proposition reported by many articles becomes one tracked claim,
 * each report a source collapsed to its origin, and a status that follows the
 * evidence in publication order.
 *
 * Grouping: two claims are one proposition when their keys score at least the
 * merge threshold in claimSimilarity (the claims annotator's own measure) and
 * their `about` lists share an entity (or one of them names none).
 *
 * Status, re-evaluated after each article:
 * - single-source / corroborated: one / two or more distinct origins carry it;
 * - contested: a denial from an origin that does not also carry it;
 * - confirmed: a later article asserts, in a sentence that is not itself a
 *   report of this claim, an event of the claim's type with its participants;
 * - refuted: a later asserted report that such an event did not happen, or,
 *   for a claim that was never asserted (a speculation, an expectation), a
 *   later rejection by its participants, after which it can no longer come true.
 * Confirmed and refuted settle the claim: later reports do not reopen it.
 */
import type { Claim, EventMention, Modality } from '../doc/types.js'
import { claimSimilarity } from '../nlp/claims/similarity.js'
import { contentHash } from '../util/text.js'
import type { Article } from './articles.js'
import { dayNumber, evidenceAt } from './articles.js'
import { STATEMENT_TYPE } from './features.js'
import type { ResolvedOptions } from './options.js'
import { chainOrigin } from './origins.js'
import type { ClaimSource, ClaimStatus, Evidence, StatusChange, TrackedClaim } from './types.js'

/** Event types whose asserted report ends a speculation about its participants ("he refused exile there"). */
const OVERTAKING_TYPES: ReadonlySet<string> = new Set(['rejection'])
/** Claim modalities that are not yet a statement of fact, so events can overtake them. */
const OPEN_MODALITIES: ReadonlySet<Modality> = new Set(['speculative', 'expected', 'conditional', 'question'])

interface Report {
  readonly article: Article
  readonly claim: Claim
  readonly source: ClaimSource
  readonly denied: boolean
}

interface Group {
  readonly reports: Report[]
  readonly about: Set<string>
  /** Distinct keys of its reports, id → key: relays repeat one wording, so each is compared once. */
  readonly keys: Map<string, string>
}

/** What a claim says would happen: the events reported inside its span, and everyone it involves. */
interface Proposition {
  readonly types: ReadonlySet<string>
  readonly participants: ReadonlySet<string>
  readonly events: readonly EventMention[]
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

function aboutMeets(group: Group, about: readonly string[]): boolean {
  if (group.about.size === 0 || about.length === 0) return true
  return about.some((id) => group.about.has(id))
}

/** Best-matching group for a claim (highest similarity to any of its reports; ties: the older group). */
function findGroup(groups: readonly Group[], claim: Claim, threshold: number): Group | null {
  let best: Group | null = null
  let bestScore = threshold
  for (const g of groups) {
    if (!aboutMeets(g, claim.about)) continue
    let score = g.keys.has(claim.id) ? 1 : 0
    for (const key of g.keys.values()) {
      if (score === 1) break
      score = Math.max(score, claimSimilarity(key, claim.key))
    }
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

/** Non-statement events of the claim's article whose trigger lies in the claim span, else in its sentence. */
function claimEvents(r: Report): EventMention[] {
  const events = (r.article.doc.layers.events ?? []).filter((e) => e.type !== STATEMENT_TYPE)
  const inside = events.filter((e) => e.trigger.start >= r.claim.start && e.trigger.start < r.claim.end)
  return inside.length > 0 ? inside : events.filter((e) => overlaps(e, r.source.evidence))
}

function proposition(group: Group): Proposition {
  const types = new Set<string>()
  const participants = new Set<string>(group.about)
  const events: EventMention[] = []
  for (const r of group.reports) {
    if (r.denied) continue
    for (const e of claimEvents(r)) {
      types.add(e.type)
      events.push(e)
      for (const id of [...e.actors, ...e.targets]) participants.add(id)
      if (e.place !== null) participants.add(e.place)
    }
  }
  return { types, participants, events }
}

/** The event shares enough participants with the claim: two when both sides name two, else one. */
function involves(p: Proposition, e: EventMention): boolean {
  const ids = new Set([...e.actors, ...e.targets, ...(e.place !== null ? [e.place] : [])])
  let shared = 0
  for (const id of ids) if (p.participants.has(id)) shared++
  return shared >= 1 && shared >= Math.min(2, p.participants.size, ids.size)
}

/** When both the claimed event and the report are dated, they must be within `adjacent` days of each other. */
function timesMeet(p: Proposition, e: EventMention, adjacent: number): boolean {
  const lo = dayNumber(e.from)
  if (lo === null) return true
  const hi = dayNumber(e.to) ?? lo
  const dated = p.events.filter((c) => c.type === e.type && dayNumber(c.from) !== null)
  if (dated.length === 0) return true
  return dated.some((c) => {
    const clo = dayNumber(c.from)!
    const chi = dayNumber(c.to) ?? clo
    return clo <= hi + adjacent && lo <= chi + adjacent
  })
}

/** What a later asserted event says about the claim, if anything. */
function settle(p: Proposition, modality: Modality, e: EventMention, options: ResolvedOptions): Omit<Signal, 'evidence'> | null {
  if (e.modality !== 'asserted' || !involves(p, e)) return null
  if (p.types.has(e.type) && timesMeet(p, e, options.eventAdjacentDays)) {
    return e.negated
      ? { status: 'refuted', reason: `a later report says the ${e.type} did not happen` }
      : { status: 'confirmed', reason: `a later report asserts the ${e.type} happened` }
  }
  if (!e.negated && OPEN_MODALITIES.has(modality) && OVERTAKING_TYPES.has(e.type) && !p.types.has(e.type)) {
    return { status: 'refuted', reason: `overtaken by events: a later ${e.type} rules it out` }
  }
  return null
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
  for (const article of articles) {
    if (article.index < first) continue
    const here = group.reports.filter((r) => r.article === article)
    if (here.length > 0) {
      const seen = group.reports.filter((r) => r.article.index <= article.index)
      record(article, { ...sourceStatus(seen), evidence: here[here.length - 1]!.source.evidence })
    }
    // Events settle only from later articles that are not copies of a source (a copy repeats, it does not report).
    if (article.index === first || sourceArticles.has(copyOf.get(article.id) ?? '')) continue
    const sourceSpans = here.map((r) => r.source.evidence)
    const events = article.doc.layers.events ?? []
    // What a rejection names ("refused exile in Turkey") is what did not happen, not a report that it did.
    const rejections = events.filter((e) => OVERTAKING_TYPES.has(e.type) && !e.negated && e.modality === 'asserted')
    for (const e of events) {
      if (sourceSpans.some((s) => overlaps(s, e))) continue
      if (!OVERTAKING_TYPES.has(e.type) && rejections.some((x) => overlaps(x, e))) continue
      const verdict = settle(p, modality, e, options)
      if (verdict) {
        record(article, { ...verdict, evidence: evidenceAt(article, e.trigger.start, e) })
        return changes
      }
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
  for (const article of articles) {
    const originalId = copyOf.get(article.id)
    const original = originalId !== undefined ? (originals.get(originalId) ?? null) : null
    const claims = [...(article.doc.layers.claims ?? [])].sort((a, b) => a.start - b.start || a.end - b.end)
    for (const claim of claims) {
      const r = report(article, claim, original)
      let g = findGroup(groups, claim, options.claimMergeThreshold)
      if (g === null) {
        g = { reports: [], about: new Set(), keys: new Map() }
        groups.push(g)
      }
      // One report per article and stance: a claim repeated within an article is still one source.
      if (!g.reports.some((x) => x.article === article && x.denied === r.denied)) g.reports.push(r)
      for (const id of claim.about) g.about.add(id)
      g.keys.set(claim.id, claim.key)
    }
  }
  return groups.map((g) => track(g, articles, copyOf, options))
}
