/**
 * @module nlp/claims/anaphora — what "it" or "the proposal" stands for when a
 * claim refuses or accepts it ("Maduro turned it down", "Maduro rechazó la
 * propuesta"). Such a claim names the responder and the verb only, so its key
 * could not meet other reports of the same refusal ("Maduro refused Turkey's
 * offer of exile"). The anaphor resolves to the most recent earlier event of
 * the same article that put something forward (an offer, a demand, a deal)
 * and names who put it forward: a bare mention on the way back ("the proposal
 * is off the table") is itself anaphoric and is passed over.
 */
import type { ClaimAnaphor, EventMention, Span } from '../../doc/types.js'
import { firstStartingAt } from '../../doc/spans.js'

/** Head nouns of a definite description of something put forward, and the event type that puts it forward. */
const PROPOSAL_HEADS: ReadonlyMap<string, string> = new Map([
  ...['offer', 'proposal', 'invitation', 'oferta', 'propuesta', 'ofrecimiento', 'invitación'].map((w) => [w, 'offer'] as const),
  ...['ultimatum', 'demand', 'demands', 'request', 'ultimátum', 'exigencia'].map((w) => [w, 'demand'] as const),
  ...['deal', 'agreement', 'accord', 'acuerdo'].map((w) => [w, 'agreement'] as const),
  ...['truce', 'ceasefire', 'cease-fire', 'tregua'].map((w) => [w, 'ceasefire'] as const),
])
export const PROPOSAL_TYPES: ReadonlySet<string> = new Set(PROPOSAL_HEADS.values())

/** A lower-case word: a capitalised modifier names a party ("the Turkish offer"), so the description is specific. */
const MODIFIER = String.raw`(?:\p{Ll}+\s+)?`
const HEAD = [...PROPOSAL_HEADS.keys()].sort((a, b) => b.length - a.length).join('|')
/**
 * A refusal or acceptance and its object: "it", or a definite description of
 * a proposal ("the offer", "the latest proposal", "turned the deal down"); in Spanish a
 * clitic before the verb ("lo rechazó") or a description after it. Capture
 * groups: the anaphor (1, 3, 5 or 6) and the description's head (2, 4 or 7).
 */
const ANAPHOR_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    String.raw`(?:reject|refus|declin|accept|welcom|dismiss)\p{Ll}*\s+(it|the\s+${MODIFIER}(${HEAD}))|` +
    String.raw`turn(?:s|ed|ing)?\s+(it|the\s+${MODIFIER}(${HEAD}))\s+down|` +
    String.raw`(lo|la)\s+(?:rechaz|acept)(?:ó|a|an|aron)|` +
    String.raw`(?:rechaz|acept)\p{Ll}*\s+((?:la|el)\s+${MODIFIER}(${HEAD}))` +
    String.raw`)(?![\p{L}\p{N}])`,
  'gu',
)

/** What follows a head and makes the description specific: "the offer of exile", "the offer from Ankara". */
const SPECIFIED_AFTER = /^\s+(?:of|from|by|made|de|del)(?![\p{L}\p{N}])/u

/** How many sentences before the claim's own the antecedent may lie in. */
const SENTENCE_REACH = 6

interface Found {
  readonly anaphor: Span
  /** The event type the description's head names; null for a pronoun, which may stand for any proposal. */
  readonly type: string | null
}

/** The first anaphoric object of a refusal or acceptance inside `span`; `mentions` sorted by start. */
function findAnaphor(text: string, span: Span, mentions: readonly Span[]): Found | null {
  for (const m of text.slice(span.start, span.end).matchAll(ANAPHOR_RE)) {
    const phrase = m[1] ?? m[3] ?? m[5] ?? m[6]!
    const head = m[2] ?? m[4] ?? m[7]
    const start = span.start + m.index + m[0].indexOf(phrase)
    const anaphor = { start, end: start + phrase.length }
    if (head === undefined) return { anaphor, type: null }
    const type = PROPOSAL_HEADS.get(head)!
    if (SPECIFIED_AFTER.test(text.slice(anaphor.end, span.end))) continue
    const i = firstStartingAt(mentions, anaphor.start)
    if (i < mentions.length && mentions[i]!.start < anaphor.end) continue
    return { anaphor, type }
  }
  return null
}

/**
 * The anaphor of a claim span that refuses or accepts something put forward
 * earlier, resolved to that event: the latest event before it, in its
 * sentence or the few before, of the type the description names (any
 * proposal type for a pronoun), neither negated nor a question, with an
 * actor other than the claim's own entities (`responders`: who refuses is
 * not who offered). `sentences`, `mentions` and `events` sorted by start.
 */
export function resolveAnaphor(
  text: string,
  span: Span,
  sentences: readonly Span[],
  mentions: readonly Span[],
  events: readonly EventMention[],
  responders: readonly string[],
): { anaphor: ClaimAnaphor; event: EventMention } | null {
  const found = findAnaphor(text, span, mentions)
  if (!found) return null
  const here = Math.max(0, firstStartingAt(sentences, found.anaphor.start + 1) - 1)
  const reach = sentences[Math.max(0, here - SENTENCE_REACH)]?.start ?? 0
  let best: EventMention | null = null
  for (const e of events) {
    if (e.trigger.start < reach || e.trigger.start >= found.anaphor.start) continue
    if (found.type === null ? !PROPOSAL_TYPES.has(e.type) : e.type !== found.type) continue
    if (e.negated || e.modality === 'question' || !e.actors.some((id) => !responders.includes(id))) continue
    if (best === null || e.trigger.start > best.trigger.start) best = e
  }
  return best && { anaphor: { ...found.anaphor, antecedent: { start: best.trigger.start, end: best.trigger.end }, event: best.id }, event: best }
}
