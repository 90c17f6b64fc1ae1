import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { createDoc, emptyMeta, spanText, withLayers } from '../../doc/doc.js'
import type { Doc, Entity, EntityType, EventMention } from '../../doc/types.js'
import { repoPath } from '../../util/paths.js'
import { splitSentences } from '../sentences/split.js'
import { tokenize } from '../sentences/tokens.js'
import { timesAnnotator } from '../times/index.js'
import { eventsAnnotator } from './index.js'
import { CAMEO_OF } from './lexicon.js'

/**
 * Entities are written by hand here so these tests pin the events stage alone:
 * [id, type, surface, government, nth] — every whole-word occurrence of the
 * surface is a mention, or only the nth (0-based) when given.
 */
type EntitySpec = [string, EntityType, string, boolean?, number?]

function entities(text: string, specs: readonly EntitySpec[]): Entity[] {
  const byId = new Map<string, { type: EntityType; mentions: { start: number; end: number; government?: boolean }[] }>()
  for (const [id, type, surface, government, nth] of specs) {
    const entry = byId.get(id) ?? { type, mentions: [] }
    let seen = -1
    for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
      if (/\p{L}/u.test(text[i - 1] ?? '') || /\p{L}/u.test(text[i + surface.length] ?? '')) continue
      seen++
      if (nth !== undefined && seen !== nth) continue
      // "Maduro" must not add a second mention inside "Nicolás Maduro".
      if ([...byId.values(), entry].some((e) => e.mentions.some((m) => m.start <= i && i < m.end))) continue
      entry.mentions.push(government ? { start: i, end: i + surface.length, government } : { start: i, end: i + surface.length })
    }
    byId.set(id, entry)
  }
  return [...byId].map(([id, e]) => ({ id, name: id, type: e.type, known: true, mentions: e.mentions.sort((a, b) => a.start - b.start) }))
}

function annotate(text: string, language: string | null, specs: readonly EntitySpec[], published: string | null = '2026-01-05'): Doc {
  let doc = createDoc(text, { ...emptyMeta('test'), published, language })
  doc = withLayers(doc, { sentences: splitSentences(text), tokens: tokenize(text) })
  doc = withLayers(doc, { entities: entities(text, specs) })
  doc = withLayers(doc, timesAnnotator.annotate(doc))
  return withLayers(doc, eventsAnnotator.annotate(doc))
}

/** [id, trigger text, cameo, actors, targets, place, from, to, negated, modality] */
type Row = [string, string, string | null, string[], string[], string | null, string | null, string | null, boolean, string]

function rows(doc: Doc): Row[] {
  return doc.layers.events!.map((e: EventMention) => [
    e.id, spanText(doc, e.trigger), e.cameo, [...e.actors], [...e.targets], e.place, e.from, e.to, e.negated, e.modality,
  ])
}

const fixture = (name: string): string => readFileSync(repoPath('fixtures', 'events', name), 'utf8')

const EN_ENTITIES: EntitySpec[] = [
  ['place:turkey', 'PLACE', 'Turkey'],
  ['place:turkey', 'PLACE', 'Ankara', true, 1],
  ['person:nicolas-maduro', 'PERSON', 'Nicolás Maduro'],
  ['person:nicolas-maduro', 'PERSON', 'Maduro'],
  ['place:malatya', 'PLACE', 'Malatya'],
  ['person:recep-tayyip-erdogan', 'PERSON', 'Erdoğan'],
  ['place:ankara', 'PLACE', 'Ankara', false, 0],
  ['place:venezuela', 'PLACE', 'Caracas', true],
  ['place:istanbul', 'PLACE', 'Istanbul'],
  ['org:ministry', 'ORG', 'ministry'],
]

test('English fixture: types, CAMEO roots, roles, places, intervals, polarity and modality', () => {
  const text = fixture('en-exile.txt')
  assert.deepEqual(rows(annotate(text, 'en', EN_ENTITIES)), [
    ['offer-7', 'offered', '03', ['place:turkey'], ['person:nicolas-maduro'], null, '2025-12-21', '2025-12-31', false, 'asserted'],
    // What was offered has no time of its own: late December dates the offering verb.
    ['exile-30', 'exile', null, ['place:turkey', 'person:nicolas-maduro'], [], null, null, null, false, 'asserted'],
    ['rejection-89', 'reject', '12', ['person:nicolas-maduro'], [], null, null, null, true, 'asserted'],
    // Only the rejection is negated: another trigger stands between "not" and "offer".
    ['offer-100', 'offer', '03', ['person:nicolas-maduro'], [], null, null, null, false, 'asserted'],
    ['earthquake-116', 'earthquake', null, [], [], 'place:malatya', '2026-01-04', '2026-01-04', false, 'asserted'],
    ['damage-158', 'damaging', null, [], [], 'place:malatya', '2026-01-04', '2026-01-04', false, 'asserted'],
    ['meeting-198', 'meet', '04', ['person:recep-tayyip-erdogan'], ['person:nicolas-maduro'], 'place:ankara', '2026-01-12', '2026-01-18', false, 'expected'],
    // "Ankara" acting for its government is an actor, never the place.
    ['sanction-251', 'sanctions', '16', ['place:turkey'], ['place:venezuela'], null, null, null, false, 'speculative'],
    ['rejection-272', 'refuses', '12', ['place:turkey', 'place:venezuela'], [], null, null, null, false, 'conditional'],
    ['offer-292', 'offer', '03', ['place:turkey'], [], null, null, null, false, 'question'],
    ['exile-298', 'asylum', null, ['place:turkey'], [], null, null, null, false, 'question'],
    ['rejection-313', 'refused', '12', ['person:nicolas-maduro'], ['person:recep-tayyip-erdogan'], null, null, null, false, 'asserted'],
    // "refused to meet": the meeting did not happen.
    ['meeting-324', 'meet', '04', ['person:nicolas-maduro'], ['person:recep-tayyip-erdogan'], null, null, null, true, 'asserted'],
    ['arrest-345', 'arrested', '17', [], [], 'place:istanbul', '2026-01-03', '2026-01-03', false, 'asserted'],
    // Saturday dates the arrests; when the protest was, the sentence does not say.
    ['protest-357', 'protesters', '14', [], [], 'place:istanbul', null, null, false, 'asserted'],
  ])
})

const ES_ENTITIES: EntitySpec[] = [
  ['place:turkey', 'PLACE', 'Turquía'],
  ['place:turkey', 'PLACE', 'Ankara', true, 1],
  ['person:nicolas-maduro', 'PERSON', 'Nicolás Maduro'],
  ['person:nicolas-maduro', 'PERSON', 'Maduro'],
  ['person:recep-tayyip-erdogan', 'PERSON', 'Erdoğan'],
  ['place:ankara', 'PLACE', 'Ankara', false, 0],
  ['place:malatya', 'PLACE', 'Malatya'],
  ['place:venezuela', 'PLACE', 'Caracas', true],
]

test('Spanish fixture: stems, future endings, inverted questions and "si" conditionals', () => {
  const text = fixture('es-asilo.txt')
  assert.deepEqual(rows(annotate(text, 'es', ES_ENTITIES)), [
    ['offer-8', 'ofreció', '03', ['place:turkey'], ['person:nicolas-maduro'], null, '2025-12-21', '2025-12-31', false, 'asserted'],
    ['exile-16', 'asilo', null, ['place:turkey'], ['person:nicolas-maduro'], null, null, null, false, 'asserted'],
    ['rejection-73', 'rechazó', '12', ['person:nicolas-maduro'], [], null, null, null, true, 'asserted'],
    ['offer-84', 'oferta', '03', ['person:nicolas-maduro'], [], null, null, null, false, 'asserted'],
    ['meeting-117', 'reunirá', '04', ['person:recep-tayyip-erdogan'], ['person:nicolas-maduro'], 'place:ankara', '2026-01-12', '2026-01-18', false, 'expected'],
    ['earthquake-168', 'terremoto', null, [], [], 'place:malatya', '2026-01-04', '2026-01-04', false, 'asserted'],
    ['rescue-238', 'rescate', null, [], [], 'place:malatya', '2026-01-04', '2026-01-04', false, 'asserted'],
    ['offer-293', 'propuesta', '03', ['person:nicolas-maduro'], [], null, null, null, false, 'question'],
    // Targets stop at the clause: "Ankara" after the comma acts in the next clause.
    ['rejection-315', 'rechaza', '12', ['place:venezuela'], [], null, null, null, false, 'conditional'],
    ['agreement-326', 'acuerdo', '05', ['place:venezuela'], [], null, null, null, false, 'conditional'],
    ['sanction-357', 'sanciones', '16', ['place:venezuela', 'place:turkey'], [], null, null, null, false, 'conditional'],
  ])
})

test('an event spans its sentence, ids are unique, and reporting verbs alone make no event', () => {
  const text = fixture('en-exile.txt')
  const doc = annotate(text, 'en', EN_ENTITIES)
  const events = doc.layers.events!
  assert.equal(new Set(events.map((e) => e.id)).size, events.length)
  const offer = events[0]!
  assert.equal(spanText(doc, offer), 'Turkey offered Nicolás Maduro exile in late December, two officials said.')
  assert.deepEqual({ start: offer.start, end: offer.end }, { start: 0, end: 73 })
  assert.equal(events.filter((e) => e.start >= text.indexOf('The ministry said')).length, 0)
})

test('one event per type per sentence, timed by the nearest time expression', () => {
  const text = 'After talks on Monday and a second meeting, Turkey said it will send aid next week.'
  const doc = annotate(text, 'en', [['place:turkey', 'PLACE', 'Turkey']], '2026-01-07')
  assert.deepEqual(
    doc.layers.events!.map((e) => [e.type, spanText(doc, e.trigger), e.from, e.to, e.modality]),
    [
      ['meeting', 'talks', '2026-01-05', '2026-01-05', 'asserted'],
      ['aid', 'aid', '2026-01-12', '2026-01-18', 'expected'],
    ],
  )
})

test('a question mark closes the question only: a statement before "¿…?" in the same sentence stays asserted', () => {
  // Given as one sentence, as a splitter that misses "¿" would give it.
  const text = 'Los equipos de rescate trabajaron. ¿Aceptará Maduro la propuesta?'
  let doc = createDoc(text, { ...emptyMeta('t'), published: '2026-01-05', language: 'es' })
  doc = withLayers(doc, { sentences: [{ start: 0, end: text.length }], tokens: tokenize(text), entities: [], times: [] })
  assert.deepEqual(eventsAnnotator.annotate(doc).events.map((e) => [e.type, e.modality]), [
    ['rescue', 'asserted'],
    ['offer', 'question'],
  ])
})

test('negation reaches the trigger through auxiliaries, not across a clause', () => {
  const doc = annotate("Turkey didn't offer aid, but Greece rejected the plan. Police never arrested him.", 'en', [])
  assert.deepEqual(doc.layers.events!.map((e) => [e.type, e.negated]), [
    ['offer', true],
    ['aid', false],
    ['rejection', false],
    ['arrest', true],
  ])
})

test('speculative and expected modality come from the trigger clause', () => {
  const doc = annotate('Analysts say Ankara might impose sanctions. The minister plans to visit Caracas.', 'en', [])
  assert.deepEqual(doc.layers.events!.map((e) => [e.type, e.modality]), [
    ['sanction', 'speculative'],
    ['visit', 'expected'],
  ])
})

test('getting ready for an event makes it expected', () => {
  const doc = annotate('Both sides are preparing for talks. The summit ended early.', 'en', [])
  assert.deepEqual(doc.layers.events!.map((e) => [spanText(doc, e.trigger), e.modality]), [
    ['talks', 'expected'],
    ['summit', 'asserted'],
  ])
})

test('words around a trigger can change or cancel it; names that contain trigger words are no events', () => {
  const text = 'Unions called a general strike. The envoy died of a heart attack. The International Rescue Committee said "Talks resume." The ministry of aid wrote.'
  const doc = annotate(text, 'en', [
    ['org:international-rescue-committee', 'ORG', 'International Rescue Committee'],
    ['org:ministry-of-aid', 'ORG', 'ministry of aid'],
  ])
  assert.deepEqual(doc.layers.events!.map((e) => [e.type, spanText(doc, e.trigger)]), [
    ['protest', 'strike'],
    ['meeting', 'Talks'],
  ])
})

test('a dateline place is neither actor nor target; it places a natural event only when the sentence names no place', () => {
  const text = 'MALATYA — A strong earthquake shook the region. ANKARA, Feb 10 — Turkey offered aid to Syria, officials said.'
  const doc = annotate(text, 'en', [
    ['place:malatya', 'PLACE', 'MALATYA'],
    ['place:ankara', 'PLACE', 'ANKARA'],
    ['place:turkey', 'PLACE', 'Turkey'],
    ['place:syria', 'PLACE', 'Syria'],
  ])
  assert.deepEqual(doc.layers.events!.map((e) => [e.type, e.actors, e.targets, e.place]), [
    ['earthquake', [], [], 'place:malatya'],
    ['offer', ['place:turkey'], ['place:syria'], null],
    ['aid', ['place:turkey'], ['place:syria'], null],
  ])
})

test('damage and rescues without a time of their own date from the article\'s lead disaster, not from a past one', () => {
  const text = 'A strong earthquake struck before dawn on Tuesday. It was the worst since the February 2023 earthquakes. Officials said 93 buildings had collapsed. Rescuers worked through the night.'
  const doc = annotate(text, 'en', [], '2026-02-11')
  assert.deepEqual(doc.layers.events!.map((e) => [e.type, e.from, e.to]), [
    ['earthquake', '2026-02-10', '2026-02-10'],
    ['earthquake', '2023-02-01', '2023-02-28'],
    ['damage', '2026-02-10', '2026-02-10'],
    ['rescue', '2026-02-10', '2026-02-10'],
  ])
})

test('aftershocks are their own type; "turned it down" is a rejection; an ultimatum is a demand', () => {
  const doc = annotate('A 4.6 aftershock was felt on Sunday. Maduro turned it down. Washington delivered the ultimatum.', 'en', [], '2026-02-24')
  assert.deepEqual(doc.layers.events!.map((e) => [e.type, e.cameo, spanText(doc, e.trigger)]), [
    ['aftershock', null, 'aftershock'],
    ['rejection', '12', 'turned'],
    ['demand', '10', 'ultimatum'],
  ])
})

test('a tremor is the quake itself unless its sentence speaks of aftershocks', () => {
  const doc = annotate('The tremor shook the harbour town on Sunday. Sensors logged 40 aftershocks, the largest a 4.1 tremor.', 'en', [], '2026-03-02')
  assert.deepEqual(doc.layers.events!.map((e) => [e.type, spanText(doc, e.trigger)]), [
    ['earthquake', 'tremor'],
    ['aftershock', 'aftershocks'],
  ])
})

test('the aim or a part of another event is not an event of its own', () => {
  const doc = annotate(
    'The minister will visit the port on Friday to inspect the rescue work. The mayor visited the district, walking the lanes and meeting shopkeepers. Divers joined the rescue effort.',
    'en',
    [],
    '2026-03-02',
  )
  assert.deepEqual(doc.layers.events!.map((e) => [e.type, spanText(doc, e.trigger)]), [
    ['visit', 'visit'],
    ['visit', 'visited'],
    ['rescue', 'rescue'],
  ])
  assert.equal(doc.layers.events![2]!.start, doc.text.indexOf('Divers'))
})

test("a dateline's day says when the story was filed, not when the quake struck", () => {
  const doc = annotate('LARNACA, March 4 (XW) — A strong earthquake hit the island, killing three. The quake struck on Monday.', 'en', [], '2026-03-04')
  assert.deepEqual(doc.layers.events!.map((e) => [spanText(doc, e.trigger), e.from]), [
    ['earthquake', null],
    ['quake', '2026-03-02'],
  ])
})

test("a report dates its own act told in the perfect, not another's", () => {
  const doc = annotate('The agency said on Monday it suspected the ship had damaged the cable. The agency said on Monday it had opened a probe.', 'en', [], '2026-03-04')
  assert.deepEqual(doc.layers.events!.map((e) => [spanText(doc, e.trigger), e.from]), [
    ['damaged', null],
    ['probe', '2026-03-02'],
  ])
})

test('a time counted from a quake dates what happened then, not the quake', () => {
  const doc = annotate('Divers rescued a boy 30 hours after the quake. Teams reached every village within 24 hours of the quake.', 'en', [], '2026-03-06')
  assert.deepEqual(doc.layers.events!.map((e) => [spanText(doc, e.trigger), e.from]), [
    ['rescued', null],
    ['quake', null],
    ['quake', null],
  ])
})

test('the annotator declares its contract', () => {
  assert.equal(eventsAnnotator.name, 'storytrace.events.v1')
  assert.deepEqual(eventsAnnotator.requires, ['sentences', 'tokens', 'entities', 'times'])
  assert.deepEqual(eventsAnnotator.assigns, ['events'])
})

test('every event type in the example gold has the CAMEO root the lexicon gives it (an offer of exile is 03, not 05)', () => {
  const gold = JSON.parse(readFileSync(repoPath('examples', 'gold.json'), 'utf8')) as { events: { type: string; cameo: string | null }[] }
  assert.ok(gold.events.some((e) => e.type === 'offer'))
  for (const e of gold.events) {
    assert.ok(CAMEO_OF.has(e.type), `gold type ${e.type} is not in the lexicon`)
    assert.equal(e.cameo, CAMEO_OF.get(e.type), `cameo of ${e.type}`)
  }
  assert.equal(CAMEO_OF.get('offer'), '03')
})

test('an article in a language without a lexicon has no events; unknown language reads as English', () => {
  const french = 'Le ministre a annoncé une visite officielle. Les manifestants ont protesté devant le palais.'
  assert.deepEqual(annotate(french, 'fr', []).layers.events, [])
  assert.deepEqual(annotate('Police arrested two men on Monday.', null, []).layers.events!.map((e) => e.type), ['arrest'])
})

test('ability, wishes, duty and the reported future are not asserted as done', () => {
  const text = 'Few airlines can fly the route. Farmers want tighter sanctions. Ministers said the envoys would meet in Oslo. Carriers should buy local jets.'
  const doc = annotate(text, 'en', [])
  assert.deepEqual(doc.layers.events!.map((e) => [spanText(doc, e.trigger), e.modality]), [
    ['fly', 'speculative'],
    ['sanctions', 'speculative'],
    ['meet', 'expected'],
    ['buy', 'expected'],
  ])
})

test('nouns that are no events in context: "no sign of", a bare Spanish participle', () => {
  const en = annotate('The envoy showed no sign of leaving. The two sides will sign the accord.', 'en', [])
  assert.deepEqual(en.layers.events!.map((e) => [e.type, spanText(en, e.trigger)]), [['agreement', 'sign']])
  const es = annotate('Ante cientos de vecinos reunidos en la plaza, el alcalde habló. Los ministros se han reunido en Quito.', 'es', [])
  assert.deepEqual(es.layers.events!.map((e) => [e.type, spanText(es, e.trigger)]), [['meeting', 'reunido']])
})

test('an event called off beside its trigger did not take place', () => {
  const doc = annotate('The summit was postponed. Ministers scrapped the deal. The carrier stopped selling tickets. The offer stands.', 'en', [])
  assert.deepEqual(doc.layers.events!.map((e) => [spanText(doc, e.trigger), e.negated]), [
    ['summit', true],
    ['deal', true],
    ['selling', true],
    ['offer', false],
  ])
})

test('a time beyond a clause boundary with another trigger between dates that trigger, not this one', () => {
  const text = 'Rivera said the refusal changes nothing and called for protests next week. Envoys met in Lima on Monday, officials said.'
  const doc = annotate(text, 'en', [], '2026-01-07')
  assert.deepEqual(doc.layers.events!.map((e) => [spanText(doc, e.trigger), e.from]), [
    ['refusal', null],
    ['protests', '2026-01-12'],
    ['met', '2026-01-05'],
  ])
})

test('a ship flying a flag makes no flight; a trigger word modifying a noun names a kind of thing', () => {
  const doc = annotate('The tanker, flying the flag of Palau, was held. The jet flew to Oslo. Firms bid for launch contracts amid a state aid dispute and strike action.', 'en', [])
  assert.deepEqual(doc.layers.events!.map((e) => spanText(doc, e.trigger)), ['flew'])
})

test('a future perfect is expected, and under "if" conditional, never asserted as past', () => {
  const doc = annotate('By Friday the rebels will have captured the port. If talks fail, Maduro will have won another round.', 'en', [], '2026-01-05')
  assert.deepEqual(doc.layers.events!.map((e) => [spanText(doc, e.trigger), e.modality]), [
    ['captured', 'expected'],
    ['talks', 'conditional'],
    ['won', 'conditional'],
  ])
})

test('an event not ruled out is possible, not negated', () => {
  const en = annotate('Officials did not rule out talks with Caracas. Police did not arrest him.', 'en', [])
  assert.deepEqual(en.layers.events!.map((e) => [e.type, e.negated, e.modality]), [
    ['meeting', false, 'speculative'],
    ['arrest', true, 'asserted'],
  ])
  const es = annotate('El analista no descarta una negociación con Washington.', 'es', [])
  assert.deepEqual(es.layers.events!.map((e) => [e.type, e.negated, e.modality]), [['meeting', false, 'speculative']])
})

/** [trigger text, from, to] of each event. */
function dates(doc: Doc): [string, string | null, string | null][] {
  return doc.layers.events!.map((e) => [spanText(doc, e.trigger), e.from, e.to])
}

test('a time beside a reporting verb dates the report, not the events it tells of', () => {
  // Published Monday 2026-02-09: "on Friday" is 2026-02-06, "early January" 2026-01-01..10.
  const own = annotate('The ministry confirmed on Friday that the rebels rejected a truce in early January.', 'en', [], '2026-02-09')
  assert.deepEqual(dates(own), [
    ['rejected', '2026-01-01', '2026-01-10'],
    ['truce', null, null],
  ])
  const none = annotate('Officials said on Friday that the rebels’ refusal of the truce changes little.', 'en', [], '2026-02-09')
  assert.deepEqual(dates(none), [
    ['refusal', null, null],
    ['truce', null, null],
  ])
  // A report after its time, and a noun that is the very thing reported.
  assert.deepEqual(dates(annotate('On Friday the ministry announced the evacuation.', 'en', [], '2026-02-09')), [
    ['announced', '2026-02-06', '2026-02-06'],
    ['evacuation', null, null],
  ])
  assert.deepEqual(dates(annotate('Police confirmed the arrest on Friday.', 'en', [], '2026-02-09')), [['arrest', null, null]])
  // An act told in the perfect was done by the time of the report: the report's day is the only one given.
  assert.deepEqual(dates(annotate('The prosecutor said on Friday it had opened an investigation.', 'en', [], '2026-02-09')), [
    ['investigation', '2026-02-06', '2026-02-06'],
  ])
  // The time of what the report tells stays with it.
  assert.deepEqual(dates(annotate('The council said the city will hold talks next week.', 'en', [], '2026-02-09')), [
    ['talks', '2026-02-16', '2026-02-22'],
  ])
})

test('a noun trigger that is the object or subject of a verb trigger does not take its time', () => {
  const es = annotate('El gobierno rechazó el viernes la propuesta de tregua de los rebeldes.', 'es', [], '2026-02-09')
  assert.deepEqual(dates(es), [
    ['rechazó', '2026-02-06', '2026-02-06'],
    ['propuesta', null, null],
    ['tregua', null, null],
  ])
  const en = annotate('The army rejected the truce proposal on Friday.', 'en', [], '2026-02-09')
  assert.deepEqual(dates(en), [
    ['rejected', '2026-02-06', '2026-02-06'],
    ['truce', null, null],
    ['proposal', null, null],
  ])
  // With no verb trigger in its clause the noun keeps the clause's time.
  assert.deepEqual(dates(annotate('The truce began on Friday.', 'en', [], '2026-02-09')), [['truce', '2026-02-06', '2026-02-06']])
  assert.deepEqual(dates(annotate('The proposal came on Friday.', 'en', [], '2026-02-09')), [['proposal', '2026-02-06', '2026-02-06']])
})

test('an event in a clause after "that" that names its own party takes its actors and time from that clause, not from who said it when', () => {
  const text = "The administration said on Tuesday that Maduro's refusal would not end its push. Erdoğan said on Monday that he would visit Malatya."
  const doc = annotate(text, 'en', [
    ['org:administration', 'ORG', 'administration'],
    ['person:nicolas-maduro', 'PERSON', 'Maduro'],
    ['person:recep-tayyip-erdogan', 'PERSON', 'Erdoğan'],
    ['place:malatya', 'PLACE', 'Malatya'],
  ], '2026-01-07')
  const of = (type: string): EventMention => doc.layers.events!.find((e) => e.type === type)!
  assert.deepEqual([of('rejection').actors, of('rejection').from], [['person:nicolas-maduro'], null])
  // "he" names no party: the clause is the speaker's own; Monday is when he said it, not when he visits (dating.ts).
  assert.deepEqual([of('visit').actors, of('visit').from], [['person:recep-tayyip-erdogan'], null])
})
