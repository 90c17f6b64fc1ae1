import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { EventMention } from '../doc/types.js'
import { activeDeed, isPredicate, offeredContent, refersBack } from './claim-predicate.js'
import { spanOf } from './testkit.js'

/** An event of the sentence `text` (its whole span) triggered by the first `trigger` in it. */
function eventAt(text: string, trigger: string, type = 'x'): EventMention {
  const at = spanOf(text, trigger)
  return {
    id: `${type}-${at.start}`, type, cameo: null, start: 0, end: text.length, trigger: at,
    actors: [], targets: [], place: null, from: null, to: null, negated: false, modality: 'asserted',
  }
}

/** Whether the event triggered by `trigger` is the claim `text`'s proposition, and an active deed. */
function check(text: string, trigger: string, language: 'en' | 'es' = 'en'): { main: boolean; active: boolean } {
  const e = eventAt(text, trigger)
  return { main: isPredicate(text, { start: 0, end: text.length }, e, language), active: activeDeed(text, e, language) }
}

test('a verb trigger heading the claim is its proposition; one in a purpose, relative or "whether" clause is not', () => {
  assert.equal(check('the Halden Line offered the port authority a new berth', 'offered').main, true)
  assert.equal(check('the envoys are expected to meet in Oslo next month', 'meet').main, true)
  assert.equal(check('Lidia Varga rechazó el lunes la propuesta del puerto', 'rechazó', 'es').main, true)
  assert.equal(check('the city will lend two tugs to help assess the damage at the quay', 'damage').main, false)
  assert.equal(check('the ferry will sail at noon, which delays the strike by a week', 'strike').main, false)
  assert.equal(check('the inquiry will ask whether the crane damaged the hull', 'damaged').main, false)
  assert.equal(check('the council sent engineers para evaluar los daños', 'daños', 'es').main, false)
})

test('a noun trigger is the proposition as the object of a light verb or the subject of a verb of happening, not otherwise', () => {
  assert.equal(check('the ministry delivered an ultimatum to the union', 'ultimatum').main, true)
  assert.equal(check('the mayors held an emergency meeting on Friday', 'meeting').main, true)
  assert.equal(check('It was a binding offer', 'offer').main, true)
  assert.equal(check('the monitors recorded dozens of aftershocks overnight', 'aftershocks').main, true)
  assert.equal(check('The proposal had been made in person', 'proposal').main, true)
  assert.equal(check('A small quake struck the valley at dawn', 'quake').main, true)
  assert.equal(check('The proposal would give the port a new berth', 'proposal').main, false)
  assert.equal(check('the refusal of the offer would not end the strike', 'refusal').main, false)
  assert.equal(check('the union asked for a week to consider the proposal', 'proposal').main, false)
  assert.equal(check('divers found a rope near the damaged pier', 'damaged').main, false)
  assert.equal(check('four of the 9 damaged sheds would be pulled down', 'damaged').main, false)
})

test('an active verb is a deed with an agent; a passive or an adjective is not', () => {
  assert.equal(check('the trawler Kestrel had damaged the pier', 'damaged').active, true)
  assert.equal(check('the pier was damaged on Sunday', 'damaged').active, false)
  assert.equal(check('the damaged pier', 'damaged').active, false)
  assert.equal(check('the talks on the pier', 'talks').active, false)
})

test('a definite noun phrase refers back to a known happening; an indefinite one or a verb does not', () => {
  const back = (text: string, trigger: string): boolean => refersBack(text, eventAt(text, trigger))
  assert.equal(back('She said the refusal changes nothing.', 'refusal'), true)
  assert.equal(back("Lidia Varga's offer still stands.", 'offer'), true)
  assert.equal(back('Divers mapped the Finnish investigation zone.', 'investigation'), true)
  assert.equal(back('Divers found the damaged pier.', 'damaged'), true)
  assert.equal(back('Nadie esperaba el rechazo.', 'rechazo'), true)
  assert.equal(back('The port made an offer on Monday.', 'offer'), false)
  assert.equal(back('The port said that damage was limited.', 'damage'), false)
  assert.equal(back('The trawler damaged the pier.', 'damaged'), false)
})

test('an event a proposal or refusal in its sentence holds out is its content, not a happening', () => {
  const sentence = (text: string, ...triggers: [string, string][]): EventMention[] => triggers.map(([word, type]) => eventAt(text, word, type))
  const content = (events: EventMention[], text: string): boolean => offeredContent(text, events[1]!, events, new Set(['exile']), new Set(['offer', 'rejection']))
  const a = 'The mayor refused an offer of exile from the rebels.'
  assert.equal(content(sentence(a, ['refused', 'rejection'], ['exile', 'exile']), a), true)
  const b = 'La junta rechazó la oferta del puerto para acogerlo en el exilio.'
  assert.equal(content(sentence(b, ['oferta', 'offer'], ['exilio', 'exile']), b), true)
  const c = 'The rebels made an offer, and weeks later the mayor went into exile.'
  assert.equal(content(sentence(c, ['offer', 'offer'], ['exile', 'exile']), c), false)
})
