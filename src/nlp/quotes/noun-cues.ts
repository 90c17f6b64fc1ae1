/**
 * @module nlp/quotes/noun-cues — attributions carried by a noun or an
 * adjective rather than a verb. A possessed noun with a that-clause:
 * "Trump's claim that crime is soaring", "her acknowledgment that taxes must
 * rise" (the holder is the possessor, the cue the noun, the content the
 * clause). Only nouns of saying and holding count, and only with a possessor
 * and a that-clause: without them ("the plan", "his support for …") a noun
 * names a thing far more often than it reports a view. A stance predicate:
 * "Ada has been critical of the plan", "Ben is a staunch opponent of the
 * toll" (the holder is the subject, the cue the predicate up to its
 * preposition, the content its object).
 */
import type { AttributionAct, SourceRef, Span } from '../../doc/types.js'
import { speaks, type Frame, type FrameContext } from './attribution.js'
import { trimSpan } from './marks.js'
import { entitySource, lastPersonBefore, sourcesEndingAt } from './sources.js'

/** Nouns of saying, believing and promising that take a that-clause, singular and plural. */
const NOUNS =
  'claims?|assertions?|contentions?|insistence|arguments?|beliefs?|views?|convictions?|hopes?|fears?|concerns?|worry|worries|suspicions?|expectations?|predictions?|promises?|pledges?|vows?|warnings?|assurances?|admissions?|acknowledge?ments?|concessions?|denials?|conclusions?|emphasis|messages?|statements?|suggestions?|allegations?|accusations?|complaints?|theory|theories|notions?|assumptions?|realization|recognition|bets?'

/** The noun and "that"; the possessor is looked for before it. */
const NOUN_THAT_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${NOUNS})\s+that(?![\p{L}\p{N}])`, 'giu')

/**
 * What precedes the noun: a possessor and up to two modifiers ("Stumpf's
 * repeated", "her frank"). Group 1 is a possessive pronoun, group 2 the
 * words a name's "'s" closes.
 */
const POSSESSOR_BEFORE_RE = /(?:(?<![\p{L}\p{N}])([Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|([\p{L}\p{N}.]+)['’]s?)\s+(?:[\p{Ll}-]+\s+){0,2}$/u

/** People who stand for or against something: "a staunch opponent of", "an outspoken supporter of". */
const STANCE_NOUNS = 'opponents?|supporters?|critics?|defenders?|champions?|advocates?|proponents?|backers?|foes?|skeptics?|sceptics?|admirers?|detractors?'

/** Attitudes held toward something: "critical of", "wary of", "concerned about", "opposed to". */
const STANCE_ADJECTIVES =
  'critical|supportive|skeptical|sceptical|wary|leery|suspicious|dismissive|hostile|opposed|concerned|worried|hopeful|optimistic|pessimistic|confident|coy|passionate|enthusiastic|bearish|bullish|adamant|doubtful|dubious|cautious|fond|vocal|outspoken|unhappy|angry|furious|upset|frustrated|disappointed|pleased|against'

/**
 * A stance predicate: a form of "be" (group 1, with any auxiliaries, adverbs
 * and negation), then a stance noun with its modifiers or a stance
 * adjective, then its preposition or "that" (group 2): "has been a
 * consistent and outspoken supporter of", "were coy about", "is against".
 */
const STANCE_PREDICATE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|(?:has|have|had)(?:\s+not|n['’]t)?\s+been|remains?|remained)` +
    String.raw`(?:\s+(?:also|still|long|now|not|never|always|increasingly|openly|publicly|privately|deeply|very|quite|too|so|more|most|particularly|especially|fiercely|sharply|highly|strongly|vehemently|consistently))*)` +
    String.raw`\s+(?:(?:a|an|the)\s+(?:[\p{Ll}-]+,?\s+(?:and\s+)?){0,3}?(?:${STANCE_NOUNS})|(?:${STANCE_ADJECTIVES}))` +
    String.raw`(?:\s+(of|about|over|toward|towards|to|with|on|that)|(?<=against))(?![\p{L}\p{N}])`,
  'gu',
)

/** Words whose "'s" is "is" or "has" ("it's", "that's"), not a possessive. */
const CONTRACTED_RE = /^(?:it|that|there|here|what|who|where|he|she|let|this)$/iu

/** Most characters looked at before a noun for its possessor. */
const POSSESSOR_REACH = 60

export interface NounCue {
  /** The possessor ("Trump’s", "her"); null for a stance predicate, whose holder is the clause's subject. */
  readonly holder: Span | null
  /** Whether the possessor is a possessive pronoun. */
  readonly pronoun: boolean
  readonly cue: Span
  /** Where the content begins (after "that" or the predicate's preposition). */
  readonly content: number
  readonly act: AttributionAct
  readonly negated: boolean
}

/** Every noun cue with a possessor and a that-clause, and every stance predicate, in the text, in order. */
export function findNounCues(text: string): NounCue[] {
  const out: NounCue[] = []
  NOUN_THAT_RE.lastIndex = 0
  for (let m = NOUN_THAT_RE.exec(text); m; m = NOUN_THAT_RE.exec(text)) {
    const from = Math.max(0, m.index - POSSESSOR_REACH)
    const p = POSSESSOR_BEFORE_RE.exec(text.slice(from, m.index))
    if (!p || (p[2] !== undefined && CONTRACTED_RE.test(p[2]))) continue
    const holderStart = from + p.index
    const holderEnd = holderStart + (p[1] ?? p[0].trimEnd().split(/\s+/)[0]!).length
    const cue = { start: m.index, end: m.index + m[1]!.length }
    out.push({ holder: { start: holderStart, end: holderEnd }, pronoun: p[1] !== undefined, cue, content: m.index + m[0].length, act: 'believes', negated: false })
  }
  STANCE_PREDICATE_RE.lastIndex = 0
  for (let m = STANCE_PREDICATE_RE.exec(text); m; m = STANCE_PREDICATE_RE.exec(text)) {
    const cue = { start: m.index, end: m.index + m[0].length }
    const act = m[2]?.toLowerCase() === 'that' ? 'believes' : 'stance'
    out.push({ holder: null, pronoun: false, cue, content: cue.end, act, negated: /n['’]t|\snot\s|\snever\s/iu.test(m[1]!) })
  }
  return out.sort((a, b) => a.cue.start - b.cue.start)
}

/**
 * The attribution frames of the noun cues inside `unit` (not in a
 * quotation): the possessor, or the subject of a stance predicate, holds
 * what follows, up to the next comma or the end of the unit. A noun cue with
 * a that-clause reports what its holder believes or put forward, so the
 * claims stage reads it as the holder's, speculative; a stance predicate's
 * object ("a staunch opponent of the death penalty") is no claim.
 */
export function nounFrames(ctx: FrameContext, unit: Span, cues: readonly NounCue[]): Frame[] {
  const out: Frame[] = []
  for (const c of cues) {
    if ((c.holder ?? c.cue).start < unit.start || c.content >= unit.end) continue
    if (ctx.segments.some((q) => q.inner.start <= c.cue.start && c.cue.end <= q.inner.end)) continue
    const holder = c.holder ? possessorOf(ctx, unit, c, c.holder) : sourcesEndingAt(ctx.text, { start: unit.start, end: c.cue.start }, ctx.mentions).at(-1)
    if (!holder || !speaks(holder)) continue
    const content = trimSpan(ctx.text, c.content, clauseEnd(ctx, c.content, unit.end))
    if (content.end <= content.start) continue
    const stance = c.act === 'believes' ? 'speculative' : 'neutral'
    out.push({ sources: [holder], cue: c.cue, content, enclosing: [], stance, act: c.act, negated: c.negated })
  }
  return out
}

/** The possessor as a source: a pronoun resolved as "he" and "she" are, or the name or description the "'s" closes. */
function possessorOf(ctx: FrameContext, unit: Span, c: NounCue, possessor: Span): SourceRef | null {
  const { text } = ctx
  if (c.pronoun) {
    const word = text.slice(possessor.start, possessor.end).toLowerCase()
    if (word === 'his' || word === 'her') {
      // "Ada has been frank in her admission that …": a holder named earlier in the sentence is its source
      // span, as it is the subject's; one named in an earlier sentence leaves the pronoun.
      const person = lastPersonBefore(ctx.mentions, possessor.start)
      if (!person) return null
      return { ...entitySource(person), span: person.start >= unit.start ? { start: person.start, end: person.end } : possessor }
    }
    return { name: text.slice(possessor.start, possessor.end), entity: null, kind: 'unknown', span: possessor }
  }
  const apostrophe = text.slice(unit.start, c.cue.start).search(/['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}$/u) + unit.start
  const owner = sourcesEndingAt(text, { start: unit.start, end: apostrophe }, ctx.mentions).at(-1)
  return owner?.span ? { ...owner, span: { start: owner.span.start, end: possessor.end } } : null
}

/** The end of a that-clause: the first comma, semicolon or full stop outside quotation marks, or `limit`. */
function clauseEnd(ctx: FrameContext, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const ch = ctx.text[i]!
    if ((ch === ',' || ch === ';') && !ctx.segments.some((q) => q.inner.start <= i && i < q.inner.end)) return i
  }
  let end = limit
  while (end > from && /[.\s!?]/u.test(ctx.text[end - 1]!)) end--
  return end
}
