/**
 * @module nlp/quotes — the quotes annotator: direct, indirect and mixed
 * quotes with their cue, speaker and the outlets they came through.
 * Text is read in units: sentences, joined where a quotation runs across a
 * sentence break, so "“We stay. We fight,” he said." is one quote. A long
 * quotation with no cue of its own continues the speaker of the quote before
 * it in the same paragraph, as news copy does.
 */
import { defineAnnotator } from '../../doc/pipeline.js'
import type { Doc, Quote, SourceRef, Span } from '../../doc/types.js'
import { cuesWithin, parseContinuation, parseFrame, PARTICIPLE_JOINT_RE, relativeFrames, type Frame, type FrameContext } from './attribution.js'
import { findCues } from './cues.js'
import { findQuotedSegments, wordCount, type QuotedSegment } from './marks.js'
import { idiomFrames } from './idiom-cues.js'
import { findNounCues, nounFrames } from './noun-cues.js'
import { mentionIndex, sourcesOpening } from './sources.js'

export { findCues, cueStance, type CueStance } from './cues.js'

/** Fewer words than this in quotation marks with no cue is a title or a scare-quoted term, not a remark. */
const MIN_ORPHAN_WORDS = 4

export function findQuotes(doc: Doc): Quote[] {
  const { text } = doc
  const ctx: FrameContext = {
    text,
    mentions: mentionIndex(doc.layers.entities ?? []),
    segments: findQuotedSegments(text),
    cues: findCues(text),
  }
  const nounCues = findNounCues(text)
  const quotes: Quote[] = []
  for (const unit of units(ctx, doc.layers.sentences ?? []).flatMap((u) => clauses(ctx, u))) {
    // Attributions whose cue is no verb: nouns, stance predicates, idioms.
    const byNoun = [...nounFrames(ctx, unit, nounCues), ...idiomFrames(ctx, unit)]
    const split = secondStatement(ctx, unit)
    const frame = parseFrame(ctx, split ? { start: unit.start, end: split.comma } : unit)
    if (frame) quotes.push(toQuote(ctx, frame))
    const added = split ? parseContinuation(ctx, { start: split.cue, end: unit.end }, frame ? outerSources(frame) : sourcesOpening(text, unit, ctx.mentions)) : null
    if (added) quotes.push(toQuote(ctx, added))
    const taken = [frame, added].flatMap((f) => (f ? [f.cue, ...f.enclosing.map((e) => e.cue)] : []))
    const relatives = relativeFrames(ctx, unit, taken)
    for (const rel of relatives) quotes.push(toQuote(ctx, rel))
    if (frame || added || relatives.length) {
      for (const noun of byNoun) quotes.push(toQuote(ctx, noun))
      continue
    }
    const previous = quotes.at(-1)
    for (const q of ctx.segments) {
      if (q.outer.start < unit.start || q.outer.end > unit.end) continue
      // A quotation inside what such a cue attributes is part of that content, not the previous speaker's.
      if (byNoun.some((f) => f.content.start <= q.outer.start && q.outer.end <= f.content.end)) continue
      if (!previous || !sameParagraph(text, previous.end, q.inner.start)) continue
      if (wordCount(text.slice(q.inner.start, q.inner.end)) < MIN_ORPHAN_WORDS) continue
      quotes.push({ ...contentOf(text, q.inner), direct: true, act: previous.act, negated: previous.negated, mixed: false, cue: null, speaker: previous.speaker, via: previous.via, enclosing: previous.enclosing })
    }
    for (const noun of byNoun) quotes.push(toQuote(ctx, noun))
  }
  return quotes
}

/**
 * "X said A, but she denied B" / "X said A, though Y noted B": a clause after
 * a conjunction (or a semicolon) that opens with a subject and its cue is an
 * attribution of its own, not part of what the first speaker said.
 */
function clauses(ctx: FrameContext, unit: Span): Span[] {
  const { text } = ctx
  const out: Span[] = []
  let start = unit.start
  CLAUSE_JOINT_RE.lastIndex = 0
  const body = text.slice(unit.start, unit.end)
  for (let m = CLAUSE_JOINT_RE.exec(body); m; m = CLAUSE_JOINT_RE.exec(body)) {
    const joint = unit.start + m.index
    const opens = joint + m[0].length
    if (ctx.segments.some((q) => q.inner.start <= joint && joint < q.inner.end)) continue
    if (wordCount(text.slice(start, joint)) < MIN_ORPHAN_WORDS) continue
    const subject = parseFrame(ctx, { start: opens, end: unit.end })?.sources[0]?.span
    if (!subject || subject.start < opens || !/^(?:the\s+)?$/iu.test(text.slice(opens, subject.start))) continue
    out.push({ start, end: joint })
    start = opens
  }
  out.push({ start, end: unit.end })
  return out
}

const CLAUSE_JOINT_RE = /(?:,\s*(?:but|and|while|though|although|whereas)|;|\s(?:but|though|although|whereas))\s+/gu

/**
 * "X said A, adding that B" / "X tweeted A and urged B": a participle cue
 * after a comma, or a verb cue right after "and" or "but", starts a second
 * statement by the same speaker. The first part needs words of its own, or
 * the cue belongs to a frame that opens the sentence.
 */
function secondStatement(ctx: FrameContext, unit: Span): { comma: number; cue: number } | null {
  const { text } = ctx
  for (const cue of cuesWithin(ctx, unit)) {
    const joint = cue.kind === 'participle' ? PARTICIPLE_JOINT_RE : cue.kind === 'verb' && !cue.verb!.generic ? VERB_JOINT_RE : null
    // "made in writing and approved by the president": a passive participle after "and" is no second statement.
    if (!joint || PASSIVE_BY_RE.test(text.slice(cue.end, cue.end + 5))) continue
    const at = cue.start
    const m = joint.exec(text.slice(unit.start, at))
    if (!m || ctx.segments.some((q) => q.inner.start <= at && at < q.inner.end)) continue
    const head = unit.start + m.index
    if (wordCount(text.slice(unit.start, head)) >= MIN_ORPHAN_WORDS) return { comma: head, cue: at }
  }
  return null
}

const PASSIVE_BY_RE = /^\s+by\s/iu

const VERB_JOINT_RE = /,?\s+(?:and|but)\s+(?:(?:also|then|later|even|has|have|had)\s+)*$/u

/** "X said he believed A, arguing B": a second statement continues the outermost speaker, X, not "he". */
function outerSources(frame: Frame): readonly SourceRef[] {
  const outer = frame.enclosing[0]?.source
  if (!outer) return frame.sources
  const at = frame.sources.indexOf(outer)
  return at >= 0 ? frame.sources.slice(0, at + 1) : [outer]
}

function toQuote(ctx: FrameContext, frame: Frame): Quote {
  const { text } = ctx
  const whole = ctx.segments.find((q) => q.outer.start === frame.content.start && closesAt(text, q, frame.content.end))
  const inside = ctx.segments.some((q) => q.outer.start >= frame.content.start && q.outer.end <= frame.content.end)
  const content = whole ? contentOf(text, whole.inner) : frame.content
  const speaker = frame.sources.at(-1)!
  const via: SourceRef[] = frame.sources.filter((s) => s.kind === 'outlet')
  return { ...content, direct: Boolean(whole), act: frame.act, negated: frame.negated, mixed: !whole && inside, cue: frame.cue, speaker, via, enclosing: frame.enclosing }
}

/** Does the quotation end the content (allowing the punctuation news puts after it)? */
function closesAt(text: string, q: QuotedSegment, end: number): boolean {
  return q.outer.end >= end - 1 && !/\S/.test(text.slice(q.outer.end, end).replace(/[.,;:!?]/g, ''))
}

/** A quotation's words without the comma or full stop that closes the quoted sentence. */
function contentOf(text: string, inner: Span): Span {
  let end = inner.end
  while (end > inner.start && /[.,;:\s]/.test(text[end - 1]!)) end--
  return { start: inner.start, end }
}

function sameParagraph(text: string, from: number, to: number): boolean {
  return from <= to && !text.slice(from, to).includes('\n\n')
}

/**
 * Sentences, with neighbours merged where one quotation spans them, or where
 * a quoted question or exclamation is followed by its cue: the splitter ends
 * a sentence at "?”" before a capital, so "“Who knew?” Graham asked." comes as two.
 */
function units(ctx: FrameContext, sentences: readonly Span[]): Span[] {
  const { text, segments } = ctx
  const out: Span[] = []
  for (const s of sentences) {
    const last = out.at(-1)
    const spanned = last && segments.some((q) => q.outer.start < last.end && q.outer.end > last.end && q.outer.end > s.start - 1)
    if (last && (spanned || (QUOTED_QUESTION_END_RE.test(text.slice(last.start, last.end)) && cueTail(ctx, s)))) {
      out[out.length - 1] = { start: last.start, end: s.end }
    } else out.push({ start: s.start, end: s.end })
  }
  return out
}

const QUOTED_QUESTION_END_RE = /[?!]\s*["”’']+\s*$/u
/** Most words in a sentence that is only a speaker and a cue ("Sen. Ada Lindqvist of Eastholm asked."). */
const MAX_CUE_TAIL_WORDS = 8

/** Is the sentence only a speaker and a cue, with no quotation of its own? */
function cueTail(ctx: FrameContext, s: Span): boolean {
  const body = ctx.text.slice(s.start, s.end)
  return !/["“”]/u.test(body) && wordCount(body) <= MAX_CUE_TAIL_WORDS && cuesWithin(ctx, s).some((c) => c.kind === 'verb' && !c.verb!.generic)
}

export const quotesAnnotator = defineAnnotator({
  name: 'storytrace.quotes.v1',
  requires: ['sentences', 'tokens', 'entities'],
  assigns: ['quotes'],
  annotate: (doc) => ({ quotes: findQuotes(doc) }),
})
