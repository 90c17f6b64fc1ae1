/**
 * @module nlp/quotes/noun-cues — attributions carried by a noun: "Trump's
 * claim that crime is soaring", "her acknowledgment that taxes must rise",
 * "the mayor's repeated warning that the dam could fail". The holder is the
 * possessor, the cue the noun, the content the clause after "that". Only
 * nouns of saying and holding count, and only with a possessor and a
 * that-clause: without them ("the plan", "his support for …") a noun names a
 * thing far more often than it reports a view.
 */
import type { SourceRef, Span } from '../../doc/types.js'
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

/** Words whose "'s" is "is" or "has" ("it's", "that's"), not a possessive. */
const CONTRACTED_RE = /^(?:it|that|there|here|what|who|where|he|she|let|this)$/iu

/** Most characters looked at before a noun for its possessor. */
const POSSESSOR_REACH = 60

export interface NounCue {
  /** The possessor ("Trump’s", "her"). */
  readonly holder: Span
  /** Whether the possessor is a possessive pronoun. */
  readonly pronoun: boolean
  readonly cue: Span
  /** Where the that-clause begins (after "that"). */
  readonly clause: number
}

/** Every noun cue with a possessor and a that-clause in the text, in order. */
export function findNounCues(text: string): NounCue[] {
  const out: NounCue[] = []
  NOUN_THAT_RE.lastIndex = 0
  for (let m = NOUN_THAT_RE.exec(text); m; m = NOUN_THAT_RE.exec(text)) {
    const from = Math.max(0, m.index - POSSESSOR_REACH)
    const p = POSSESSOR_BEFORE_RE.exec(text.slice(from, m.index))
    if (!p || (p[2] !== undefined && CONTRACTED_RE.test(p[2]))) continue
    const holderStart = from + p.index
    const holderEnd = holderStart + (p[1] ?? p[0].trimEnd().split(/\s+/)[0]!).length
    out.push({ holder: { start: holderStart, end: holderEnd }, pronoun: p[1] !== undefined, cue: { start: m.index, end: m.index + m[1]!.length }, clause: m.index + m[0].length })
  }
  return out
}

/**
 * The attribution frames of the noun cues inside `unit` (not in a
 * quotation): the possessor holds the clause after "that", up to the next
 * comma or the end of the unit. A noun cue reports what its holder believes
 * or put forward, so the claims stage reads it as the holder's, speculative.
 */
export function nounFrames(ctx: FrameContext, unit: Span, cues: readonly NounCue[]): Frame[] {
  const out: Frame[] = []
  for (const c of cues) {
    if (c.holder.start < unit.start || c.clause >= unit.end) continue
    if (ctx.segments.some((q) => q.inner.start <= c.cue.start && c.cue.end <= q.inner.end)) continue
    const holder = holderOf(ctx, unit, c)
    if (!holder || !speaks(holder)) continue
    const content = trimSpan(ctx.text, c.clause, clauseEnd(ctx, c.clause, unit.end))
    if (content.end <= content.start) continue
    out.push({ sources: [holder], cue: c.cue, content, enclosing: [], stance: 'speculative', act: 'believes', negated: false })
  }
  return out
}

/** The possessor as a source: a pronoun resolved as "he" and "she" are, or the name or description the "'s" closes. */
function holderOf(ctx: FrameContext, unit: Span, c: NounCue): SourceRef | null {
  const { text } = ctx
  if (c.pronoun) {
    const word = text.slice(c.holder.start, c.holder.end).toLowerCase()
    if (word === 'his' || word === 'her') {
      // "Ada has been frank in her admission that …": a holder named earlier in the sentence is its source
      // span, as it is the subject's; one named in an earlier sentence leaves the pronoun.
      const person = lastPersonBefore(ctx.mentions, c.holder.start)
      if (!person) return null
      return { ...entitySource(person), span: person.start >= unit.start ? { start: person.start, end: person.end } : c.holder }
    }
    return { name: text.slice(c.holder.start, c.holder.end), entity: null, kind: 'unknown', span: c.holder }
  }
  const apostrophe = text.slice(unit.start, c.cue.start).search(/['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}$/u) + unit.start
  const owner = sourcesEndingAt(text, { start: unit.start, end: apostrophe }, ctx.mentions).at(-1)
  return owner?.span ? { ...owner, span: { start: owner.span.start, end: c.holder.end } } : null
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
