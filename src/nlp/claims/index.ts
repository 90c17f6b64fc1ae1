/**
 * @module nlp/claims — the claims annotator: one claim per attributed
 * statement (each quote), per other sentence that puts a proposition
 * forward with a hedge, a denial, a condition, a question or a forecast, and
 * per sentence in which the outlet itself reports what a named actor did.
 * A quote that reports a belief is speculative, one that reports an intention
 * expected; a stance or a negated cue is no claim of its source's.
 * Each claim carries its source chain (publishing outlet → relaying outlets →
 * original source), its modality, the entities it is about, and a key whose
 * hash is its id, so the same proposition has the same id in every article.
 */
import { defineAnnotator } from '../../doc/pipeline.js'
import { firstStartingAt, spansWithin } from '../../doc/spans.js'
import type { Claim, Doc, EventMention, Hop, Quote, SourceRef, Span } from '../../doc/types.js'
import { contentHash } from '../../util/text.js'
import { gazetteer, resolveOutlet } from '../entities/kb.js'
import { cueStance } from '../quotes/cues.js'
import { wordCount } from '../quotes/marks.js'
import { mentionIndex, type MentionRef } from '../quotes/sources.js'
import { resolveAnaphor } from './anaphora.js'
import { isNoComment } from './no-comment.js'
import { attributedModality, hasClaimCue, mainClause, modalityOf } from './modality.js'
import { claimKey } from './similarity.js'

export { claimKey, claimSimilarity } from './similarity.js'
export { modalityOf } from './modality.js'

/** The hop for the article's own outlet; an article of unknown origin still needs a first hop. */
function publisherHop(doc: Doc): Hop {
  const outlet = doc.meta.outlet
  return outlet ? { name: outlet.name, entity: outlet.id, kind: 'outlet' } : { name: 'unknown outlet', entity: null, kind: 'unknown' }
}

function hop(s: SourceRef): Hop {
  return { name: s.name, entity: s.entity, kind: s.kind }
}

function sameSource(a: Hop, b: Hop): boolean {
  return a.entity !== null ? a.entity === b.entity : b.entity === null && a.name.toLowerCase() === b.name.toLowerCase()
}

/**
 * Wire copy: a byline that names another outlet ("By Caribbean Wire") means
 * everything in the article came through that outlet.
 */
function wireHop(doc: Doc): Hop | null {
  const wire = doc.meta.byline ? resolveOutlet(doc.meta.byline.replace(/^\s*by\s+/iu, '')) : null
  return wire && wire.id !== doc.meta.outlet?.id ? { name: wire.name, entity: wire.id, kind: 'outlet' } : null
}

/** Publisher, the wire, then the via outlets, then the speaker; a hop equal to the one before it is dropped. */
export function chainOf(doc: Doc, quote: Quote | null): Hop[] {
  const hops: Hop[] = [publisherHop(doc)]
  const wire = wireHop(doc)
  if (wire) hops.push(wire)
  if (quote) for (const s of [...quote.via, quote.speaker]) hops.push(hop(s))
  return hops.filter((h, i) => i === 0 || !sameSource(h, hops[i - 1]!))
}

/** "the Trump administration", "the Maduro government": a leader's name standing for the government led. */
const GOVERNMENT_AFTER = /^\s+(?:administration|government|gobierno)(?![\p{L}\p{N}])/iu

/** The entity a mention stands for in a claim: a leader's administration is the country's government. */
function standsFor(text: string, m: MentionRef): string {
  if (m.entity.type !== 'PERSON' || !GOVERNMENT_AFTER.test(text.slice(m.end, m.end + 16))) return m.entity.id
  return gazetteer().homeCountries.get(m.entity.id) ?? m.entity.id
}

/**
 * Entity ids mentioned inside the span, without the outlets that relay it and
 * those named only in a clause describing the subject (`asides`).
 */
function aboutOf(text: string, mentions: readonly MentionRef[], span: Span, chain: readonly Hop[], asides: readonly Span[]): string[] {
  const relayed = new Set(chain.filter((h) => h.kind === 'outlet' && h.entity).map((h) => h.entity!))
  const ids = new Set<string>()
  for (const m of spansWithin(mentions, span.start, span.end)) {
    if (!relayed.has(m.entity.id) && !asides.some((a) => a.start <= m.start && m.end <= a.end)) ids.add(standsFor(text, m))
  }
  return [...ids].sort()
}

/**
 * A participle clause describing the subject before its verb: "the cargo ship
 * suspected of cutting a data cable between Finland and Estonia was missing
 * its anchor". It says who the subject is, not what the claim states, so the
 * key and `about` leave it out, as they leave out a name's spelling.
 */
const DESCRIBING_CLAUSE_RE =
  /(?<![\p{L}\p{N}])(?:suspected|accused|believed|alleged|blamed|sospechos[oa]s?|acusad[oa]s?)\s+(?:of|for|de)\s+\p{Ll}+[^,.;:!?]*?(?=\s+(?:was|were|is|are|has|had|have|fue|era|estaba|ha)(?![\p{L}\p{N}]))/gu

function asidesOf(text: string): Span[] {
  return [...text.matchAll(DESCRIBING_CLAUSE_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}

/** The preposition of a date saying when something happened ("on December 27", "in late December", "el 27"). */
const WHEN_BEFORE = /(?<![\p{L}\p{N}])(?:on|in|at|el|en)\s+$/iu
/** What makes a date the limit of the proposition: "until late December", "a deadline of late December", "hasta el 31". */
const BOUND_BEFORE = /(?<![\p{L}\p{N}])(?:until|till|by|deadline\s+(?:of|for)|hasta(?:\s+el)?)\s+$/iu

/** A date bounding the proposition, with the words that make it one: they are the `until…` term of the key. */
interface Bound extends Span {
  /** Last day of the bound (ISO). */
  readonly to: string
}

/** Dates after "until", "by", "a deadline of", with their bounding words; anchored ones only. */
function boundsOf(doc: Doc): Bound[] {
  const out: Bound[] = []
  for (const t of doc.layers.times ?? []) {
    if ((t.type !== 'DATE' && t.type !== 'TIME') || t.to === null) continue
    const before = BOUND_BEFORE.exec(doc.text.slice(Math.max(0, t.start - 20), t.start))
    if (before) out.push({ start: t.start - before[0].length, end: t.end, to: t.to })
  }
  return out
}

/**
 * What the key leaves out of the text: entity mentions (spellings of a name
 * are not content words), clauses describing the subject, dates saying when (one deed is dated "on
 * December 27" and "in late December" by different reports), and dates
 * bounding the proposition, which enter the key as one term of their last day
 * instead ("gave him until late December" and "set him a deadline of late
 * December" then share it). Sorted by start.
 */
function blanksOf(doc: Doc, mentions: readonly MentionRef[], bounds: readonly Bound[], asides: readonly Span[]): Span[] {
  const dates = (doc.layers.times ?? []).filter(
    (t) => (t.type === 'DATE' || t.type === 'TIME') && WHEN_BEFORE.test(doc.text.slice(Math.max(0, t.start - 4), t.start)),
  )
  return [...mentions, ...dates, ...bounds, ...asides].sort((a, b) => a.start - b.start || b.end - a.end)
}

/** The span's text with the blanks blanked. */
function keyText(doc: Doc, blanks: readonly Span[], span: Span): string {
  let out = ''
  let at = span.start
  for (const m of spansWithin(blanks, span.start, span.end)) {
    if (m.start < at) continue
    out += doc.text.slice(at, m.start) + ' '
    at = m.end
  }
  return out + doc.text.slice(at, span.end)
}

/** A dateline before the body's first sentence: "CARACAS —", "ANKARA, Feb 10 (CW) —". */
const DATELINE_RE = /^\p{Lu}{2,}[^—–\n]{0,40}?\s[—–]\s+/u

/** A closing clause saying when ("… when Finnish authorities boarded it"): a circumstance, not the proposition. */
const WHEN_CLAUSE_RE = /,?\s+(?:when|cuando)\s/u

/**
 * The part of a reported or plain statement that the key is made of: a colon
 * after a clause of its own opens an elaboration ("no offer was made: the idea
 * was only raised…"), and the proposition is the clause before it; a closing
 * participle clause ("…, calling the charges absurd") is the writer's gloss,
 * and a closing "when" clause the circumstance. Quoted words are kept whole.
 */
function keySpan(doc: Doc, span: Span, direct: boolean): Span {
  if (direct) return span
  const text = doc.text.slice(span.start, span.end)
  const colon = text.indexOf(':')
  let end = colon >= 0 && wordCount(text.slice(0, colon)) >= 4 ? colon : mainClause(text).length
  const when = WHEN_CLAUSE_RE.exec(text.slice(0, end))
  if (when && wordCount(text.slice(0, when.index)) >= 4) end = when.index
  return { start: span.start, end: span.start + end }
}

/** What every claim of one article is made from. */
interface Context {
  readonly doc: Doc
  readonly mentions: readonly MentionRef[]
  readonly blanks: readonly Span[]
  readonly bounds: readonly Bound[]
  readonly asides: readonly Span[]
  readonly sentences: readonly Span[]
  readonly events: readonly EventMention[]
}

function makeClaim(ctx: Context, whole: Span, chain: Hop[], modality: Claim['modality'], quote: Quote | null, index: number | null): Claim {
  const { doc, mentions } = ctx
  // The dateline says where the copy was filed, not what the claim is about.
  const dateline = DATELINE_RE.exec(doc.text.slice(whole.start, whole.end))
  const span = dateline ? { start: whole.start + dateline[0].length, end: whole.end } : whole
  const about = aboutOf(doc.text, mentions, span, chain, spansWithin(ctx.asides, span.start, span.end))
  const inKey = keySpan(doc, span, quote?.direct ?? false)
  let text = keyText(doc, ctx.blanks, inKey)
  // "Maduro turned it down": the key states what "it" was (an offer) and who made it (Turkey).
  const resolved = resolveAnaphor(doc.text, inKey, ctx.sentences, mentions, ctx.events, about)
  if (resolved) {
    text += ' ' + resolved.event.type
    about.push(...resolved.event.actors.filter((id) => !about.includes(id)))
    about.sort()
  }
  const bounds = spansWithin(ctx.bounds, inKey.start, inKey.end).map((b) => b.to)
  const key = claimKey(text, about, bounds)
  const claim: Claim = { start: span.start, end: span.end, id: contentHash([key]), key, modality, chain, about, quote: index }
  return resolved ? { ...claim, anaphor: resolved.anaphor } : claim
}

/** Leading hedges that attribute without a source ("Reportedly, …", "Al parecer, …") stay out of the proposition. */
const LEAD_HEDGE = /^(?:reportedly|allegedly|apparently|al\s+parecer|presuntamente|supuestamente)\s*,?\s*/iu

function proposition(doc: Doc, sentence: Span): Span {
  let start = sentence.start
  let end = sentence.end
  const lead = LEAD_HEDGE.exec(doc.text.slice(start, end))
  if (lead) start += lead[0].length
  while (end > start && /[.!?…\s]/u.test(doc.text[end - 1]!)) end--
  return { start, end }
}

/** Irregular English past forms that news uses for deeds (regular ones end in -ed). */
const IRREGULAR_PAST =
  'made|gave|took|left|met|sent|won|lost|struck|shook|fled|held|began|flew|went|came|broke|sought|sold|paid|led|rose|fell|hit|set|cut|kept|brought|drew|ran|stood|threw|chose|became|built|signed|spent|bought|withdrew|overtook|swore|forgave'

/**
 * What a named actor did, in the outlet's own voice: the name opens the
 * sentence (after any dateline) and a finite past verb follows it at once —
 * "Maduro turned it down in a speech…", "Nicolás Maduro rechazó el sábado…",
 * "Maduro la rechazó" (a Spanish object pronoun comes before the verb).
 * Such a sentence is the outlet's report of an event, a proposition other
 * outlets confirm or dispute.
 */
const DEED_RE = new RegExp(
  String.raw`^\s+(?:has\s+|had\s+|ha\s+)?(?:(?:lo|la|los|las|le|les)\s+)?(?:\p{Ll}+ed|${IRREGULAR_PAST}|\p{Ll}+(?:ó|aron|ieron))(?![\p{L}\p{N}])`,
  'u',
)

function reportsDeed(doc: Doc, mentions: readonly MentionRef[], s: Span): boolean {
  const lead = DATELINE_RE.exec(doc.text.slice(s.start, s.end))
  const opening = s.start + (lead ? lead[0].length : 0)
  let actor: MentionRef | undefined
  for (let i = firstStartingAt(mentions, opening); !actor && i < mentions.length && mentions[i]!.start === opening; i++) {
    const m = mentions[i]!
    if (m.entity.type !== 'OTHER' && m.entity.type !== 'OUTLET') actor = m
  }
  return actor !== undefined && DEED_RE.test(doc.text.slice(actor.end, s.end))
}

/** The first sentence with start <= offset <= end (a quote's end may touch the next sentence's start). */
function sentenceEndingIn(sentences: readonly Span[], offset: number): Span | undefined {
  const i = firstStartingAt(sentences, offset + 1) - 1
  if (i > 0 && sentences[i - 1]!.end >= offset) return sentences[i - 1]
  return i >= 0 && sentences[i]!.end >= offset ? sentences[i] : undefined
}

export function findClaims(doc: Doc): Claim[] {
  const mentions = mentionIndex(doc.layers.entities ?? [])
  const quotes = doc.layers.quotes ?? []
  const sentences = doc.layers.sentences ?? []
  const bounds = boundsOf(doc)
  const asides = asidesOf(doc.text)
  const blanks = blanksOf(doc, mentions, bounds, asides)
  const ctx: Context = { doc, mentions, blanks, bounds, asides, sentences, events: doc.layers.events ?? [] }
  const claims: Claim[] = []
  const quoted = new Set<number>()
  quotes.forEach((q, i) => {
    // A stance ("X attacked the plan", "Y called for a recount") relays no proposition of its source's, nor
    // does a negated cue ("X would not say whether…"); the sentence is the outlet's own report of what the
    // source did or did not do, and is read as any other sentence.
    if (q.act === 'stance' || q.negated) return
    // "X does not comment on rumours" says nothing about the story (its sentence is then read as any
    // other, and the sentence check below passes over it too).
    if (isNoComment(doc.text.slice(q.start, q.end))) return
    // Sentences a quote overlaps carry no plain claim of their own.
    for (let k = Math.max(0, firstStartingAt(sentences, q.start + 1) - 1); k < sentences.length && sentences[k]!.start < q.end; k++) {
      if (sentences[k]!.end > q.start) quoted.add(k)
    }
    // The sentence keeps the "?" that a question's content span leaves out.
    const sentence = sentenceEndingIn(sentences, q.end)
    const closing = sentence && /\?\s*["”»’]?\s*$/u.test(doc.text.slice(q.end, sentence.end)) ? '?' : ''
    const stance = q.cue ? cueStance(doc.text.slice(q.cue.start, q.cue.end)) : 'neutral'
    const modality = attributedModality(doc.text.slice(q.start, q.end) + closing, stance, q.act)
    claims.push(makeClaim(ctx, q, chainOf(doc, q), modality, q, i))
  })
  sentences.forEach((s, k) => {
    if (quoted.has(k)) return
    const text = doc.text.slice(s.start, s.end)
    if (isNoComment(text) || (!hasClaimCue(text) && !reportsDeed(doc, mentions, s))) return
    claims.push(makeClaim(ctx, proposition(doc, s), chainOf(doc, null), modalityOf(text), null, null))
  })
  return claims.sort((a, b) => a.start - b.start)
}

export const claimsAnnotator = defineAnnotator({
  name: 'storytrace.claims.v1',
  requires: ['sentences', 'tokens', 'entities', 'times', 'quotes', 'events'],
  assigns: ['claims'],
  annotate: (doc) => ({ claims: findClaims(doc) }),
})
