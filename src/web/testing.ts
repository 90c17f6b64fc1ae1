/**
 * @module web/testing — a small, fully annotated news story for the API, web
 * and end-to-end tests: a New York Times report (stored in two versions), a
 * relay of it, a copy of the relay and an unrelated article, with a storyline
 * built by hand. Every span is computed from the test text, so the layers are
 * real stand-off annotations that pass the Doc validators.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDoc, emptyMeta } from '../doc/doc.js'
import type { Claim, Doc, Entity, EntityType, EventMention, Hop, OutletRef, Quote, Span, TimeExpression } from '../doc/types.js'
import { openStore } from '../store/index.js'
import type { Store } from '../store/types.js'
import type { Storyline } from '../story/types.js'
import { entityId } from '../util/text.js'

const SENTENCE_RE = /[^\s.!?][^.!?]*[.!?]+["”]?/g

/** The span of the `nth` occurrence of `needle` in `text`; throws when it is not there. */
export function spanOf(text: string, needle: string, nth = 0): Span {
  let at = -1
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1)
    if (at < 0) throw new Error(`"${needle}" (#${nth}) not in test text`)
  }
  return { start: at, end: at + needle.length }
}

function sentencesOf(text: string): Span[] {
  return [...text.matchAll(SENTENCE_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}

const outlet = (name: string): OutletRef => ({ id: entityId('OUTLET', name), name })
export const NYT = outlet('The New York Times')
export const CLASH = outlet('Clash Report')
export const RELAY = outlet('Daily Relay')
export const HERALD = outlet('Valencia Herald')

const hop = (name: string, kind: Hop['kind'], type?: EntityType): Hop => ({ name, kind, entity: type ? entityId(type, name) : null })
const OFFICIAL = hop('a senior US official', 'official')
const NYT_HOP: Hop = { name: NYT.name, entity: NYT.id, kind: 'outlet' }

function entity(text: string, name: string, type: EntityType, needles: readonly (string | [string, number, boolean?])[]): Entity {
  return {
    id: entityId(type, name),
    name,
    type,
    known: true,
    mentions: needles.map((n) => {
      const [needle, nth, government] = typeof n === 'string' ? [n, 0, false] : n
      return { ...spanOf(text, needle, nth), ...(government ? { government: true } : {}) }
    }),
  }
}

function time(text: string, needle: string, value: string, from: string, to: string): TimeExpression {
  return { ...spanOf(text, needle), type: 'DATE', value, from, to }
}

function claim(text: string, needle: string, id: string, modality: Claim['modality'], chain: readonly Hop[], about: readonly string[]): Claim {
  return { ...spanOf(text, needle), id, key: id, modality, chain, about, quote: null }
}

function event(text: string, sentence: string, trigger: string, e: Omit<EventMention, 'start' | 'end' | 'trigger' | 'negated' | 'targets' | 'place'> & Partial<EventMention>): EventMention {
  const s = spanOf(text, sentence)
  const t = spanOf(text, trigger)
  return { negated: false, targets: [], place: null, ...e, start: s.start, end: s.end, trigger: t }
}

const TURKEY = entityId('PLACE', 'Turkey')
const MADURO = entityId('PERSON', 'Nicolás Maduro')

export const NYT_TEXT_V1 =
  'Turkey offered exile to Nicolás Maduro on Saturday, according to a senior US official.\n\n' +
  'The offer was rejected within hours. "We will not leave Venezuela," Maduro told reporters in Caracas.\n\n' +
  'Talks could resume next week, the official said.'

/** The second version adds a closing paragraph. */
export const NYT_TEXT_V2 = `${NYT_TEXT_V1}\n\nRecep Tayyip Erdoğan has not commented on the offer.`

function nytDoc(text: string, modified: string | null): Doc {
  const quotes: Quote[] = [
    {
      ...spanOf(text, 'We will not leave Venezuela,'),
      direct: true,
      act: 'says',
      negated: false,
      mixed: false,
      cue: spanOf(text, 'told'),
      speaker: { name: 'Nicolás Maduro', entity: MADURO, kind: 'person', span: spanOf(text, 'Maduro', 1) },
      via: [],
      enclosing: [],
    },
    {
      ...spanOf(text, 'Talks could resume next week'),
      direct: false,
      act: 'says',
      negated: false,
      mixed: false,
      cue: spanOf(text, 'said'),
      speaker: { name: 'a senior US official', entity: null, kind: 'official', span: spanOf(text, 'the official') },
      via: [],
      enclosing: [],
    },
  ]
  const entities = [
    entity(text, 'Turkey', 'PLACE', ['Turkey']),
    entity(text, 'Nicolás Maduro', 'PERSON', ['Nicolás Maduro', ['Maduro', 1]]),
    entity(text, 'Venezuela', 'PLACE', ['Venezuela']),
    entity(text, 'Caracas', 'PLACE', ['Caracas']),
    ...(text.includes('Erdoğan') ? [entity(text, 'Recep Tayyip Erdoğan', 'PERSON', ['Recep Tayyip Erdoğan'])] : []),
  ]
  return createDoc(
    text,
    {
      ...emptyMeta('https://www.nytimes.com/2026/01/04/world/turkey-maduro-exile.html'),
      url: 'https://www.nytimes.com/2026/01/04/world/turkey-maduro-exile.html',
      title: 'Turkey Offered Exile to Maduro, U.S. Official Says',
      byline: 'By Jane Doe',
      outlet: NYT,
      published: '2026-01-04',
      modified,
      language: 'en',
      related: [{ title: 'Venezuela’s long crisis, explained', url: 'https://www.nytimes.com/venezuela-crisis.html', date: '2025-12-20' }],
    },
    {
      sentences: sentencesOf(text),
      entities,
      times: [time(text, 'on Saturday', '2026-01-03', '2026-01-03', '2026-01-03'), time(text, 'next week', '2026-W02', '2026-01-05', '2026-01-11')],
      quotes,
      claims: [
        claim(text, 'Turkey offered exile to Nicolás Maduro on Saturday', 'c-offer', 'asserted', [NYT_HOP, OFFICIAL], [TURKEY, MADURO]),
        claim(text, 'The offer was rejected within hours.', 'c-rejected', 'asserted', [NYT_HOP], [MADURO]),
        { ...claim(text, 'Talks could resume next week', 'c-talks', 'speculative', [NYT_HOP, OFFICIAL], [TURKEY]), quote: 1 },
      ],
      events: [
        event(text, 'Turkey offered exile to Nicolás Maduro on Saturday', 'offered', { id: 'ev-offer', type: 'offer', cameo: '03', actors: [TURKEY], targets: [MADURO], from: '2026-01-03', to: '2026-01-03', modality: 'asserted' }),
        event(text, 'The offer was rejected within hours.', 'rejected', { id: 'ev-reject', type: 'rejection', cameo: '12', actors: [MADURO], from: '2026-01-03', to: '2026-01-03', modality: 'asserted' }),
        event(text, 'Talks could resume next week', 'resume', { id: 'ev-talks', type: 'talks', cameo: '04', actors: [TURKEY], from: '2026-01-05', to: '2026-01-11', modality: 'speculative' }),
      ],
    },
  )
}

export const RELAY_TEXT =
  'According to The New York Times, Turkey offered exile to Nicolás Maduro on Saturday.\n\n' +
  'Ankara could leverage its ties with Caracas, analysts said.'

function relayDoc(o: OutletRef, title: string, url: string, published: string): Doc {
  const text = RELAY_TEXT
  const chain = [{ name: o.name, entity: o.id, kind: 'outlet' } as Hop, NYT_HOP, OFFICIAL]
  return createDoc(
    text,
    { ...emptyMeta(url), url, title, outlet: o, published, language: 'en' },
    {
      sentences: sentencesOf(text),
      entities: [
        entity(text, 'The New York Times', 'OUTLET', ['The New York Times']),
        entity(text, 'Turkey', 'PLACE', ['Turkey', ['Ankara', 0, true]]),
        entity(text, 'Nicolás Maduro', 'PERSON', ['Nicolás Maduro']),
        entity(text, 'Caracas', 'PLACE', ['Caracas']),
      ],
      times: [time(text, 'on Saturday', '2026-01-03', '2026-01-03', '2026-01-03')],
      quotes: [
        {
          ...spanOf(text, 'Ankara could leverage its ties with Caracas'),
          direct: false,
          act: 'says',
          negated: false,
          mixed: false,
          cue: spanOf(text, 'said'),
          speaker: { name: 'analysts', entity: null, kind: 'analyst', span: spanOf(text, 'analysts') },
          via: [],
          enclosing: [],
        },
      ],
      claims: [
        claim(text, 'Turkey offered exile to Nicolás Maduro on Saturday', 'c-offer', 'asserted', chain, [TURKEY, MADURO]),
        claim(text, 'Ankara could leverage its ties with Caracas', 'c-leverage', 'speculative', [chain[0]!, hop('analysts', 'analyst')], [TURKEY]),
      ],
      events: [
        event(text, 'Turkey offered exile to Nicolás Maduro on Saturday', 'offered', { id: 'ev-offer', type: 'offer', cameo: '03', actors: [TURKEY], targets: [MADURO], from: '2026-01-03', to: '2026-01-03', modality: 'asserted' }),
      ],
    },
  )
}

export const FLOOD_TEXT = 'Floods closed roads across Valencia on Sunday.\n\nThe regional government opened shelters.'

function floodDoc(): Doc {
  const text = FLOOD_TEXT
  return createDoc(
    text,
    { ...emptyMeta('https://valenciaherald.example/floods'), url: 'https://valenciaherald.example/floods', title: 'Floods close roads in Valencia', outlet: HERALD, published: '2026-01-05', language: 'en' },
    {
      sentences: sentencesOf(text),
      entities: [entity(text, 'Valencia', 'PLACE', ['Valencia'])],
      times: [time(text, 'on Sunday', '2026-01-04', '2026-01-04', '2026-01-04')],
      quotes: [],
      claims: [],
      events: [],
    },
  )
}

export interface SampleIds {
  readonly nytV1: string
  readonly nyt: string
  readonly clash: string
  readonly relay: string
  readonly flood: string
}

export const STORYLINE_ID = 'turkey-offers-exile-to-maduro'
export const FLOOD_STORYLINE_ID = 'floods-in-valencia'

/** The storyline the story stage would make of the sample articles, written out by hand. */
export function sampleStorylines(ids: SampleIds): Storyline[] {
  const { nyt: nytDocV2, clash: relay } = sampleDocs()
  const sentence = (doc: Doc, article: string, needle: string) => {
    const at = spanOf(doc.text, needle).start
    const s = doc.layers.sentences!.find((x) => x.start <= at && at < x.end)!
    return { article, start: s.start, end: s.end }
  }
  const chainOf = (o: OutletRef): Hop[] => [{ name: o.name, entity: o.id, kind: 'outlet' }, NYT_HOP, OFFICIAL]
  const offerEvidence = sentence(nytDocV2, ids.nyt, 'Turkey offered')
  const rejectEvidence = sentence(nytDocV2, ids.nyt, 'The offer was rejected')
  const talksEvidence = sentence(nytDocV2, ids.nyt, 'Talks could')
  const relayOffer = (article: string) => sentence(relay, article, 'Turkey offered')
  return [
    {
      id: STORYLINE_ID,
      title: 'Turkey offers exile to Maduro',
      articles: [
        { id: ids.nyt, source: nytDocV2.meta.source, title: nytDocV2.meta.title, outlet: NYT, published: '2026-01-04', copyOf: null, relays: [] },
        { id: ids.clash, source: 'https://clashreport.com/turkey-exile', title: 'NYT: Turkey offered Maduro exile', outlet: CLASH, published: '2026-01-05', copyOf: null, relays: [NYT.id] },
        { id: ids.relay, source: 'https://dailyrelay.example/turkey-exile', title: 'Turkey reportedly offered Maduro exile', outlet: RELAY, published: '2026-01-06', copyOf: ids.clash, relays: [NYT.id] },
      ],
      entities: [
        { id: TURKEY, name: 'Turkey', type: 'PLACE', mentions: 5, articles: 3 },
        { id: MADURO, name: 'Nicolás Maduro', type: 'PERSON', mentions: 4, articles: 3 },
        { id: NYT.id, name: NYT.name, type: 'OUTLET', mentions: 2, articles: 2 },
        { id: entityId('PLACE', 'Caracas'), name: 'Caracas', type: 'PLACE', mentions: 3, articles: 3 },
        { id: entityId('PERSON', 'Recep Tayyip Erdoğan'), name: 'Recep Tayyip Erdoğan', type: 'PERSON', mentions: 1, articles: 1 },
      ],
      timeline: [
        { event: 'ev-offer', type: 'offer', cameo: '03', from: '2026-01-03', to: '2026-01-03', text: 'Turkey offered exile to Nicolás Maduro on Saturday, according to a senior US official.', modality: 'asserted', core: true, articles: [ids.nyt, ids.clash, ids.relay], evidence: [offerEvidence, relayOffer(ids.clash)] },
        { event: 'ev-reject', type: 'rejection', cameo: '12', from: '2026-01-03', to: '2026-01-03', text: 'The offer was rejected within hours.', modality: 'asserted', core: true, articles: [ids.nyt], evidence: [rejectEvidence] },
        { event: 'ev-talks', type: 'talks', cameo: '04', from: '2026-01-05', to: '2026-01-11', text: 'Talks could resume next week, the official said.', modality: 'speculative', core: false, articles: [ids.nyt], evidence: [talksEvidence] },
      ],
      claims: [
        {
          id: 'c-offer',
          text: 'Turkey offered exile to Nicolás Maduro on Saturday',
          modality: 'asserted',
          status: 'single-source',
          independentSources: 1,
          about: [TURKEY, MADURO],
          sources: [
            { article: ids.nyt, outlet: NYT.id, chain: [NYT_HOP, OFFICIAL], origin: 'outlet:the-new-york-times/a senior US official', copyOf: null, modality: 'asserted', evidence: offerEvidence },
            { article: ids.clash, outlet: CLASH.id, chain: chainOf(CLASH), origin: 'outlet:the-new-york-times/a senior US official', copyOf: null, modality: 'asserted', evidence: relayOffer(ids.clash) },
            { article: ids.relay, outlet: RELAY.id, chain: chainOf(RELAY), origin: 'outlet:the-new-york-times/a senior US official', copyOf: ids.clash, modality: 'asserted', evidence: relayOffer(ids.relay) },
          ],
          history: [{ status: 'single-source', article: ids.nyt, at: '2026-01-04', reason: 'first report', evidence: offerEvidence }],
        },
        {
          id: 'c-rejected',
          text: 'The offer was rejected within hours.',
          modality: 'asserted',
          status: 'corroborated',
          independentSources: 2,
          about: [MADURO],
          sources: [{ article: ids.nyt, outlet: NYT.id, chain: [NYT_HOP, hop('Nicolás Maduro', 'person', 'PERSON')], origin: MADURO, copyOf: null, modality: 'asserted', evidence: rejectEvidence }],
          history: [
            { status: 'single-source', article: ids.nyt, at: '2026-01-04', reason: 'first report', evidence: rejectEvidence },
            { status: 'corroborated', article: ids.nyt, at: '2026-01-04', reason: 'Maduro said so on record', evidence: rejectEvidence },
          ],
        },
        {
          id: 'c-talks',
          text: 'Talks could resume next week',
          modality: 'speculative',
          status: 'contested',
          independentSources: 1,
          about: [TURKEY],
          sources: [{ article: ids.nyt, outlet: NYT.id, chain: [NYT_HOP, OFFICIAL], origin: 'outlet:the-new-york-times/a senior US official', copyOf: null, modality: 'speculative', evidence: talksEvidence }],
          history: [{ status: 'contested', article: ids.nyt, at: '2026-01-04', reason: 'denied by Caracas', evidence: talksEvidence }],
        },
      ],
      coverage: [
        { date: '2026-01-04', outlet: NYT.id, articles: 1 },
        { date: '2026-01-05', outlet: CLASH.id, articles: 1 },
        { date: '2026-01-06', outlet: RELAY.id, articles: 1 },
      ],
    },
    {
      id: FLOOD_STORYLINE_ID,
      title: 'Floods in Valencia',
      articles: [{ id: ids.flood, source: 'https://valenciaherald.example/floods', title: 'Floods close roads in Valencia', outlet: HERALD, published: '2026-01-05', copyOf: null, relays: [] }],
      entities: [{ id: entityId('PLACE', 'Valencia'), name: 'Valencia', type: 'PLACE', mentions: 1, articles: 1 }],
      timeline: [],
      claims: [],
      coverage: [{ date: '2026-01-05', outlet: HERALD.id, articles: 1 }],
    },
  ]
}

/** Puts the sample articles (the NYT report in two versions) and storylines into `store`. */
export async function fillSampleStore(store: Store): Promise<SampleIds> {
  const nytV1 = await store.putArticle(nytDoc(NYT_TEXT_V1, null))
  const nyt = await store.putArticle(nytDoc(NYT_TEXT_V2, '2026-01-05'))
  const clash = await store.putArticle(relayDoc(CLASH, 'NYT: Turkey offered Maduro exile', 'https://clashreport.com/turkey-exile', '2026-01-05'))
  const relay = await store.putArticle(relayDoc(RELAY, 'Turkey reportedly offered Maduro exile', 'https://dailyrelay.example/turkey-exile', '2026-01-06'))
  const flood = await store.putArticle(floodDoc())
  const ids: SampleIds = { nytV1: nytV1.id, nyt: nyt.id, clash: clash.id, relay: relay.id, flood: flood.id }
  await store.saveStoryGraph({ storylines: sampleStorylines(ids), copies: [{ article: ids.relay, original: ids.clash, similarity: 1 }] })
  return ids
}

/** The sample docs by name, for pure rendering tests that need no store. */
export function sampleDocs(): { nytV1: Doc; nyt: Doc; clash: Doc; flood: Doc } {
  return {
    nytV1: nytDoc(NYT_TEXT_V1, null),
    nyt: nytDoc(NYT_TEXT_V2, '2026-01-05'),
    clash: relayDoc(CLASH, 'NYT: Turkey offered Maduro exile', 'https://clashreport.com/turkey-exile', '2026-01-05'),
    flood: floodDoc(),
  }
}

/** A fresh embedded store in a temp folder holding the sample story, and how to dispose of it. */
export async function openSampleStore(): Promise<{ store: Store; ids: SampleIds; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'storytrace-sample-'))
  const store = await openStore(dir)
  const ids = await fillSampleStore(store)
  return {
    store,
    ids,
    dispose: async () => {
      await store.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
