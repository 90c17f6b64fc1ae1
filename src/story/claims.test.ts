import assert from 'node:assert/strict'
import { test } from 'node:test'
import { entityId } from '../util/text.js'
import { computeStoryGraph } from './index.js'
import { deathFigures } from './claims.js'
import { chainOrigin } from './origins.js'
import { anonymousHop, article, outletHop, personHop } from './testkit.js'
import type { StoryGraph, StoryInput, TrackedClaim } from './types.js'

const TURKEY = entityId('PLACE', 'Turkey')
const MADURO = entityId('PERSON', 'Nicolás Maduro')
const NYT = 'The New York Times'
const OFFICIAL = anonymousHop('a senior US official', 'official')
const ENTITIES = [
  ['PLACE', 'Turkey', 'Turkey'],
  ['PERSON', 'Nicolás Maduro', 'Nicolás Maduro'],
] as const
const ABOUT = [TURKEY, MADURO]

/** Background every report of the exile story shares, so the articles form one storyline. */
const CONTEXT =
  'Venezuela has been in political crisis for months, and regional governments have looked for a way to ease the standoff in Caracas without further violence.'

function claimOf(graph: StoryGraph, articleId: string): TrackedClaim {
  const found = graph.storylines.flatMap((s) => s.claims).find((c) => c.sources.some((s) => s.article === articleId))
  assert.ok(found, `no tracked claim has a source in ${articleId}`)
  return found
}

const OFFER = 'Turkey offered exile to Nicolás Maduro on Saturday'

const nyt = article({
  id: 'nyt',
  outlet: NYT,
  published: '2026-01-04T09:00:00Z',
  title: 'Turkey offered exile to Maduro, US official says',
  text: `${OFFER}, according to a senior US official.\n\n${CONTEXT}`,
  entities: ENTITIES,
  claims: [{ text: OFFER, modality: 'asserted', via: [OFFICIAL], about: ABOUT }],
})

const relay = (id: string, outlet: string, published: string) =>
  article({
    id,
    outlet,
    published,
    title: `${outlet}: Turkey offered Maduro exile`,
    text: `According to ${NYT}, ${OFFER}.\n\n${CONTEXT}`,
    entities: [...ENTITIES, ['OUTLET', NYT, NYT]],
    claims: [{ text: OFFER, modality: 'asserted', via: [outletHop(NYT), OFFICIAL], about: ABOUT }],
  })

const dailyRelay = relay('relay-1', 'Daily Relay', '2026-01-04T12:00:00Z')
const clash = relay('relay-2', 'Clash Report', '2026-01-04T13:00:00Z')
/** A re-post of the Daily Relay text by another site. */
const repost: StoryInput = { ...relay('repost', 'Aggregator Now', '2026-01-04T18:00:00Z'), id: 'repost' }

const ankaraPost = article({
  id: 'ankara-post',
  outlet: 'Ankara Post',
  published: '2026-01-05T08:00:00Z',
  text: `Turkey offered Nicolás Maduro exile on Saturday, two people familiar with the talks told the Ankara Post.\n\n${CONTEXT}`,
  entities: ENTITIES,
  claims: [
    {
      text: 'Turkey offered Nicolás Maduro exile on Saturday',
      modality: 'asserted',
      via: [anonymousHop('two people familiar with the talks', 'familiar')],
      about: ABOUT,
    },
  ],
})

const denial = article({
  id: 'denial',
  outlet: 'Istanbul Herald',
  published: '2026-01-06T08:00:00Z',
  text: `Foreign ministry spokesman Oncu Keceli denied that Turkey offered exile to Nicolás Maduro.\n\n${CONTEXT}`,
  entities: [...ENTITIES, ['PERSON', 'Oncu Keceli', 'Oncu Keceli']],
  claims: [{ text: 'Turkey offered exile to Nicolás Maduro', modality: 'denied', via: [personHop('Oncu Keceli')], about: ABOUT }],
})

test('origin of a chain: the deepest outlet, the publisher for anonymous sources, a named person on record', () => {
  const relayOutlet = entityId('OUTLET', 'Relay Outlet')
  const post = entityId('OUTLET', 'The Washington Post')
  assert.equal(chainOrigin([outletHop('Relay Outlet'), outletHop('The Washington Post'), OFFICIAL], relayOutlet, relayOutlet), post)
  assert.equal(chainOrigin([outletHop('Relay Outlet'), anonymousHop('two people familiar', 'familiar')], relayOutlet, relayOutlet), relayOutlet)
  assert.equal(chainOrigin([outletHop('Relay Outlet'), personHop('Jane Doe')], relayOutlet, relayOutlet), entityId('PERSON', 'Jane Doe'))
  assert.equal(chainOrigin([outletHop('Relay Outlet'), anonymousHop('Jane Roe', 'person')], relayOutlet, relayOutlet), entityId('PERSON', 'Jane Roe'))
  // A copy's own reporting is its original's.
  const original = entityId('OUTLET', 'Original Desk')
  assert.equal(chainOrigin([outletHop('Relay Outlet')], relayOutlet, original), original)
})

test('relays and copies of one report add sources but not origins: single-source', () => {
  const graph = computeStoryGraph([clash, repost, dailyRelay, nyt])
  const claim = claimOf(graph, 'nyt')
  assert.deepEqual(claim.sources.map((s) => s.article), ['nyt', 'relay-1', 'relay-2', 'repost'])
  const nytId = entityId('OUTLET', NYT)
  assert.deepEqual(claim.sources.map((s) => s.origin), [nytId, nytId, nytId, nytId])
  assert.equal(claim.sources[3]!.copyOf, 'relay-1')
  assert.equal(claim.independentSources, 1)
  assert.equal(claim.status, 'single-source')
  assert.deepEqual(claim.history.map((h) => h.status), ['single-source'])
  const refs = graph.storylines.flatMap((s) => s.articles)
  assert.deepEqual(refs.find((r) => r.id === 'relay-2')!.relays, [nytId])
  assert.deepEqual(refs.find((r) => r.id === 'nyt')!.relays, [])
})

test('a second independent origin corroborates, an independent denial contests, each change with its evidence', () => {
  const graph = computeStoryGraph([denial, ankaraPost, dailyRelay, nyt])
  const claim = claimOf(graph, 'nyt')
  assert.deepEqual(claim.sources.map((s) => s.article), ['nyt', 'relay-1', 'ankara-post', 'denial'])
  assert.equal(claim.independentSources, 3)
  assert.equal(claim.modality, 'asserted')
  assert.deepEqual(
    claim.history.map((h) => [h.status, h.article, h.at]),
    [
      ['single-source', 'nyt', '2026-01-04T09:00:00Z'],
      ['corroborated', 'ankara-post', '2026-01-05T08:00:00Z'],
      ['contested', 'denial', '2026-01-06T08:00:00Z'],
    ],
  )
  assert.equal(claim.status, 'contested')
  const denialDoc = denial.doc
  const ev = claim.history[2]!.evidence
  assert.equal(denialDoc.text.slice(ev.start, ev.end), 'Foreign ministry spokesman Oncu Keceli denied that Turkey offered exile to Nicolás Maduro.')
})

test('a speculation is confirmed by a later asserted report of the event with the same participants', () => {
  const speculation = article({
    id: 'spec',
    outlet: 'Harbor Ledger',
    published: '2026-01-02',
    text: `Turkey could offer exile to Nicolás Maduro, analysts said.\n\n${CONTEXT}`,
    entities: ENTITIES,
    claims: [{ text: 'Turkey could offer exile to Nicolás Maduro', modality: 'speculative', via: [anonymousHop('analysts', 'analyst')], about: ABOUT }],
    events: [{ sentence: 'Turkey could offer exile to Nicolás Maduro', trigger: 'offer', type: 'offer', actors: [TURKEY], targets: [MADURO], modality: 'speculative' }],
  })
  const report = article({
    id: 'fact',
    outlet: 'Valmora Times',
    published: '2026-01-04',
    text: `${OFFER}.\n\n${CONTEXT}`,
    entities: ENTITIES,
    events: [{ sentence: `${OFFER}.`, trigger: 'offered', type: 'offer', actors: [TURKEY], targets: [MADURO], from: '2026-01-03' }],
  })
  const claim = claimOf(computeStoryGraph([report, speculation]), 'spec')
  assert.equal(claim.modality, 'speculative')
  assert.deepEqual(claim.history.map((h) => [h.status, h.article]), [['single-source', 'spec'], ['confirmed', 'fact']])
  const ev = claim.history[1]!.evidence
  assert.equal(report.doc.text.slice(ev.start, ev.end), `${OFFER}.`)
})

test('a speculation overtaken by a later rejection is refuted, and the rejected offer does not confirm it', () => {
  const speculation = article({
    id: 'refuge',
    outlet: 'Harbor Ledger',
    published: '2026-01-02',
    text: `Nicolás Maduro may seek refuge in Turkey, diplomats said.\n\n${CONTEXT}`,
    entities: ENTITIES,
    claims: [{ text: 'Nicolás Maduro may seek refuge in Turkey', modality: 'speculative', via: [anonymousHop('diplomats', 'official')], about: ABOUT }],
    events: [{ sentence: 'Nicolás Maduro may seek refuge in Turkey', trigger: 'refuge', type: 'exile', actors: [MADURO], place: TURKEY, modality: 'speculative' }],
  })
  const refusal = article({
    id: 'refusal',
    outlet: 'Valmora Times',
    published: '2026-01-05',
    text: `Nicolás Maduro refused exile in Turkey on Sunday.\n\n${CONTEXT}`,
    entities: ENTITIES,
    events: [
      // The exile the rejection names comes first: it must not count as the exile happening.
      { sentence: 'Nicolás Maduro refused exile in Turkey on Sunday.', trigger: 'exile', type: 'exile', actors: [MADURO], place: TURKEY, from: '2026-01-04' },
      { sentence: 'Nicolás Maduro refused exile in Turkey on Sunday.', trigger: 'refused', type: 'rejection', actors: [MADURO], place: TURKEY, from: '2026-01-04' },
    ],
  })
  const claim = claimOf(computeStoryGraph([refusal, speculation]), 'refuge')
  assert.deepEqual(claim.history.map((h) => [h.status, h.article]), [['single-source', 'refuge'], ['refuted', 'refusal']])
  assert.match(claim.history[1]!.reason, /overtaken/)
})

/** A refusal of Turkey's offer, read with the offer and the exile in it placed in Turkey. */
const OFFER_REFUSAL = article({
  id: 'refusal',
  outlet: 'Valmora Times',
  published: '2026-01-05',
  text: `Nicolás Maduro refused the offer of exile in Turkey on Sunday.\n\n${CONTEXT}`,
  entities: ENTITIES,
  events: [
    { sentence: 'Nicolás Maduro refused the offer of exile in Turkey on Sunday.', trigger: 'refused', type: 'rejection', actors: [MADURO], place: TURKEY, from: '2026-01-04' },
    { sentence: 'Nicolás Maduro refused the offer of exile in Turkey on Sunday.', trigger: 'offer', type: 'offer', actors: [TURKEY], place: TURKEY },
    { sentence: 'Nicolás Maduro refused the offer of exile in Turkey on Sunday.', trigger: 'exile', type: 'exile', actors: [MADURO], place: TURKEY },
  ],
})

/** Statuses of a claim published on 2 January, once the refusal above follows, whose text is the claim then ", analysts said." */
function afterRefusal(claim: string, modality: 'conditional' | 'expected', events: Parameters<typeof article>[0]['events'] = []): string[] {
  const report = article({
    id: 'analysis',
    outlet: 'Harbor Ledger',
    published: '2026-01-02',
    text: `${claim}, analysts said.\n\n${CONTEXT}`,
    entities: ENTITIES,
    claims: [{ text: claim, modality, via: [anonymousHop('analysts', 'analyst')], about: ABOUT }],
    events,
  })
  return claimOf(computeStoryGraph([OFFER_REFUSAL, report]), 'analysis').history.map((h) => h.status)
}

test('a conditional is not overtaken by a refusal of something it does not itself propose', () => {
  const claim = 'If Nicolás Maduro stepped down, the question would be where in Turkey or elsewhere he could settle'
  assert.deepEqual(afterRefusal(claim, 'conditional'), ['single-source'])
})

test("a claim describing a proposal's terms is not refuted when the proposal is refused", () => {
  const claim = 'The offer would give Nicolás Maduro a home in Turkey'
  const offer = { sentence: claim, trigger: 'offer', type: 'offer', actors: [TURKEY], targets: [MADURO], modality: 'expected' as const }
  assert.deepEqual(afterRefusal(claim, 'expected', [offer]), ['single-source'])
})

test('an expected event reported as not having happened refutes the claim', () => {
  const expected = article({
    id: 'visit-plan',
    outlet: 'Harbor Ledger',
    published: '2026-01-05',
    text: `Nicolás Maduro will visit Turkey on Friday, his office said.\n\n${CONTEXT}`,
    entities: ENTITIES,
    claims: [{ text: 'Nicolás Maduro will visit Turkey on Friday', modality: 'expected', via: [anonymousHop('his office', 'official')], about: ABOUT }],
    events: [{ sentence: 'Nicolás Maduro will visit Turkey on Friday', trigger: 'visit', type: 'visit', actors: [MADURO], place: TURKEY, from: '2026-01-09', modality: 'expected' }],
  })
  const noShow = article({
    id: 'no-show',
    outlet: 'Valmora Times',
    published: '2026-01-10',
    text: `Nicolás Maduro did not visit Turkey on Friday.\n\n${CONTEXT}`,
    entities: ENTITIES,
    events: [{ sentence: 'Nicolás Maduro did not visit Turkey on Friday.', trigger: 'visit', type: 'visit', actors: [MADURO], place: TURKEY, from: '2026-01-09', negated: true }],
  })
  const claim = claimOf(computeStoryGraph([noShow, expected]), 'visit-plan')
  assert.equal(claim.status, 'refuted')
  assert.deepEqual(claim.history.map((h) => h.status), ['single-source', 'refuted'])
  assert.match(claim.history[1]!.reason, /did not happen/)
})

test('a rejection overtakes only speculation on what was refused, not everything naming the one who refused', () => {
  const won = article({
    id: 'won',
    outlet: 'Harbor Ledger',
    published: '2026-01-02',
    text: `Nicolás Maduro will have won another round if nothing happens, an analyst said.\n\n${CONTEXT}`,
    entities: [ENTITIES[1]],
    claims: [{ text: 'Nicolás Maduro will have won another round if nothing happens', modality: 'conditional', via: [anonymousHop('an analyst', 'analyst')], about: [MADURO] }],
  })
  const refusal = article({
    id: 'refusal',
    outlet: 'Valmora Times',
    published: '2026-01-05',
    text: `Nicolás Maduro refused exile in Turkey on Sunday. The refusal leaves Turkey with fewer options.\n\n${CONTEXT}`,
    entities: ENTITIES,
    events: [
      { sentence: 'Nicolás Maduro refused exile in Turkey on Sunday.', trigger: 'exile', type: 'exile', actors: [MADURO], place: TURKEY, from: '2026-01-04' },
      { sentence: 'Nicolás Maduro refused exile in Turkey on Sunday.', trigger: 'refused', type: 'rejection', actors: [MADURO], place: TURKEY, from: '2026-01-04' },
      // No one refuses here: "the refusal" with a wrongly read target must not overtake anything.
      { sentence: 'The refusal leaves Turkey with fewer options.', trigger: 'refusal', type: 'rejection', targets: [TURKEY] },
    ],
  })
  assert.deepEqual(claimOf(computeStoryGraph([refusal, won]), 'won').history.map((h) => h.status), ['single-source'])
})

test('an undated report that something did not happen leaves a dated claim of it alone', () => {
  const meeting = article({
    id: 'meeting',
    outlet: 'Harbor Ledger',
    published: '2026-01-05',
    text: `Nicolás Maduro met the envoy of Turkey on Friday, officials said.\n\n${CONTEXT}`,
    entities: ENTITIES,
    claims: [{ text: 'Nicolás Maduro met the envoy of Turkey on Friday', modality: 'asserted', via: [anonymousHop('officials', 'official')], about: ABOUT }],
    events: [{ sentence: 'Nicolás Maduro met the envoy of Turkey on Friday', trigger: 'met', type: 'meeting', actors: [MADURO], targets: [TURKEY], from: '2026-01-02' }],
  })
  const never = article({
    id: 'never',
    outlet: 'Valmora Times',
    published: '2026-01-08',
    text: `Nicolás Maduro does not negotiate with Turkey.\n\n${CONTEXT}`,
    entities: ENTITIES,
    events: [{ sentence: 'Nicolás Maduro does not negotiate with Turkey.', trigger: 'negotiate', type: 'meeting', actors: [MADURO], targets: [TURKEY], negated: true }],
  })
  assert.deepEqual(claimOf(computeStoryGraph([never, meeting]), 'meeting').history.map((h) => h.status), ['single-source'])
})

test('an event elsewhere in the sentence of a claim is not what the claim says, so a later report of it settles nothing', () => {
  const help = article({
    id: 'help',
    outlet: 'Harbor Ledger',
    published: '2026-01-05',
    text: `After Nicolás Maduro was arrested in Turkey, officials said they were working closely with the police.\n\n${CONTEXT}`,
    entities: ENTITIES,
    claims: [{ text: 'they were working closely with the police', modality: 'asserted', via: [anonymousHop('officials', 'official')], about: [] }],
    events: [{ sentence: 'After Nicolás Maduro was arrested in Turkey', trigger: 'arrested', type: 'arrest', targets: [MADURO], place: TURKEY }],
  })
  const arrest = article({
    id: 'arrest',
    outlet: 'Valmora Times',
    published: '2026-01-06',
    text: `Nicolás Maduro was arrested in Turkey.\n\n${CONTEXT}`,
    entities: ENTITIES,
    events: [{ sentence: 'Nicolás Maduro was arrested in Turkey.', trigger: 'arrested', type: 'arrest', targets: [MADURO], place: TURKEY }],
  })
  assert.deepEqual(claimOf(computeStoryGraph([arrest, help]), 'help').history.map((h) => h.status), ['single-source'])
})

test('the same claim reported by the same origin twice in one article is one source', () => {
  const twice = article({
    id: 'twice',
    outlet: 'Harbor Ledger',
    published: '2026-01-04',
    text: `${OFFER}, officials said. Later, officials repeated that ${OFFER}.\n\n${CONTEXT}`,
    entities: ENTITIES,
    claims: [0, 1].map((nth) => ({ text: OFFER, nth, modality: 'asserted' as const, via: [anonymousHop('officials', 'official')], about: ABOUT })),
  })
  const claim = claimOf(computeStoryGraph([twice]), 'twice')
  assert.equal(claim.sources.length, 1)
  assert.equal(claim.independentSources, 1)
})

test('a speculation bounded in time is refuted once the storyline reports on after its window with no such event', () => {
  const warning = article({
    id: 'warning',
    outlet: 'Harbor Ledger',
    published: '2026-01-02',
    text: `Nicolás Maduro could announce new elections by Sunday, analysts said.\n\n${CONTEXT}`,
    entities: [ENTITIES[1]],
    times: [['by Sunday', '2026-01-02', '2026-01-04']],
    claims: [{ text: 'Nicolás Maduro could announce new elections by Sunday', modality: 'speculative', via: [anonymousHop('analysts', 'analyst')], about: [MADURO] }],
    events: [{ sentence: 'Nicolás Maduro could announce new elections by Sunday', trigger: 'elections', type: 'election', actors: [MADURO], modality: 'speculative' }],
  })
  const inWindow = article({
    id: 'saturday',
    outlet: 'Valmora Times',
    published: '2026-01-03',
    text: `Crowds gathered in Caracas on Saturday as Nicolás Maduro stayed silent.\n\n${CONTEXT}`,
    entities: [ENTITIES[1]],
  })
  const after = article({
    id: 'monday',
    outlet: 'Valmora Times',
    published: '2026-01-05',
    text: `Nicolás Maduro spoke for two hours on Monday about the economy.\n\n${CONTEXT}`,
    entities: [ENTITIES[1]],
  })
  const claim = claimOf(computeStoryGraph([after, inWindow, warning]), 'warning')
  assert.deepEqual(claim.history.map((h) => [h.status, h.article]), [['single-source', 'warning'], ['refuted', 'monday']])
  assert.match(claim.history[1]!.reason, /time passed/)
})

test('an expected event is confirmed only by a report from after its interval began, even a few days late', () => {
  const plan = article({
    id: 'plan',
    outlet: 'Harbor Ledger',
    published: '2026-01-02',
    text: `Nicolás Maduro is expected to visit Turkey next week, his office said.\n\n${CONTEXT}`,
    entities: ENTITIES,
    claims: [{ text: 'Nicolás Maduro is expected to visit Turkey next week', modality: 'expected', via: [anonymousHop('his office', 'official')], about: ABOUT }],
    events: [{ sentence: 'Nicolás Maduro is expected to visit Turkey next week', trigger: 'visit', type: 'visit', actors: [MADURO], place: TURKEY, from: '2026-01-05', to: '2026-01-11', modality: 'expected' }],
  })
  const preparations = article({
    id: 'preparations',
    outlet: 'Valmora Times',
    published: '2026-01-03',
    text: `Officials prepared for the visit of Nicolás Maduro to Turkey.\n\n${CONTEXT}`,
    entities: ENTITIES,
    events: [{ sentence: 'Officials prepared for the visit of Nicolás Maduro to Turkey.', trigger: 'visit', type: 'visit', actors: [MADURO], place: TURKEY }],
  })
  const arrival = article({
    id: 'arrival',
    outlet: 'Valmora Times',
    published: '2026-01-15',
    text: `Nicolás Maduro arrived in Turkey on Wednesday for a two-day visit.\n\n${CONTEXT}`,
    entities: ENTITIES,
    events: [{ sentence: 'Nicolás Maduro arrived in Turkey on Wednesday for a two-day visit.', trigger: 'visit', type: 'visit', actors: [MADURO], place: TURKEY, from: '2026-01-14' }],
  })
  const claim = claimOf(computeStoryGraph([arrival, preparations, plan]), 'plan')
  assert.deepEqual(claim.history.map((h) => [h.status, h.article]), [['single-source', 'plan'], ['confirmed', 'arrival']])
})

const STORM = 'Storm Wenna battered the island of Corvale on Tuesday, flooding the harbour and cutting power to most of the coast.'
const storm = (spec: { id: string; outlet: string; published: string; text: string; claims?: Parameters<typeof article>[0]['claims']; events?: Parameters<typeof article>[0]['events'] }) =>
  article({ ...spec, text: `${spec.text}\n\n${STORM}`, entities: [['PLACE', 'Corvale', 'Corvale']] })
const CORVALE = entityId('PLACE', 'Corvale')

test('a death toll is corroborated by independent counts, not confirmed by a later report that the storm happened', () => {
  const toll = 'the storm killed at least 14 people on Corvale'
  const first = storm({
    id: 'toll-1',
    outlet: 'Harbor Ledger',
    published: '2026-03-04',
    text: `Rescuers said ${toll}.`,
    claims: [{ text: toll, modality: 'asserted', via: [anonymousHop('rescuers', 'participant')], about: [CORVALE] }],
    events: [{ sentence: toll, trigger: 'storm', type: 'storm', place: CORVALE, from: '2026-03-03' }],
  })
  const recap = storm({
    id: 'recap',
    outlet: 'Valmora Times',
    published: '2026-03-05',
    text: 'The storm hit Corvale on Tuesday night.',
    events: [{ sentence: 'The storm hit Corvale on Tuesday night.', trigger: 'storm', type: 'storm', place: CORVALE, from: '2026-03-03' }],
  })
  const second = storm({
    id: 'toll-2',
    outlet: 'Island Post',
    published: '2026-03-06',
    text: `The island's governor said ${toll}.`,
    claims: [{ text: toll, modality: 'asserted', via: [personHop('Ilse Marr')], about: [CORVALE] }],
  })
  const claim = claimOf(computeStoryGraph([second, recap, first]), 'toll-1')
  assert.deepEqual(claim.history.map((h) => [h.status, h.article]), [['single-source', 'toll-1'], ['corroborated', 'toll-2']])
})

// "severed", a damage trigger the events stage reads as a verb: the claim's main proposition (story/claim-predicate.ts).
const suspicion = 'the trawler Kestrel severed the power line to Corvale'
/** Police name a suspect for the cut line: the claim the next two tests follow. */
const suspectReport = () =>
  storm({
    id: 'suspect',
    outlet: 'Harbor Ledger',
    published: '2026-03-04',
    text: `Police said ${suspicion}.`,
    claims: [{ text: suspicion, modality: 'asserted', via: [anonymousHop('police', 'official')], about: [CORVALE] }],
    events: [{ sentence: suspicion, trigger: 'severed', type: 'damage', place: CORVALE }],
  })

test('an article carrying the claim does not confirm it, so a later independent denial contests it', () => {
  const police = suspectReport()
  const relayed = storm({
    id: 'relayed',
    outlet: 'Valmora Times',
    published: '2026-03-05',
    text: `Police told the Harbor Ledger that ${suspicion}. The line to Corvale was cut on Tuesday.`,
    claims: [{ text: suspicion, modality: 'asserted', via: [outletHop('Harbor Ledger'), anonymousHop('police', 'official')], about: [CORVALE] }],
    events: [{ sentence: 'The line to Corvale was cut on Tuesday.', trigger: 'cut', type: 'damage', place: CORVALE }],
  })
  const owner = storm({
    id: 'owner',
    outlet: 'Island Post',
    published: '2026-03-06',
    text: `Its owner, Brenna Falk, denied that ${suspicion}.`,
    claims: [{ text: suspicion, modality: 'denied', via: [personHop('Brenna Falk')], about: [CORVALE] }],
  })
  const claim = claimOf(computeStoryGraph([owner, relayed, police]), 'suspect')
  assert.deepEqual(claim.history.map((h) => [h.status, h.article]), [['single-source', 'suspect'], ['contested', 'owner']])
})

test('a rejection of what a speculation proposed refutes it, though the speculation does not name who rejected it', () => {
  const spec = 'Turkey could put forward a refuge plan to calm the crisis'
  const idea = article({
    id: 'idea',
    outlet: 'Harbor Ledger',
    published: '2026-01-02',
    text: `${spec}, analysts wrote.\n\n${CONTEXT}`,
    entities: [ENTITIES[0]],
    claims: [{ text: spec, modality: 'speculative', via: [anonymousHop('analysts', 'analyst')], about: [TURKEY] }],
    events: [{ sentence: spec, trigger: 'refuge', type: 'exile', actors: [TURKEY], modality: 'speculative' }],
  })
  const no = 'Nicolás Maduro turned down a Turkish offer of refuge on Friday.'
  const refusal = article({
    id: 'turned-down',
    outlet: 'Valmora Times',
    published: '2026-01-10',
    text: `${no}\n\n${CONTEXT}`,
    entities: [['PLACE', 'Turkey', 'Turkish'], ENTITIES[1]],
    events: [
      { sentence: no, trigger: 'turned down', type: 'rejection', actors: [MADURO], from: '2026-01-09' },
      { sentence: no, trigger: 'refuge', type: 'exile', actors: [MADURO], targets: [TURKEY], from: '2026-01-09' },
    ],
  })
  const claim = claimOf(computeStoryGraph([refusal, idea]), 'idea')
  assert.deepEqual(claim.history.map((h) => [h.status, h.article]), [['single-source', 'idea'], ['refuted', 'turned-down']])
})

test('death counts are read as digits in either word order, lower bounds marked, and other numbers are not counts of the dead', () => {
  assert.deepEqual([...deathFigures('The flood killed at least three people and injured 40 on Corvale')], ['+3'])
  assert.deepEqual([...deathFigures('reports that more than 100 people had died on Corvale')], ['+100'])
  assert.deepEqual([...deathFigures('Officials said 1,204 people died; the toll stood at 1,210.')], ['1204', '1210'])
  assert.deepEqual([...deathFigures('Murieron dos personas en Corvale')], ['2'])
  assert.deepEqual([...deathFigures('A magnitude 5.1 quake struck at 3 a.m., damaging 12 houses')], [])
})

test('a toll that names its disaster before the figure still gives the figure', () => {
  assert.deepEqual([...deathFigures("The death toll from Monday's flood on the Corvale coast has climbed to 27")], ['27'])
  assert.deepEqual([...deathFigures('The toll of the storm across the northern provinces now stands at 12')], ['12'])
  assert.deepEqual([...deathFigures('The toll road from the coast rose in price by 12 percent')], [])
})

test('two origins giving the same death count in different wording are one corroborated claim', () => {
  const first = storm({
    id: 'count-a',
    outlet: 'Harbor Ledger',
    published: '2026-03-04',
    text: 'The storm flattened sea walls on Corvale, killing three people and injuring 40, the coastguard said.',
    claims: [{ text: 'The storm flattened sea walls on Corvale, killing three people and injuring 40', modality: 'asserted', via: [anonymousHop('the coastguard', 'official')], about: [CORVALE] }],
  })
  const second = storm({
    id: 'count-b',
    outlet: 'Island Post',
    published: '2026-03-05',
    text: 'Three residents of Corvale died when their roof gave way during the night, the mayor, Ilse Marr, said.',
    claims: [{ text: 'Three residents of Corvale died when their roof gave way during the night', modality: 'asserted', via: [personHop('Ilse Marr')], about: [CORVALE] }],
  })
  const claim = claimOf(computeStoryGraph([second, first]), 'count-a')
  assert.deepEqual(claim.sources.map((s) => s.article), ['count-a', 'count-b'])
  assert.equal(claim.independentSources, 2)
  assert.equal(claim.status, 'corroborated')
})

test('a confirmed claim denied later by an independent origin is contested again, and events the denial accepts do not settle it anew', () => {
  const police = suspectReport()
  const cut = 'The line to Corvale was cut on Tuesday.'
  const damage = { sentence: cut, trigger: 'cut', type: 'damage', place: CORVALE }
  const report = storm({ id: 'report', outlet: 'Valmora Times', published: '2026-03-05', text: cut, events: [damage] })
  const owner = storm({
    id: 'owner',
    outlet: 'Island Post',
    published: '2026-03-06',
    text: `Its owner, Brenna Falk, denied that ${suspicion}. ${cut}`,
    claims: [{ text: suspicion, modality: 'denied', via: [personHop('Brenna Falk')], about: [CORVALE] }],
    events: [damage],
  })
  const later = storm({ id: 'later', outlet: 'Coast Courier', published: '2026-03-09', text: cut, events: [damage] })
  const claim = claimOf(computeStoryGraph([later, owner, report, police]), 'suspect')
  assert.deepEqual(claim.history.map((h) => [h.status, h.article]), [
    ['single-source', 'suspect'],
    ['confirmed', 'report'],
    ['contested', 'owner'],
  ])
  assert.equal(claim.status, 'contested')
})

test('a later report of an event inside a claim’s purpose clause does not confirm it: that is not what the claim says', () => {
  const plan = 'it would send a survey ship to help map the damage on Corvale'
  const navy = storm({
    id: 'navy',
    outlet: 'Harbor Ledger',
    published: '2026-03-04',
    text: `The navy said ${plan}.`,
    claims: [{ text: plan, modality: 'expected', via: [anonymousHop('the navy', 'official')], about: [CORVALE] }],
    events: [{ sentence: plan, trigger: 'damage', type: 'damage', place: CORVALE, modality: 'expected' }],
  })
  const found = 'Divers found damage to the harbour wall on Corvale.'
  const divers = storm({ id: 'divers', outlet: 'Valmora Times', published: '2026-03-06', text: found, events: [{ sentence: found, trigger: 'damage', type: 'damage', place: CORVALE }] })
  assert.deepEqual(claimOf(computeStoryGraph([divers, navy]), 'navy').history.map((h) => h.status), ['single-source'])
})

test('a claim that names who did it is confirmed by a report naming that agent, not by one naming nobody or one that only suspects it', () => {
  const KESTREL = entityId('ORG', 'Kestrel Fishing')
  const TARN = entityId('ORG', 'Tarn Mutual')
  const cable = (spec: { id: string; published: string; text: string; claims?: Parameters<typeof article>[0]['claims']; events?: Parameters<typeof article>[0]['events'] }) =>
    article({
      ...spec,
      outlet: `Outlet ${spec.id}`,
      text: `${spec.text}\n\n${STORM}`,
      entities: ([['PLACE', 'Corvale'], ['ORG', 'Kestrel Fishing'], ['ORG', 'Tarn Mutual']] as const)
        .filter(([, name]) => spec.text.includes(name))
        .map(([type, name]) => [type, name, name] as const),
    })
  const deed = 'Kestrel Fishing had severed the power line to Corvale'
  const police = cable({
    id: 'police',
    published: '2026-03-04',
    text: `Police said ${deed}.`,
    claims: [{ text: deed, modality: 'asserted', via: [anonymousHop('police', 'official')], about: [KESTREL, CORVALE] }],
    events: [{ sentence: deed, trigger: 'severed', type: 'damage', actors: [KESTREL], place: CORVALE }],
  })
  const line = 'The severed line to Corvale was pulled ashore.'
  const unnamed = cable({ id: 'unnamed', published: '2026-03-05', text: line, events: [{ sentence: line, trigger: 'severed', type: 'damage', place: CORVALE }] })
  const guess = 'Kestrel Fishing severed it near Corvale'
  const insurer = cable({
    id: 'insurer',
    published: '2026-03-06',
    text: `Tarn Mutual suspects that ${guess}.`,
    claims: [{ text: guess, modality: 'speculative', via: [anonymousHop('Tarn Mutual', 'expert')], about: [TARN] }],
    events: [{ sentence: guess, trigger: 'severed', type: 'damage', actors: [KESTREL], place: CORVALE }],
  })
  const named = 'Kestrel Fishing severed the line near Corvale, the coast guard found.'
  const guard = cable({ id: 'guard', published: '2026-03-08', text: named, events: [{ sentence: named, trigger: 'severed', type: 'damage', actors: [KESTREL], place: CORVALE }] })
  const claim = claimOf(computeStoryGraph([guard, insurer, unnamed, police]), 'police')
  assert.deepEqual(claim.history.map((h) => [h.status, h.article]), [
    ['single-source', 'police'],
    ['confirmed', 'guard'],
  ])
})
