/**
 * @module story/claim-match — what a claim says, read in its storyline, for
 * deciding whether two claims state one proposition beyond their wording.
 *
 * Two readings are added to the claim's key:
 * - descriptions resolved: "the ship", "its vessel", "the cargo ship" stand
 *   for the one thing of that kind the storyline names ("the Aurora Pearl, a
 *   bulk carrier"); the key gains its id and loses the description's words;
 * - the claim's frame: its main deed (an event of the events stage), who did
 *   it and to whom. Two claims whose deeds are of one type by the same agent
 *   are one proposition though worded apart ("Turkiye has offered Maduro
 *   exile" / "Venezuela's leader has received an offer of asylum from
 *   Turkiye"); a denial that someone did a deed is no report on the deed
 *   said done by no one named ("its vessel had damaged a cable" denied does
 *   not contest "a cable was damaged").
 */
import { firstStartingAt, spansWithin } from '../doc/spans.js'
import type { Claim, Doc, EventMention, Modality, Span } from '../doc/types.js'
import { isVerbal } from '../nlp/events/dating.js'
import type { PartyMention } from '../nlp/events/roles.js'
import { stem } from '../nlp/claims/similarity.js'
import type { Article } from './articles.js'
import { STATEMENT_TYPE } from './features.js'

/** Nouns a story uses for a thing it has named, by kind. */
const KIND_NOUNS: ReadonlyMap<string, string> = new Map([
  ...['ship', 'vessel', 'carrier', 'tanker', 'freighter', 'boat', 'barge'].map((w) => [w, 'vessel'] as const),
])
const KIND = [...KIND_NOUNS.keys()].join('|')
/** "the Aurora Pearl, a 190-metre bulk carrier": the name, then its kind. */
const KIND_AFTER = new RegExp(String.raw`^,\s+(?:a|an|the)\s+(?:[\p{L}\p{N}-]+\s+){0,4}?(${KIND})(?![\p{L}\p{N}])`, 'iu')
/** "the cargo ship Aurora Pearl": the kind, then the name. */
const KIND_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(${KIND})\s+$`, 'iu')
/** "the ship", "its vessel", "the cargo ship", not followed by the name ("the ship Aurora Pearl" names it). */
const DESCRIPTION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat|[Tt]heir)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}?)(${KIND})(?![\p{L}\p{N}])(?!\s+\p{Lu})`,
  'gu',
)
/** Entity types a kind noun can stand for: not people, places or outlets. */
const THING_TYPES: ReadonlySet<string> = new Set(['OTHER', 'ORG'])

/** Kind → the entities of that kind the storyline names. */
export type Kinds = ReadonlyMap<string, ReadonlySet<string>>

/** The kinds of named things, learnt from how the storyline's articles describe them. */
export function learnKinds(articles: readonly Article[]): Kinds {
  const kinds = new Map<string, Set<string>>()
  for (const { doc } of articles) {
    for (const e of doc.layers.entities ?? []) {
      if (!THING_TYPES.has(e.type)) continue
      for (const m of e.mentions) {
        const hit = KIND_AFTER.exec(doc.text.slice(m.end, m.end + 60)) ?? KIND_BEFORE.exec(doc.text.slice(Math.max(0, m.start - 40), m.start))
        if (!hit) continue
        const kind = KIND_NOUNS.get(hit[1]!.toLowerCase())!
        if (!kinds.has(kind)) kinds.set(kind, new Set())
        kinds.get(kind)!.add(e.id)
      }
    }
  }
  return kinds
}

/** A reference inside a claim: a mention or a resolved description. */
interface Ref extends Span {
  readonly id: string
  /** "the ship's anchor": the reference owns the phrase's head, it is not it. */
  readonly possessor: boolean
}

/** Descriptions in the span that stand for the one entity of their kind, with the words they are made of. */
function descriptions(text: string, span: Span, kinds: Kinds): { refs: Ref[]; words: string[] } {
  const refs: Ref[] = []
  const words: string[] = []
  for (const m of text.slice(span.start, span.end).matchAll(DESCRIPTION)) {
    const of = kinds.get(KIND_NOUNS.get(m[2]!)!)
    if (of?.size !== 1) continue
    const start = span.start + m.index
    const end = start + m[0].length
    refs.push({ start, end, id: [...of][0]!, possessor: /^['’]s(?![\p{L}])/u.test(text.slice(end, end + 3)) })
    words.push(...m[1]!.split(/\s+/).filter(Boolean), m[2]!)
  }
  return { refs, words }
}

/** The claim's main deed: its type, who did it, to whom. */
export interface Frame {
  readonly type: string
  /** Who did it; empty when the claim does not say in a way that resolves ("it", "our country"). */
  readonly agents: ReadonlySet<string>
  /** The claim says the deed was done without naming by whom ("a cable was damaged"). */
  readonly agentless: boolean
  readonly objects: ReadonlySet<string>
  readonly modality: Modality
}

/** A claim as the storyline reads it: its key with descriptions resolved, its entities, its frame. */
export interface Reading {
  readonly key: string
  readonly about: readonly string[]
  readonly frame: Frame | null
}

const PASSIVE_BEFORE = /(?<![\p{L}])(?:was|were|been|being|is|are|be|fue|fueron|sido)\s+(?:\p{Ll}+ly\s+)?$/u
/** A verb that hands over what the noun trigger names: "conveyed an offer to", "made an offer to". */
const GIVE_BEFORE = /(?<![\p{L}])(?:conveyed|made|extended|sent|delivered|presented|issued|gave|has\s+made)\s+(?:an?|the|its|their|his|her)\s+(?:\p{Ll}+\s+)?$/u
/** A verb that receives what the noun trigger names: "received an offer of asylum from". */
const GET_BEFORE = /(?<![\p{L}])(?:received|receives|got|recibi[óo])\s+(?:an?|the|una?|la|el)\s+(?:\p{Ll}+\s+)?$/u
/** Where the object of a deed ends: a clause break or a preposition ("damaged a cable between Finland and Estonia"). */
const OBJECT_END =
  /[,;:]|\s(?:by|between|in|on|at|near|off|along|across|from|for|with|after|before|during|when|while|because|since|as|of|de|en|para|con|por|desde)\s/u
/** Where the subject of a deed begins: after the last clause opener before it. */
const SUBJECT_START = /(?:^|[,;:]\s*|\s(?:that|que)\s)/gu

function refsIn(refs: readonly Ref[], region: Span): Ref[] {
  return refs.filter((r) => r.start >= region.start && r.end <= region.end)
}

/** The subject's referent: the last reference before the verb that is not a possessor ("the ship's anchor" is not the ship). */
function subjectOf(text: string, refs: readonly Ref[], span: Span, verbAt: number): Set<string> {
  let start = span.start
  for (const m of text.slice(span.start, verbAt).matchAll(SUBJECT_START)) start = span.start + m.index + m[0].length
  const last = refsIn(refs, { start, end: verbAt }).pop()
  return new Set(last && !last.possessor ? [last.id] : [])
}

/** The references after `from` up to where the object ends: what a deed was done to. */
function objectsFrom(text: string, refs: readonly Ref[], from: number, end: number): Set<string> {
  const stop = OBJECT_END.exec(text.slice(from, end))
  return new Set(refsIn(refs, { start: from, end: stop ? from + stop.index : end }).map((r) => r.id))
}

/** How far back (characters) the deed an unresolved agent takes its agent from may lie: a paragraph or so. */
const INHERIT_REACH = 600

/**
 * The events of a doc whose sentence overlaps the span, in order. Events are
 * sorted by their sentence's start, so a bisection and a short walk back find
 * them: matching stays linear in a long article's claims.
 */
function eventsAround(events: readonly EventMention[], span: Span, reach = 0): EventMention[] {
  const out: EventMention[] = []
  for (let i = firstStartingAt(events, span.end) - 1; i >= 0 && events[i]!.end > span.start - reach; i--) out.push(events[i]!)
  return out.reverse()
}

/**
 * An agent the claim leaves unresolved ("Our country conveyed an offer to
 * Mr. Maduro") is the agent of the same deed its article reported just
 * before to the same party ("Türkiye offered Maduro refuge").
 */
function inherited(events: readonly EventMention[], e: EventMention, objects: ReadonlySet<string>): Set<string> {
  let best: EventMention | null = null
  for (const x of eventsAround(events, e.trigger, INHERIT_REACH)) {
    if (x.type !== e.type || x.trigger.start >= e.trigger.start || e.trigger.start - x.trigger.start > INHERIT_REACH) continue
    if (x.actors.length === 0 || x.negated || ![...x.targets, ...x.actors].some((id) => objects.has(id))) continue
    if (best === null || x.trigger.start > best.trigger.start) best = x
  }
  return new Set(best?.actors ?? [])
}

function frameOf(doc: Doc, claim: Claim, refs: readonly Ref[]): Frame | null {
  const language = doc.meta.language === 'es' ? 'es' : 'en'
  const text = doc.text
  const all = doc.layers.events ?? []
  const events = eventsAround(all, claim)
    .filter((e) => e.type !== STATEMENT_TYPE && e.trigger.start >= claim.start && e.trigger.end <= claim.end)
    .sort((a, b) => a.trigger.start - b.trigger.start)
  for (const e of events) {
    const before = text.slice(Math.max(claim.start, e.trigger.start - 40), e.trigger.start)
    const previous = /([\p{L}]+)\s*$/u.exec(before)?.[1] ?? ''
    const frame = (agents: Set<string>, agentless: boolean, objects: Set<string>): Frame => ({
      type: e.type,
      agents: agents.size === 0 && !agentless ? inherited(all, e, objects) : agents,
      agentless,
      objects,
      modality: claim.modality,
    })
    if (isVerbal(text.slice(e.trigger.start, e.trigger.end), previous, language)) {
      if (!PASSIVE_BEFORE.test(before)) return frame(subjectOf(text, refs, claim, e.trigger.start), false, objectsFrom(text, refs, e.trigger.end, claim.end))
      const by = /^[^,;:]*?\sby\s/u.exec(text.slice(e.trigger.end, claim.end))
      const agents = by ? objectsFrom(text, refs, e.trigger.end + by[0].length, claim.end) : new Set<string>()
      return frame(agents, by === null, new Set())
    }
    const give = GIVE_BEFORE.exec(before)
    if (give) {
      const to = /^[^,;:]*?\s(?:to|a)\s/u.exec(text.slice(e.trigger.end, claim.end))
      const objects = to ? objectsFrom(text, refs, e.trigger.end + to[0].length, claim.end) : new Set<string>()
      return frame(subjectOf(text, refs, claim, e.trigger.start - give[0].length), false, objects)
    }
    const get = GET_BEFORE.exec(before)
    if (get) {
      const from = /^[^,;:]*?\s(?:from|de)\s/u.exec(text.slice(e.trigger.end, claim.end))
      const agents = from ? objectsFrom(text, refs, e.trigger.end + from[0].length, claim.end) : new Set<string>()
      return frame(agents, false, subjectOf(text, refs, claim, e.trigger.start - get[0].length))
    }
  }
  return null
}

/** The claim read in its storyline: descriptions resolved into its key and entities, and its frame. */
export function readClaim(doc: Doc, claim: Claim, kinds: Kinds, parties: readonly PartyMention[]): Reading {
  const { refs: described, words } = descriptions(doc.text, claim, kinds)
  const named: Ref[] = spansWithin(parties, claim.start, claim.end)
    .filter((m) => m.entity.type !== 'OUTLET')
    .map((m) => ({ start: m.start, end: m.end, id: m.entity.id, possessor: /^['’]s(?![\p{L}])/u.test(doc.text.slice(m.end, m.end + 3)) }))
  const refs = [...named, ...described].sort((a, b) => a.start - b.start)
  const frame = frameOf(doc, claim, refs)
  if (described.length === 0) return { key: claim.key, about: claim.about, frame }
  const dropped = new Set(words.map((w) => stem(w.toLowerCase())))
  const about = [...new Set([...claim.about, ...described.map((r) => r.id)])].sort()
  const terms = claim.key.split(' ').filter((t) => t && !t.includes(':') && !dropped.has(t))
  return { key: [...about, ...terms].join(' '), about, frame }
}

function meet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const id of a) if (b.has(id)) return true
  return false
}

/** A frame match is weaker evidence than wording: it also needs one stance, or a denial of the other. */
function stancesMeet(a: Modality, b: Modality): boolean {
  return a === b || a === 'denied' || b === 'denied'
}

/**
 * How two frames relate: `same` deed by the same agent (to the same party,
 * when both name one), `apart` when one denies that a named agent did what
 * the other says was done by no one named (the denial is of the agent's part,
 * not of the deed), else null (the frames do not decide). Between two
 * assertions the passive one is the weaker wording of the other, left to the
 * words.
 */
export function relateFrames(a: Frame | null, b: Frame | null): 'same' | 'apart' | null {
  if (a === null || b === null || a.type !== b.type) return null
  if (a.agentless !== b.agentless) {
    const named = a.agentless ? b : a
    return named.agents.size > 0 && named.modality === 'denied' ? 'apart' : null
  }
  if (!meet(a.agents, b.agents)) return null
  if (a.objects.size > 0 && b.objects.size > 0 && !meet(a.objects, b.objects)) return null
  return stancesMeet(a.modality, b.modality) ? 'same' : null
}
