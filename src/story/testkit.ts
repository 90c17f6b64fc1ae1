/**
 * @module story/testkit — builds analysed articles for the story stage's
 * tests. Annotations are written as needles into the test's own text and
 * turned into real stand-off spans (createDoc validates every one), so the
 * tests exercise the story stage on layers shaped like the NLP stages' output
 * without running those stages. Claim keys come from the claims stage's own
 * claimKey, so grouping is tested against the real key format.
 */
import { createDoc, emptyMeta } from '../doc/doc.js'
import type { Claim, Entity, EntityType, EventMention, Hop, Modality, Quote, Span, TimeExpression } from '../doc/types.js'
import { claimKey } from '../nlp/claims/similarity.js'
import { contentHash, entityId } from '../util/text.js'
import type { StoryInput } from './types.js'

const SENTENCE = /[^\s.!?][^.!?]*[.!?]+["”]?/g

/** The span of the `nth` occurrence of `needle`; throws so a typo in a test fails loudly. */
export function spanOf(text: string, needle: string, nth = 0): Span {
  let at = -1
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1)
    if (at < 0) throw new Error(`"${needle}" (#${nth}) is not in the test text`)
  }
  return { start: at, end: at + needle.length }
}

function allSpans(text: string, needle: string): Span[] {
  const out: Span[] = []
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    out.push({ start: at, end: at + needle.length })
  }
  if (out.length === 0) throw new Error(`"${needle}" is not in the test text`)
  return out
}

/** Hops for claim chains. */
export const outletHop = (name: string): Hop => ({ name, entity: entityId('OUTLET', name), kind: 'outlet' })
export const personHop = (name: string): Hop => ({ name, entity: entityId('PERSON', name), kind: 'person' })
export const anonymousHop = (name: string, kind: Hop['kind']): Hop => ({ name, entity: null, kind })

export interface ClaimSpec {
  /** The proposition as written in the text. */
  readonly text: string
  /** Which occurrence of `text` (default the first). */
  readonly nth?: number
  readonly modality: Modality
  /** Hops after the publishing outlet, which is added first when the article has one. */
  readonly via?: readonly Hop[]
  readonly about: readonly string[]
}

export interface EventSpec {
  /** The sentence (or clause) reporting the event. */
  readonly sentence: string
  readonly trigger: string
  readonly type: string
  readonly actors?: readonly string[]
  readonly targets?: readonly string[]
  readonly place?: string
  readonly from?: string
  readonly to?: string
  readonly negated?: boolean
  readonly modality?: EventMention['modality']
}

export interface ArticleSpec {
  readonly id: string
  readonly text: string
  readonly title?: string
  readonly outlet?: string
  readonly published?: string
  /** [type, canonical name, needles…]: every occurrence of each needle is a mention. */
  readonly entities?: readonly (readonly [EntityType, string, ...string[]])[]
  /** [needle, from, to]: dated time expressions. */
  readonly times?: readonly (readonly [string, string, string])[]
  /** Quotes relayed through outlets: [content needle, outlet names…]. */
  readonly quotes?: readonly (readonly [string, ...string[]])[]
  readonly claims?: readonly ClaimSpec[]
  readonly events?: readonly EventSpec[]
}

/** An analysed article with every span computed from `spec.text`. */
export function article(spec: ArticleSpec): StoryInput {
  const { text } = spec
  const outlet = spec.outlet ? { id: entityId('OUTLET', spec.outlet), name: spec.outlet } : null
  const entities: Entity[] = (spec.entities ?? []).map(([type, name, ...needles]) => ({
    id: entityId(type, name),
    name,
    type,
    known: true,
    mentions: needles.flatMap((n) => allSpans(text, n)).sort((a, b) => a.start - b.start),
  }))
  const times: TimeExpression[] = (spec.times ?? []).map(([needle, from, to]) => ({
    ...spanOf(text, needle),
    type: 'DATE',
    value: from === to ? from : `${from}/${to}`,
    from,
    to,
  }))
  const quotes: Quote[] = (spec.quotes ?? []).map(([content, ...via]) => ({
    ...spanOf(text, content),
    direct: false,
    act: 'says',
    negated: false,
    mixed: false,
    cue: null,
    speaker: { name: 'officials', entity: null, kind: 'official', span: null },
    via: via.map((name) => ({ ...outletHop(name), span: spanOf(text, name) })),
    enclosing: [],
  }))
  const claims: Claim[] = (spec.claims ?? []).map((c) => {
    const key = claimKey(c.text, c.about)
    return {
      ...spanOf(text, c.text, c.nth),
      id: contentHash([key]),
      key,
      modality: c.modality,
      chain: [...(spec.outlet ? [outletHop(spec.outlet)] : []), ...(c.via ?? [])],
      about: c.about,
      quote: null,
    }
  })
  const events: EventMention[] = (spec.events ?? []).map((e) => {
    const trigger = spanOf(text, e.trigger)
    return {
      ...spanOf(text, e.sentence),
      id: `${e.type}-${trigger.start}`,
      type: e.type,
      cameo: null,
      trigger,
      actors: e.actors ?? [],
      targets: e.targets ?? [],
      place: e.place ?? null,
      from: e.from ?? null,
      to: e.to ?? e.from ?? null,
      negated: e.negated ?? false,
      modality: e.modality ?? 'asserted',
    }
  })
  const doc = createDoc(
    text,
    { ...emptyMeta(`${spec.id}.txt`), title: spec.title ?? null, outlet, published: spec.published ?? null, language: 'en' },
    {
      sentences: [...text.matchAll(SENTENCE)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
      entities,
      times,
      quotes,
      claims,
      events,
    },
  )
  return { id: spec.id, doc }
}
