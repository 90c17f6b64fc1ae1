/**
 * @module nlp/entities/tagger/gazetteer — what the shipped knowledge base says
 * about each unit, as a small code the tagger uses as a feature: the type of
 * the longest KB form covering the unit and the unit's place in it (the same
 * longest-match walk the rule matcher does), plus given-name and demonym
 * membership. The tagger learns how far to trust each.
 */
import type { Gazetteer, KbForm } from '../kb.js'
import { unitMatches, type Unit } from '../units.js'

const KB_TYPES = ['PERSON', 'ORG', 'PLACE', 'OUTLET'] as const
/** Flags, above the 5-bit form code. */
const GIVEN_NAME = 32
const DEMONYM = 64

/** The longest KB form at unit i: forms of two or more units by their first two keys, then one-unit forms. */
function formAt(units: readonly Unit[], sentenceOf: Int32Array, i: number, kb: Gazetteer): KbForm | undefined {
  const next = units[i + 1]
  const longer = next ? kb.byFirstTwo.get(units[i]!.key)?.get(next.key) : undefined
  return (longer && firstForm(longer, units, sentenceOf, i)) || firstForm(kb.single.get(units[i]!.key), units, sentenceOf, i)
}

function firstForm(bucket: readonly KbForm[] | undefined, units: readonly Unit[], sentenceOf: Int32Array, i: number): KbForm | undefined {
  if (!bucket) return undefined
  for (const form of bucket) {
    const len = form.units.length
    const last = i + len - 1
    if (last >= units.length || sentenceOf[last] !== sentenceOf[i]) continue
    let ok = true
    for (let k = 0; k < len && ok; k++) ok = unitMatches(form.units[k]!, units[i + k]!)
    if (ok) return form
  }
  return undefined
}

/** One code per unit: 1 + 4·type + position (0 B, 1 I, 2 L, 3 U) when a KB form covers it, else 0; plus flags. */
export function gazetteerCodes(units: readonly Unit[], sentenceOf: Int32Array, kb: Gazetteer): Uint8Array {
  const codes = new Uint8Array(units.length)
  let i = 0
  while (i < units.length) {
    const u = units[i]!
    if (u.word && kb.givenNames.has(u.key)) codes[i]! |= GIVEN_NAME
    if (u.word && kb.demonyms.has(u.key)) codes[i]! |= DEMONYM
    const form = u.word ? formAt(units, sentenceOf, i, kb) : undefined
    if (!form) {
      i++
      continue
    }
    const len = form.units.length
    const type = KB_TYPES.indexOf(form.entry.type as (typeof KB_TYPES)[number])
    const base = type < 0 ? 0 : 1 + 4 * type
    for (let k = 0; k < len; k++) {
      const pos = len === 1 ? 3 : k === 0 ? 0 : k === len - 1 ? 2 : 1
      if (k > 0 && units[i + k]!.word && kb.givenNames.has(units[i + k]!.key)) codes[i + k]! |= GIVEN_NAME
      if (base) codes[i + k]! |= base + pos
    }
    i += len
  }
  return codes
}
