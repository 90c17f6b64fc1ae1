/**
 * @module nlp/quotes/attribution — reads the attribution frame of one unit of
 * text (a sentence, or sentences joined by a quotation that spans them):
 * who said it, through which outlets, with which cue, and which part is the
 * reported content. Frames nest, so the parser works outside in and recurses
 * into the content: "Outlet A reports that the NYT reports that a senior US
 * official said X" gives sources [A, NYT, official] and content X; a trailing
 * "…, the Post reported." wraps everything before it.
 */
import { spansWithin } from '../../doc/spans.js'
import type { AttributionAct, Enclosing, SourceRef, Span } from '../../doc/types.js'
import type { CueMatch } from './cues.js'
import { trimSpan, wordCount, type QuotedSegment } from './marks.js'
import { HOLDER_HEAD_RE, outletStartingAt, phraseSource, postmodifiedOpening, sourcesEndingAt, sourcesOpening, type MentionRef } from './sources.js'

export interface Frame extends Colour {
  /** Outermost first. */
  readonly sources: readonly SourceRef[]
  /** The cue that introduces the content (the innermost one). */
  readonly cue: Span
  readonly content: Span
  /** The frames this one nests in, outermost first. */
  readonly enclosing: readonly Enclosing[]
}

/** How the cue of a frame colours its content: the stance it lends, the act it attributes, and whether it is negated. */
interface Colour {
  readonly stance: CueMatch['stance']
  readonly act: AttributionAct
  readonly negated: boolean
}

const SAYS: Colour = { stance: 'neutral', act: 'says', negated: false }

function colourOf(cue: CueMatch, negated = false): Colour {
  return { stance: cue.stance, act: cue.verb?.act ?? 'says', negated }
}

/** A negation between a subject and its cue: "would not say whether", "never wanted", "didn't address". */
const NEGATED_GAP_RE = /(?<![\p{L}\p{N}])(?:not|never|cannot|\p{L}+n['’]t)(?![\p{L}\p{N}])/iu

export interface FrameContext {
  readonly text: string
  readonly mentions: readonly MentionRef[]
  readonly segments: readonly QuotedSegment[]
  /** Every cue of the text, found once (findCues), in order. */
  readonly cues: readonly CueMatch[]
}

/** The cues lying wholly inside `s`, in order. */
export function cuesWithin(ctx: FrameContext, s: Span): CueMatch[] {
  return spansWithin(ctx.cues, s.start, s.end)
}

/** Most words a trailing attribution (", a senior official told Reuters on Tuesday.") may have. */
const MAX_TAIL_WORDS = 12
/** Fewer words than this before a mid-sentence attribution is an opening phrase ("In a statement,"), not reported content. */
const MIN_REST_WORDS = 4
const MAX_DEPTH = 4

/** Time words a cue may carry before its content: "said on Monday that", "reported last month that". */
const TIME_ADJUNCT = String.raw`(?:(?:on|this|last|late|earlier|el|este|esta)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening|night|weekend|lunes|martes|miércoles|jueves|viernes|sábado|domingo|semana|mes|año|\p{Lu}\p{Ll}+\s+\d{1,2})|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|ayer|hoy)`

/** What may follow the cue of an attribution that closes a sentence: nothing, or an adjunct ("said on Monday", "told reporters"); "this" only with a time ("said this week", not "thinks this is"). */
const ADJUNCT_AFTER_CUE_RE = new RegExp(String.raw`^\s*(?:$|${TIME_ADJUNCT}(?![\p{L}\p{N}])|(?:on|in|at|to|of|about|last|late|earlier|during|after|before|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|from|via|by|while|el|la|en|este|esta|ante|a|por|durante|tras|ayer|hoy)(?![\p{L}\p{N}]))`, 'iu')

/** Time adjunct right after a cue, before its link word. */
const CUE_TIME_RE = new RegExp(String.raw`^\s*,?\s*${TIME_ADJUNCT}(?![\p{L}\p{N}])`, 'iu')

/** A prepositional adjunct between a cue and "that": "wrote late on Sunday night that …". */
const ADJUNCT_BEFORE_THAT_RE = /^\s*,?\s*(?:in|at|on|during|after|before|early|late|earlier|over|via|through|en|durante|tras)\s(?:(?!(?<![\p{L}\p{N}])(?:and|or|but|y)\s)[^,;:.“”"]){0,50}?(?=\s(?:that|que)\s)/iu

/** ", citing two officials," between a cue and its content, or after an attribution. */
const CITED_RE = /^\s*,?\s*(?:citing|quoting|citando)\s+/iu

/** A denial's object before its content: "rejected reports published last week that …". */
const DENIED_OBJECT_RE = /^\s*(?:the\s+|los\s+|las\s+)?(?:reports?|claims?|allegations?|accusations?|suggestions?|rumou?rs?|informes|versiones|acusaciones)(?![\p{L}])[^,;:.]{0,100}?(?=\s(?:that|que)\s)/iu

/** A predicate resuming after a parenthetical attribution: ", were worse", ", would cost". */
const PREDICATE_AFTER_RE = /^,\s*(?:\p{Ll}+\s+)?(?:is|are|was|were|will|would|could|can|may|might|must|should|has|have|had|did|does|do|remains?|remained)(?![\p{L}\p{N}])/u

const ASKED_RE = /^[\s"“]*(?:when\s+)?asked\s/iu

const REPORTED_BY_RE = /^\s*as\s+(?:first\s+|previously\s+|earlier\s+)?reported\s+by\s+/iu

export function parseFrame(ctx: FrameContext, span: Span, depth = 0): Frame | null {
  if (depth > MAX_DEPTH) return null
  const s = stripEnd(ctx.text, span)
  if (s.end <= s.start) return null
  const cues = cuesWithin(ctx, s).filter((c) => !insideQuote(ctx, c) && c.kind !== 'impersonal')
  return (
    speakerColon(ctx, s, depth) ??
    leadingAccording(ctx, s, cues, depth) ??
    trailing(ctx, s, cues, depth) ??
    leadingSubject(ctx, s, cues, depth)
  )
}

/**
 * A speaker's name and a colon opening the unit: transcripts ("HOST: …") and headlines ("Fidan: …"),
 * not labels ("The Latest: …", "Correction: …", "Source: …").
 */
const SPEAKER_COLON_RE = /^[\s"“]*(?!(?:The|Correction|Clarification|Update|Source|Sources|Note|Editor['’]s\s+note|Related|Watch|Video|Photo)[\s:])((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)(:)\s+(?=\S)/u

function speakerColon(ctx: FrameContext, s: Span, depth: number): Frame | null {
  const m = SPEAKER_COLON_RE.exec(ctx.text.slice(s.start, s.end))
  if (!m) return null
  const nameStart = s.start + m[0].indexOf(m[1]!)
  const nameEnd = nameStart + m[1]!.length
  const source = sourcesEndingAt(ctx.text, { start: nameStart, end: nameEnd }, ctx.mentions)
  if (!source.length) return null
  return wrap(ctx, source, { start: nameEnd, end: nameEnd + 1 }, { start: s.start + m[0].length, end: s.end }, SAYS, depth)
}

/** "According to X, REST" / "Según X, REST" / "As first reported by X, REST". */
function leadingAccording(ctx: FrameContext, s: Span, cues: CueMatch[], depth: number): Frame | null {
  const { text } = ctx
  const reportedBy = /^(?:\s*(?:but|and|pero|y)\s+)?\s*as\s+(?:first\s+)?reported\s+by\s+/iu.exec(text.slice(s.start, s.end))
  const cue = cues.find((c) => c.kind === 'according' && c.start - s.start <= 12)
  let cueSpan: Span
  if (cue) cueSpan = cue
  else if (reportedBy) cueSpan = trimSpan(text, s.start, s.start + reportedBy[0].length)
  else return null
  const comma = text.indexOf(',', cueSpan.end)
  if (comma < 0 || comma >= s.end) return null
  const sources = afterAccording(text, { start: cueSpan.end, end: comma }, ctx.mentions)
  if (!sources.length) return null
  return wrap(ctx, sources, cueSpan, { start: comma + 1, end: s.end }, SAYS, depth)
}

/**
 * "REST, according to X." / "REST, X said." / "REST," said X. / "REST, as first
 * reported by X." The attribution is one comma-delimited clause and may sit
 * mid-sentence, before a clause of the writer's own: "REST, X said on Monday,
 * opening a way out" or "REST, according to two officials who spoke…".
 */
function trailing(ctx: FrameContext, s: Span, cues: CueMatch[], depth: number): Frame | null {
  const { text } = ctx
  for (const boundary of tailBoundaries(ctx, s)) {
    const tail: Span = { start: boundary, end: clauseEnd(ctx, boundary, s.end) }
    const tailText = text.slice(tail.start, tail.end)
    if (tailText.split(/\s+/).filter(Boolean).length > MAX_TAIL_WORDS) continue
    const before: Span = { start: s.start, end: boundary }
    // Mid-sentence, a short opening ("In a statement, the ministry said the toll rose") is not what is attributed;
    // but set off by commas before a predicate ("The figures, the minister explained, were worse"), the
    // attribution is parenthetical and the sentence goes on with what was said.
    const quoted = ctx.segments.some((q) => q.outer.start === before.start && q.outer.end >= boundary - 1)
    const short = tail.end < s.end && !quoted && wordCount(text.slice(before.start, before.end)) < MIN_REST_WORDS
    if (short && !PREDICATE_AFTER_RE.test(text.slice(tail.end, s.end))) continue
    const rest: Span = short ? { start: tail.end + 1, end: s.end } : before
    // "Asked about the delay, Brandt said: …": the question that prompted the answer is not what was said.
    if (ASKED_RE.test(text.slice(before.start, before.end))) continue
    const reportedBy = REPORTED_BY_RE.exec(tailText)
    if (reportedBy) {
      const sources = sourcesEndingAt(text, { start: tail.start + reportedBy[0].length, end: tail.end }, ctx.mentions)
      if (sources.length) return wrap(ctx, sources, trimSpan(text, tail.start, tail.start + reportedBy[0].length), rest, SAYS, depth)
    }
    // A want or a stance holds what follows it ("…, and Ada wants a recount"), never what came before.
    const cue = cues.find((c) => c.kind !== 'participle' && reportsProposition(colourOf(c).act) && c.start >= tail.start && c.end <= tail.end)
    if (!cue) continue
    let sources: SourceRef[]
    if (cue.kind === 'according' || text.slice(tail.start, cue.start).trim() === '') {
      // Inverted: ", according to X" / ", said Maduro".
      // "…, said Maduro", but never "…, told Maduro": a hearer is not the speaker.
      sources =
        cue.kind === 'according'
          ? afterAccording(text, { start: cue.end, end: tail.end }, ctx.mentions)
          : cue.verb?.hearer
            ? []
            : invertedSubject(text, cue, sourcesEndingAt(text, { start: cue.end, end: tail.end }, ctx.mentions))
      const appositive = sources.length || cue.kind === 'according' ? null : subjectBeforeAppositive(ctx, s, cue, tail, depth)
      if (appositive) return appositive
    } else {
      // "X said the toll rose" is a frame of its own, not an attribution of what came before.
      const afterCue = text.slice(cue.end, tail.end)
      if (!(cue.verb?.hearer || ADJUNCT_AFTER_CUE_RE.test(afterCue))) continue
      sources = sourcesEndingAt(text, { start: tail.start, end: cue.start }, ctx.mentions)
      const hearer = cue.verb?.hearer ? outletStartingAt(text, { start: cue.end, end: tail.end }, ctx.mentions) : undefined
      if (hearer && sources.length) sources = [sourceOf(hearer), ...sources]
    }
    if (!sources.length) continue
    return wrap(ctx, [...sources, ...citedAt(ctx, { start: tail.end, end: s.end })], cue, rest, colourOf(cue), depth)
  }
  return null
}

/**
 * "“Q,” Ada Lindqvist, the port director, said.": the tail holds only the cue,
 * and the subject sits before an appositive; what precedes the subject is the content.
 */
function subjectBeforeAppositive(ctx: FrameContext, s: Span, cue: CueMatch, tail: Span, depth: number): Frame | null {
  // "…, told The Beacon.": the hearer, an outlet, relays the statement.
  const hearer = cue.verb?.hearer ? outletStartingAt(ctx.text, { start: cue.end, end: tail.end }, ctx.mentions) : undefined
  if (!hearer && !ADJUNCT_AFTER_CUE_RE.test(ctx.text.slice(cue.end, tail.end))) return null
  const sources = sourcesEndingAt(ctx.text, { start: s.start, end: cue.start }, ctx.mentions)
  const first = sources[0]?.span
  if (!first || wordCount(ctx.text.slice(s.start, first.start)) < MIN_REST_WORDS) return null
  return wrap(ctx, hearer ? [sourceOf(hearer), ...sources] : sources, cue, { start: s.start, end: first.start }, colourOf(cue), depth)
}

/**
 * "…, said Maduro", "…, said Republican Sen. Ada Lindqvist": the source follows the cue, maybe after
 * a title; "…, said the states were exaggerating the EPA's reach" is a clause, not an inversion.
 */
function invertedSubject(text: string, cue: Span, sources: SourceRef[]): SourceRef[] {
  const first = sources[0]?.span
  const between = first ? text.slice(cue.end, first.start) : ''
  return first && !CLAUSE_VERB_RE.test(between) && !TOPIC_RE.test(between) ? sources : []
}

const CLAUSE_VERB_RE = /(?<![\p{L}\p{N}])(?:is|are|was|were|has|have|had|would|will|could|that)(?![\p{L}\p{N}])/iu
/** "…, Ada said of the port": what follows is the topic, and the speaker came before the cue. */
const TOPIC_RE = /^\s*(?:of|about)\s/iu

/** The sources after "according to": those the resolver knows, else the phrase as written. */
function afterAccording(text: string, region: Span, mentions: readonly MentionRef[]): SourceRef[] {
  const known = sourcesEndingAt(text, region, mentions)
  if (known.length) return known
  const phrase = phraseSource(text, region)
  return phrase ? [phrase] : []
}

/** Where the attribution clause starting at `from` ends: the next comma outside quotes, a relative pronoun, or `limit`. */
function clauseEnd(ctx: FrameContext, from: number, limit: number): number {
  const rel = /\s(?:who|which|quien|quienes)\s/iu.exec(ctx.text.slice(from, limit))
  const end = rel ? from + rel.index : limit
  for (let i = from; i < end; i++) if (ctx.text[i] === ',' && !insideQuote(ctx, { start: i, end: i + 1 })) return i
  return end
}

/** "…, citing two officials" / "citing AFAD, that …" at the start of `region`: the sources an outlet's report rests on. */
function citedAt(ctx: FrameContext, region: Span): SourceRef[] {
  const m = CITED_RE.exec(ctx.text.slice(region.start, region.end))
  if (!m) return []
  const start = region.start + m[0].length
  return sourcesEndingAt(ctx.text, { start, end: clauseEnd(ctx, start, region.end) }, ctx.mentions)
}

/** Where a trailing attribution may begin: after a comma, or after a closing quotation mark; last first. */
function tailBoundaries(ctx: FrameContext, s: Span): number[] {
  const out = new Set<number>()
  for (let i = s.end - 1; i > s.start; i--) if (ctx.text[i] === ',' && !insideQuote(ctx, { start: i, end: i + 1 })) out.add(i + 1)
  for (const q of ctx.segments) if (q.outer.end > s.start && q.outer.end < s.end) out.add(q.outer.end)
  return [...out].sort((a, b) => b - a)
}

/** The opening of a reported clause without "that": a pronoun and a finite verb, or a wh-word. */
const CLAUSE_START_RE =
  /^\s*(?:(?:he|she|it|they|we|I|there)\s+(?:would|will|could|should|might|may|must|can|had|has|have|was|were|is|are|did|does|do)(?:n['’]t)?(?![\p{L}\p{N}])|(?:how|why|what|whether|when)\s)/iu

const PASSIVE_RE = /\s(?:was|were|is|are|been|be|fue|fueron)\s+(?:\p{L}+\s+)?$/iu
/** A source that is a bare personal pronoun (resolved or not). */
const PRONOUN_SOURCE_RE = /^(?:he|she|they|we|I|it|él|ella|ellos|ellas)$/iu

/** "is saying", "has been claiming": a participle that is the sentence's own verb. */
const PROGRESSIVE_RE = /(?:\s|['’])(?:is|are|was|were|s|been)(?:\s+(?:also|now|still|again|once\s+again|even))*\s*$/iu

/** A source known to speak or hold views: a name, a pronoun, an anonymous source's head noun, or a holder's. */
export function speaks(src: SourceRef): boolean {
  return src.entity !== null || src.kind !== 'unknown' || PRONOUN_SOURCE_RE.test(src.name) || HOLDER_HEAD_RE.test(src.name)
}

/** A capitalised phrase no stage knows, taken for a person's name ("The TV" in "The TV show that …"). */
function guessedName(src: SourceRef): boolean {
  return src.entity === null && src.kind === 'person'
}

/**
 * Saying and believing report a proposition: such a cue may attribute the
 * clause before it ("…, Ada believes"), and such a frame may nest in another.
 */
function reportsProposition(act: AttributionAct): boolean {
  return act === 'says' || act === 'believes'
}

/** The whole verb group of a passive: "has been", "is also", "will be". */
const PASSIVE_GROUP_RE = /(?:\s+(?:has|have|had|will|would|may|might|could|can|is|are|was|were|been|be|being|also|now|still|long|widely))*\s+(?:was|were|is|are|been|be)\s+(?:\p{L}+\s+)?$/iu

/** "The tender has been endorsed by the union": the agent holds the stance, and the passive's subject is what it is on. */
function byAgent(ctx: FrameContext, s: Span, cue: CueMatch, depth: number): Frame | null {
  const { text } = ctx
  const by = /^\s+by\s+/iu.exec(text.slice(cue.end, s.end))
  const passive = PASSIVE_GROUP_RE.exec(text.slice(s.start, cue.start))
  if (!by || !passive) return null
  const agentStart = cue.end + by[0].length
  const agent = afterAccording(text, { start: agentStart, end: clauseEnd(ctx, agentStart, s.end) }, ctx.mentions)
  if (!agent.some(speaks)) return null
  return wrap(ctx, agent, cue, { start: s.start, end: s.start + passive.index }, colourOf(cue), depth)
}

/** A comma, and maybe an adverb, before a participle that attaches a statement to the clause's subject: ", even suggesting". */
export const PARTICIPLE_JOINT_RE = /,\s*(?:(?:even|also|then|again|later|repeatedly|once\s+again)\s+)?$/iu

/** "SUBJECT CUE [hearer] [that] CONTENT". */
function leadingSubject(ctx: FrameContext, s: Span, cues: CueMatch[], depth: number): Frame | null {
  const { text } = ctx
  for (const cue of cues) {
    if (!cue.verb) continue
    const before = text.slice(s.start, cue.start)
    let sources: SourceRef[]
    if (cue.kind === 'participle' && PARTICIPLE_JOINT_RE.test(before)) {
      // "X attacked the plan, saying …": the participle's subject is the clause's.
      sources = sourcesOpening(text, s, ctx.mentions)
    } else if (cue.kind === 'verb' || PROGRESSIVE_RE.test(before)) {
      // "the ferry was found adrift …": a passive's subject did not speak; "the plan is backed by the union" is the union's stance.
      if (cue.kind === 'verb' && PASSIVE_RE.test(before)) {
        const agentFrame = cue.verb.object ? byAgent(ctx, s, cue, depth) : null
        if (agentFrame) return agentFrame
        continue
      }
      sources = sourcesEndingAt(text, { start: s.start, end: cue.start }, ctx.mentions)
      // "A union representing flight attendants endorsed": the words before the cue end a postmodifier, not the subject;
      // "A 2014 study by Professor X found 31 cases": what evidence shows is the study's finding, not X's.
      const evidenceHolder = cue.verb.evidence && !sources.some((src) => src.kind === 'document')
      const opening = sources.some(speaks) && !evidenceHolder ? null : postmodifiedOpening(text, s, cue.start)
      if (opening) sources = [opening]
      // Any verb with a "that" clause is a cue only for a subject known to speak: a name, a pronoun or an
      // anonymous source's head noun ("the rising costs that come with…" is a noun and a relative clause).
      // Likewise a verb whose content may be its plain object: "the bill supports families" is no one's stance.
      if (!opening && (cue.verb.generic || cue.verb.object) && !sources.some(speaks)) continue
      // "The TV show that aired" is a noun, not a cue: what evidence shows needs a subject that records or holds it.
      if (!opening && cue.verb.evidence && !sources.some((src) => speaks(src) && !guessedName(src))) continue
      // "Maduro is visiting the port and says Y": a second verb shares the first one's subject.
      if (!sources.length && /\s(?:and|but|y|pero)\s*$/iu.test(before)) sources = sourcesOpening(text, s, ctx.mentions)
    } else continue
    if (!sources.length || (cue.kind === 'participle' && cue.verb.object && !sources.some(speaks))) continue
    const subjectEnd = sources.at(-1)!.span?.end ?? s.start
    const negated = subjectEnd < cue.start && NEGATED_GAP_RE.test(text.slice(subjectEnd, cue.start))
    const frame = contentAfterCue(ctx, s, cue, withCited(ctx, { start: s.start, end: cue.start }, sources), depth, negated)
    if (frame) return frame
  }
  return null
}

/**
 * "…, adding that B" or "… and urged B" split off a sentence whose first part
 * has its own frame: the cue opening `span` reports for the given sources
 * (the first part's, or the sentence subject's).
 */
export function parseContinuation(ctx: FrameContext, span: Span, sources: readonly SourceRef[]): Frame | null {
  const s = stripEnd(ctx.text, span)
  const cue = cuesWithin(ctx, s)[0]
  if (!cue || cue.start !== s.start || (cue.kind !== 'participle' && cue.kind !== 'verb') || !sources.length) return null
  return contentAfterCue(ctx, s, cue, [...sources], 0, false)
}

/** ", who said", "who have argued": a relative pronoun and any auxiliaries or adverbs right before a cue. */
const RELATIVE_BEFORE_CUE_RE = /,\s*(who)\s+(?:(?:has|have|had|also|later|then|once|would|now|repeatedly|long)\s+)*$/iu

/**
 * "…, said the architect's lawyer, who said he was never paid": a relative
 * clause with a cue of its own is one more attribution in the unit, by the
 * one the "who" refers to (kept on the pronoun, as a resolved "he" is). Cues
 * that already open a frame (`taken`) are left alone.
 */
export function relativeFrames(ctx: FrameContext, unit: Span, taken: readonly Span[]): Frame[] {
  const out: Frame[] = []
  for (const cue of cuesWithin(ctx, unit)) {
    if (cue.kind !== 'verb' || cue.verb!.generic || insideQuote(ctx, cue) || taken.some((t) => t.start === cue.start)) continue
    const rel = RELATIVE_BEFORE_CUE_RE.exec(ctx.text.slice(unit.start, cue.start))
    if (!rel) continue
    const whoStart = unit.start + rel.index + rel[0].indexOf(rel[1]!)
    const antecedent = sourcesEndingAt(ctx.text, { start: unit.start, end: unit.start + rel.index }, ctx.mentions).at(-1)
    if (!antecedent || !speaks(antecedent)) continue
    const who: SourceRef = { ...antecedent, span: { start: whoStart, end: whoStart + rel[1]!.length } }
    const frame = parseContinuation(ctx, { start: cue.start, end: clauseEnd(ctx, cue.end, unit.end) }, [who])
    if (frame) out.push(frame)
  }
  return out
}

/** The hearer, time adjunct, cited sources and link word after a cue, then the content up to the end of `s`. */
function contentAfterCue(ctx: FrameContext, s: Span, cue: CueMatch, given: SourceRef[], depth: number, negated: boolean): Frame | null {
  const { text } = ctx
  if (!cue.verb) return null
  let sources = given
  let at = cue.end
  if (cue.verb.hearer) {
    const after = text.slice(at, s.end)
    const hearerEnd = /^\s*(?:a\s+|to\s+)?(?:[\p{L}\p{N}.'’-]+\s+){0,4}?(?=(?:that|que)\s|:|,)/iu.exec(after)
    const hearer = outletStartingAt(text, { start: at, end: s.end }, ctx.mentions)
    if (hearer) sources = [sourceOf(hearer), ...sources]
    const plainHearer = /^\s*(?:reporters|journalists|me|us|him|her|them|lawmakers|parliament)\s+/iu.exec(after)
    if (hearerEnd) at += hearerEnd[0].length
    else if (hearer) at = hearer.end
    else if (plainHearer) at += plainHearer[0].length
  }
  at += CUE_TIME_RE.exec(text.slice(at, s.end))?.[0].length ?? 0
  at += ADJUNCT_BEFORE_THAT_RE.exec(text.slice(at, s.end))?.[0].length ?? 0
  const cited = CITED_RE.exec(text.slice(at, s.end))
  if (cited) {
    const citedEnd = clauseEnd(ctx, at + cited[0].length, s.end)
    sources = [...sources, ...citedAt(ctx, { start: at, end: citedEnd })]
    at = text[citedEnd] === ',' ? citedEnd + 1 : citedEnd
  }
  if (cue.stance === 'denied') at += DENIED_OBJECT_RE.exec(text.slice(at, s.end))?.[0].length ?? 0
  const link = /^\s*(?:that|que|:|,)?\s*/iu.exec(text.slice(at, s.end))![0]
  const opensQuote = ctx.segments.some((q) => q.outer.start === at + link.length)
  // Verbs that often take a plain object ("confirmed the deal") report content only after "that", a colon,
  // a quotation, a clause that shows itself by its subject and verb ("announced it would", "explained why"),
  // or, for an undertaking, a to-infinitive ("vowed to punish").
  const rest = text.slice(at, s.end)
  const clause = CLAUSE_START_RE.test(rest) || (cue.verb.pledge && /^\s*to\s/iu.test(rest))
  // "Polls show a close race": a poll's or a study's plain object is its finding.
  const finding = cue.verb.evidence && sources.at(-1)!.kind === 'document'
  const plain = !/\S/.test(link) && !opensQuote && !clause
  // "Trump is stressing the need to act", "the ministry denied any involvement": what a speaker stands by.
  const held = plain && cue.verb.held && HELD_OBJECT_RE.test(rest) && sources.some(speaks)
  // "did not respond to requests for comment", "responded with attacks on X": what a response met or was.
  const answer = plain && cue.verb.lemma === 'respond' && RESPONSE_RE.test(rest) && sources.some(speaks)
  if (!cue.verb.bare && !cue.verb.object && !finding && !held && !answer && plain) return null
  const colour = colourOf(cue, negated)
  return wrap(ctx, sources, cue, { start: at + link.length, end: s.end }, held || answer ? { ...colour, act: 'stance' } : colour, depth)
}

const RESPONSE_RE = /^\s*(?:to|with|by)\s/iu

/** A plain object opening with a word that can start a noun phrase or a gerund, not a preposition, conjunction or clause. */
const HELD_OBJECT_RE = /^\s*(?!(?:to|on|in|at|for|with|by|of|from|about|against|as|and|or|but|if|so|then|than|it|he|she|they|we|I|you|there|this|that|which|who|what|when|where|how|why|whether|not|also|again)(?![\p{L}\p{N}]))\p{L}/iu

/** "The Post, citing officials, reported": the cited source sits between the subject and the cue. */
function withCited(ctx: FrameContext, subject: Span, sources: SourceRef[]): SourceRef[] {
  const region = ctx.text.slice(subject.start, subject.end)
  const m = /,\s*(?:citing|quoting|citando)\s+([^,]+),/iu.exec(region)
  if (!m) return sources
  const start = subject.start + m.index + m[0].indexOf(m[1]!)
  const cited = sourcesEndingAt(ctx.text, { start, end: start + m[1]!.length }, ctx.mentions)
  return [...sources, ...cited]
}

/** Combines this frame's sources with any frame nested in its content. */
function wrap(ctx: FrameContext, given: readonly SourceRef[], cue: Span, contentSpan: Span, colour: Colour, depth: number): Frame | null {
  let content = stripEnd(ctx.text, contentSpan)
  let sources = given
  // "The Post reported that X, citing a senior official": the cited source closes the chain.
  const citing = /,\s*(?:citing|quoting|citando)\s+[^,]+$/iu.exec(ctx.text.slice(content.start, content.end))
  if (citing) {
    const at = content.start + citing.index
    const cited = citedAt(ctx, { start: at, end: content.end })
    if (cited.length) {
      sources = [...sources, ...cited]
      content = stripEnd(ctx.text, { start: content.start, end: at })
    }
  }
  if (content.end <= content.start) return null
  const direct = ctx.segments.some((q) => q.outer.start === content.start)
  const inner = direct ? null : parseFrame(ctx, content, depth + 1)
  // "The office confirmed that Maduro refused the offer": a want or a stance inside what was said is part
  // of the statement, which the outer source vouches for.
  if (inner && reportsProposition(inner.act)) {
    // "Ada endorsed Brandt, who says he is honoured": a stance's object may say something; the object speaks, not Ada.
    if (!reportsProposition(colour.act)) return inner
    // "The bureau said it suspected …": a pronoun opening the inner frame is the outer speaker again.
    const innerSources = inner.sources.filter((src) => src.entity !== null || !PRONOUN_SOURCE_RE.test(src.name))
    const stance = inner.stance === 'neutral' ? colour.stance : inner.stance
    const act = inner.act === 'says' ? colour.act : inner.act
    const outer: Enclosing = { source: given.at(-1)!, cue: trimSpan(ctx.text, cue.start, cue.end), content }
    const enclosing = [outer, ...inner.enclosing]
    return { sources: [...sources, ...innerSources], cue: inner.cue, content: inner.content, enclosing, stance, act, negated: colour.negated || inner.negated }
  }
  return { sources, cue: trimSpan(ctx.text, cue.start, cue.end), content, enclosing: [], ...colour }
}

function sourceOf(m: MentionRef): SourceRef {
  return { name: m.entity.name, entity: m.entity.id, kind: 'outlet', span: { start: m.start, end: m.end } }
}

function insideQuote(ctx: FrameContext, span: Span): boolean {
  return ctx.segments.some((q) => span.start >= q.inner.start && span.end <= q.inner.end)
}

/** Trims whitespace, then final punctuation and commas (but not a closing quotation mark). */
export function stripEnd(text: string, span: Span): Span {
  let { start, end } = trimSpan(text, span.start, span.end)
  while (end > start && /[.,;:!?…\s]/u.test(text[end - 1]!)) end--
  while (start < end && /[,;:\s]/u.test(text[start]!)) start++
  return { start, end }
}
