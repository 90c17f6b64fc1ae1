import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { repoPath } from '../util/paths.js'
import { entityId } from '../util/text.js'
import { computeStoryGraph } from './index.js'
import { article } from './testkit.js'
import { BACKGROUND_DAYS, isCore, splitTimeline, storyFrame } from './timeline-core.js'

const TURKEY = entityId('PLACE', 'Turkey')
const QATAR = entityId('PLACE', 'Qatar')
const MADURO = entityId('PERSON', 'Nicolás Maduro')
const ENTITIES = [
  ['PLACE', 'Turkey', 'Turkey'],
  ['PLACE', 'Qatar', 'Qatar'],
  ['PERSON', 'Nicolás Maduro', 'Nicolás Maduro'],
] as const
const CONTEXT = 'The crisis around Nicolás Maduro has drawn offers of mediation from Turkey and Qatar.'

type Spec = Parameters<typeof article>[0]

/** An article of one outlet telling the sentences, then the shared context paragraph. */
function report(id: string, published: string, sentences: readonly string[], events: Spec['events'], entities: Spec['entities'] = ENTITIES) {
  return article({ id, outlet: 'Valmora Times', published, text: `${sentences.join(' ')}\n\n${CONTEXT}`, entities, events })
}

const OFFER = 'Turkey offered exile to Nicolás Maduro on January 3.'
const QATAR_OFFER = 'Qatar offered exile to Nicolás Maduro on January 3.'
const TALKS = 'Envoys from Turkey held talks with Nicolás Maduro on January 8.'
const REJECTION = 'Nicolás Maduro rejected the Turkish offer.'
const STATEMENT = 'Nicolás Maduro said he would stay.'
const ARREST = 'Police in Caracas arrested an aide of Nicolás Maduro on January 9.'

/** Published last, reports the earliest events; its rejection report has no date. */
const late = article({
  id: 'late',
  outlet: 'Valmora Times',
  published: '2026-01-10',
  text: `${OFFER} ${QATAR_OFFER} ${TALKS} ${REJECTION} ${STATEMENT}\n\n${CONTEXT}`,
  entities: ENTITIES,
  events: [
    { sentence: OFFER, trigger: 'offered', type: 'offer', actors: [TURKEY], targets: [MADURO], from: '2026-01-03' },
    { sentence: QATAR_OFFER, trigger: 'offered', type: 'offer', actors: [QATAR], targets: [MADURO], from: '2026-01-03' },
    { sentence: TALKS, trigger: 'talks', type: 'talks', actors: [TURKEY], targets: [MADURO], from: '2026-01-08' },
    { sentence: REJECTION, trigger: 'rejected', type: 'rejection', actors: [MADURO] },
    { sentence: STATEMENT, trigger: 'said', type: 'statement', actors: [MADURO] },
  ],
})

/** Published first, reports a later event. */
const early = article({
  id: 'early',
  outlet: 'Harbor Ledger',
  published: '2026-01-09',
  text: `${ARREST}\n\n${CONTEXT}`,
  entities: ENTITIES,
  events: [{ sentence: ARREST, trigger: 'arrested', type: 'arrest', targets: [MADURO], from: '2026-01-09' }],
})

/** Another report of the Turkish offer, worded differently. */
const again = article({
  id: 'again',
  outlet: 'Ankara Post',
  published: '2026-01-11',
  text: `Turkey had offered Nicolás Maduro exile a week earlier, on January 3.\n\n${CONTEXT}`,
  entities: ENTITIES,
  events: [
    { sentence: 'Turkey had offered Nicolás Maduro exile a week earlier, on January 3.', trigger: 'offered', type: 'offer', actors: [TURKEY], targets: [MADURO], from: '2026-01-03' },
  ],
})

function timeline() {
  const graph = computeStoryGraph([again, late, early])
  assert.equal(graph.storylines.length, 1)
  return graph.storylines[0]!.timeline
}

test('the timeline is ordered by event time, not by publication, and an undated event sorts at its publication day', () => {
  const entries = timeline()
  assert.deepEqual(
    entries.map((e) => [e.type, e.from, e.to]),
    [
      ['offer', '2026-01-03', '2026-01-03'],
      ['offer', '2026-01-03', '2026-01-03'],
      ['talks', '2026-01-08', '2026-01-08'],
      ['arrest', '2026-01-09', '2026-01-09'],
      ['rejection', null, null],
    ],
  )
})

test('reports of one real event in different articles merge into one entry with each reporting sentence as evidence', () => {
  const turkish = timeline().find((e) => e.type === 'offer' && e.articles.includes('again'))!
  assert.deepEqual(turkish.articles, ['late', 'again'])
  assert.equal(turkish.text, OFFER)
  const texts = [late, again].map((a) => a.doc.text)
  assert.deepEqual(
    turkish.evidence.map((ev) => texts[ev.article === 'late' ? 0 : 1]!.slice(ev.start, ev.end)),
    [OFFER, 'Turkey had offered Nicolás Maduro exile a week earlier, on January 3.'],
  )
  assert.match(turkish.event, /^ev_[0-9a-f]{12}$/)
})

test('events of one type with different actors on the same day stay separate, and statements are not events', () => {
  const entries = timeline()
  const offers = entries.filter((e) => e.type === 'offer')
  assert.equal(offers.length, 2)
  assert.deepEqual(offers.find((e) => !e.articles.includes('again'))!.text, QATAR_OFFER)
  assert.ok(entries.every((e) => e.type !== 'statement'))
})

test('background years and lone undated remarks stay off the timeline', () => {
  const RULED = 'Nicolás Maduro has held talks with Turkey since 2013.'
  const MIGHT = 'Qatar could offer exile to Nicolás Maduro.'
  const story = article({
    id: 'context',
    outlet: 'Valmora Times',
    published: '2026-01-10',
    text: `${OFFER} ${RULED} ${MIGHT}\n\n${CONTEXT}`,
    entities: ENTITIES,
    events: [
      { sentence: OFFER, trigger: 'offered', type: 'offer', actors: [TURKEY], targets: [MADURO], from: '2026-01-03' },
      { sentence: RULED, trigger: 'talks', type: 'talks', actors: [MADURO], targets: [TURKEY], from: '2013-01-01', to: '2013-12-31' },
      { sentence: MIGHT, trigger: 'offer', type: 'offer', actors: [QATAR], targets: [MADURO], modality: 'speculative' },
    ],
  })
  const entries = computeStoryGraph([story]).storylines[0]!.timeline
  assert.deepEqual(entries.map((e) => [e.type, e.from]), [['offer', '2026-01-03']])
})

test('dated or widely reported events of the key entities are core; a lone undated report is not', () => {
  const entries = timeline()
  assert.deepEqual(entries.map((e) => [e.type, e.core]), [
    ['offer', true],
    ['offer', true],
    ['talks', true],
    ['arrest', true],
    ['rejection', false],
  ])
  const { core, more } = splitTimeline(entries)
  assert.deepEqual([core.length, more.map((e) => e.type)], [4, ['rejection']])
})

test('speculation, background, other actors\' affairs and copies do not make an event core', () => {
  const frame = storyFrame([MADURO, TURKEY], '2026-01-10')
  const day = frame.firstDay!
  const base = { modality: 'asserted', endDay: day, independentArticles: 1, participants: [MADURO] }
  assert.equal(isCore(base, frame), true)
  // No participant named (an aftershock): nothing says it is about someone else.
  assert.equal(isCore({ ...base, participants: [] }, frame), true)
  assert.equal(isCore({ ...base, modality: 'speculative' }, frame), false)
  assert.equal(isCore({ ...base, modality: 'conditional' }, frame), false)
  assert.equal(isCore({ ...base, modality: 'negated' }, frame), true)
  assert.equal(isCore({ ...base, participants: [QATAR] }, frame), false)
  assert.equal(isCore({ ...base, endDay: null }, frame), false)
  assert.equal(isCore({ ...base, endDay: null, independentArticles: 2 }, frame), true)
  // An undated plan or condition is no happening on the record, however many tell of it.
  assert.equal(isCore({ ...base, endDay: null, independentArticles: 2, modality: 'expected' }, frame), false)
  assert.equal(isCore({ ...base, endDay: day - BACKGROUND_DAYS - 1 }, frame), false)
  assert.equal(isCore({ ...base, endDay: day - BACKGROUND_DAYS - 1, independentArticles: 2 }, frame), true)
})

test('stored entries from before the flag read as core', () => {
  const { core, more } = splitTimeline([{ id: 'old' }, { id: 'new', core: false }])
  assert.deepEqual([core.map((e) => e.id), more.map((e) => e.id)], [['old'], ['new']])
})

test('a copy is no second report: an undated event told by an original and its copy stays folded', () => {
  const text = readFileSync(repoPath('fixtures', 'story', 'port-strike-wire.txt'), 'utf8')
  const sentence = 'Port managers offered a four percent raise last month, which the union called an insult to families who work double shifts.'
  const spec = (id: string, outlet: string, published: string) =>
    article({
      id,
      text,
      outlet,
      published,
      entities: [['PERSON', 'Irena Kovalenko', 'Irena Kovalenko'], ['PLACE', 'Valmora', 'Valmora']],
      events: [{ sentence, trigger: 'offered', type: 'offer' }],
    })
  const graph = computeStoryGraph([spec('z-wire', 'Harbor Ledger', '2026-03-02T08:00:00Z'), spec('a-repost', 'Coastal Daily', '2026-03-02T15:00:00Z')])
  assert.deepEqual(graph.copies.map((c) => c.article), ['a-repost'])
  const offer = graph.storylines[0]!.timeline.find((e) => e.type === 'offer')!
  assert.deepEqual([offer.articles.length, offer.core], [2, false])
})

test('reports of one happening merge when roles are read loosely or when a later report joins two entries', () => {
  const CONVEYED = 'The offer was conveyed on January 3 at a meeting with envoys from Turkey.'
  const QATARI = 'Qatar offered exile to Nicolás Maduro on January 4.'
  const JOINT = 'Turkey and Qatar made the offer together, on January 3 and 4.'
  const events = {
    [OFFER]: { sentence: OFFER, trigger: 'offered', type: 'offer', actors: [TURKEY], targets: [MADURO], from: '2026-01-03' },
    // The noun trigger reads Turkey, named after it, as a target.
    [CONVEYED]: { sentence: CONVEYED, trigger: 'offer', type: 'offer', targets: [TURKEY], from: '2026-01-03' },
    [QATARI]: { sentence: QATARI, trigger: 'offered', type: 'offer', actors: [QATAR], targets: [MADURO], from: '2026-01-04' },
    [JOINT]: { sentence: JOINT, trigger: 'offer', type: 'offer', actors: [TURKEY, QATAR], from: '2026-01-03', to: '2026-01-04' },
  }
  const entries = (...sentences: (keyof typeof events)[]): number => {
    const story = article({
      id: 'loose',
      outlet: 'Valmora Times',
      published: '2026-01-10',
      text: `${sentences.join(' ')}\n\n${CONTEXT}`,
      entities: ENTITIES,
      events: sentences.map((s) => events[s]),
    })
    return computeStoryGraph([story]).storylines[0]!.timeline.length
  }
  assert.equal(entries(OFFER, CONVEYED), 1)
  // Another actor's offer is an entry of its own, until a report names both as one offer.
  assert.equal(entries(OFFER, CONVEYED, QATARI), 2)
  assert.equal(entries(OFFER, CONVEYED, QATARI, JOINT), 1)
})

test('an undated report after a dated happening of its participants tells it again; the one sharing most participants is meant', () => {
  const QATARI = 'Qatar offered exile to Nicolás Maduro on January 4.'
  const AGAIN = "Nicolás Maduro has not answered Turkey's offer."
  const dated = article({
    id: 'dated',
    outlet: 'Valmora Times',
    published: '2026-01-05',
    text: `${OFFER} ${QATARI}\n\n${CONTEXT}`,
    entities: ENTITIES,
    events: [
      { sentence: OFFER, trigger: 'offered', type: 'offer', actors: [TURKEY], targets: [MADURO], from: '2026-01-03' },
      { sentence: QATARI, trigger: 'offered', type: 'offer', actors: [QATAR], targets: [MADURO], from: '2026-01-04' },
    ],
  })
  const later = article({
    id: 'later',
    outlet: 'Harbor Ledger',
    published: '2026-01-20',
    text: `${AGAIN}\n\n${CONTEXT}`,
    entities: ENTITIES,
    events: [{ sentence: AGAIN, trigger: 'offer', type: 'offer', actors: [MADURO], targets: [TURKEY] }],
  })
  const entries = computeStoryGraph([dated, later]).storylines[0]!.timeline
  // Qatar's offer is later, but the report names Turkey too: Turkey's is the one told again.
  assert.deepEqual(entries.map((e) => [e.from, e.articles]), [
    ['2026-01-03', ['dated', 'later']],
    ['2026-01-04', ['dated']],
  ])
})

test('a definite mention ("the refusal") joins the dated happening it refers back to, whatever participants were read around it', () => {
  const REFUSED = 'Nicolás Maduro rejected the offer from Turkey on January 4.'
  const MENTION = 'Qatar said the refusal changes nothing.'
  const OWN = 'Qatar rejected calls for sanctions.'
  const dated = article({
    id: 'dated',
    outlet: 'Valmora Times',
    published: '2026-01-05',
    text: `${REFUSED}\n\n${CONTEXT}`,
    entities: ENTITIES,
    events: [{ sentence: REFUSED, trigger: 'rejected', type: 'rejection', actors: [MADURO], targets: [TURKEY], from: '2026-01-04' }],
  })
  // The speaker is read as the refuser: the mention's participants disagree with the refusal's.
  const mention = article({
    id: 'mention',
    outlet: 'Harbor Ledger',
    published: '2026-01-12',
    text: `${MENTION}\n\n${CONTEXT}`,
    entities: ENTITIES,
    events: [{ sentence: MENTION, trigger: 'refusal', type: 'rejection', actors: [QATAR] }],
  })
  const own = article({
    id: 'own',
    outlet: 'Ankara Post',
    published: '2026-01-13',
    text: `${OWN}\n\n${CONTEXT}`,
    entities: ENTITIES,
    events: [{ sentence: OWN, trigger: 'rejected', type: 'rejection', actors: [QATAR] }],
  })
  const entries = computeStoryGraph([own, mention, dated]).storylines[0]!.timeline.filter((e) => e.type === 'rejection')
  // Qatar's own rejection, a new happening told without a date, keeps its entry.
  assert.deepEqual(entries.map((e) => [e.from, e.articles]), [
    ['2026-01-04', ['dated', 'mention']],
    [null, ['own']],
  ])
})

test('one quake placed at its epicentre by one report and at a district by another is one entry; a flood there is not', () => {
  const SEA = 'A strong earthquake struck in the Ionian Sea on January 4.'
  const TOWN = 'The quake shook Lixouri on January 4.'
  const FLOOD = 'A flood hit the Ionian Sea coast on January 4.'
  const FLOOD_TOWN = 'The waters reached Lixouri on January 4.'
  const places = [...ENTITIES, ['PLACE', 'Ionian Sea', 'Ionian Sea'], ['PLACE', 'Lixouri', 'Lixouri']] as const
  const SEA_ID = entityId('PLACE', 'Ionian Sea')
  const TOWN_ID = entityId('PLACE', 'Lixouri')
  const events = [
    { sentence: SEA, trigger: 'earthquake', type: 'earthquake', place: SEA_ID, from: '2026-01-04' },
    { sentence: TOWN, trigger: 'quake', type: 'earthquake', place: TOWN_ID, from: '2026-01-04' },
    { sentence: FLOOD, trigger: 'flood', type: 'flood', place: SEA_ID, from: '2026-01-04' },
    { sentence: FLOOD_TOWN, trigger: 'waters', type: 'flood', place: TOWN_ID, from: '2026-01-04' },
  ]
  const story = report('quake', '2026-01-05', [SEA, TOWN, FLOOD, FLOOD_TOWN], events, places)
  const entries = computeStoryGraph([story]).storylines[0]!.timeline
  assert.deepEqual(entries.map((e) => e.type).sort(), ['earthquake', 'flood', 'flood'])
})

test("the story's one dated happening of a type is what an undated report of it tells again, shared participants or not", () => {
  const CUT = 'A cable off Turkey was cut on January 4.'
  const DENIED = 'Qatar denied its ship had cut the line.'
  const OTHER = 'A second cable was cut on January 8.'
  const first = report('first', '2026-01-05', [CUT], [{ sentence: CUT, trigger: 'cut', type: 'damage', from: '2026-01-04' }])
  const denial = report('denial', '2026-01-12', [DENIED], [{ sentence: DENIED, trigger: 'cut', type: 'damage', actors: [QATAR] }])
  const second = report('second', '2026-01-09', [OTHER], [{ sentence: OTHER, trigger: 'cut', type: 'damage', from: '2026-01-08' }])
  const damage = (...articles: ReturnType<typeof article>[]) =>
    computeStoryGraph(articles).storylines[0]!.timeline.filter((e) => e.type === 'damage').map((e) => [e.from, e.articles])
  assert.deepEqual(damage(first, denial), [['2026-01-04', ['first', 'denial']]])
  // With two cuts on record, nothing tells which one the denial is about.
  assert.deepEqual(damage(first, second, denial), [['2026-01-04', ['first']], ['2026-01-08', ['second']], [null, ['denial']]])
})

test('a definite mention in an article reporting a happening to come is that one, and asserts nothing of it', () => {
  const COMING = 'Envoys from Turkey will hold talks with Nicolás Maduro on January 20.'
  const MENTION = 'Aides said the meeting would cover an amnesty.'
  const plan = report('plan', '2026-01-12', [COMING, MENTION], [
    { sentence: COMING, trigger: 'talks', type: 'talks', actors: [TURKEY], targets: [MADURO], from: '2026-01-20', modality: 'expected' },
    { sentence: MENTION, trigger: 'meeting', type: 'talks' },
  ])
  const entries = computeStoryGraph([plan]).storylines[0]!.timeline
  assert.deepEqual(entries.map((e) => [e.from, e.modality, e.evidence.length]), [['2026-01-20', 'expected', 2]])
})

test('what an offer holds out ("offered Maduro exile") is no entry of its own; exile as a happening is', () => {
  const OFFERED = 'Turkey offered Nicolás Maduro exile on January 3.'
  const FLED = 'A former minister fled into exile on January 6.'
  const offer = article({
    id: 'offer',
    outlet: 'Valmora Times',
    published: '2026-01-07',
    text: `${OFFERED} ${FLED}\n\n${CONTEXT}`,
    entities: ENTITIES,
    events: [
      { sentence: OFFERED, trigger: 'offered', type: 'offer', actors: [TURKEY], targets: [MADURO], from: '2026-01-03' },
      { sentence: OFFERED, trigger: 'exile', type: 'exile', actors: [TURKEY, MADURO], from: '2026-01-03' },
      { sentence: FLED, trigger: 'fled', type: 'exile', from: '2026-01-06' },
    ],
  })
  const entries = computeStoryGraph([offer]).storylines[0]!.timeline
  assert.deepEqual(entries.map((e) => [e.type, e.from]), [
    ['offer', '2026-01-03'],
    ['exile', '2026-01-06'],
  ])
})
