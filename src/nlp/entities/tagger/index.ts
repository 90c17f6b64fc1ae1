/**
 * @module nlp/entities/tagger — the statistical name tagger: an averaged
 * perceptron over hashed features with Viterbi BILOU decoding per sentence
 * (viterbi.ts), weights shipped in data/models (trained by train-main.ts). It
 * reads the entity stage's units and returns typed unit spans; the stage
 * merges them with its KB and rule mentions (see merge.ts).
 */
import type { Span } from '../../../doc/types.js'
import type { Gazetteer } from '../kb.js'
import type { Unit } from '../units.js'
import { unitFeatures } from './features.js'
import type { TaggerModel } from './model.js'
import { tagsToSpans, type UnitSpan } from './tags.js'
import { shippedModel } from './weights.js'

export type { NerType, UnitSpan } from './tags.js'

/** The sentence number of each unit. */
export function sentenceNumbers(units: readonly Unit[], sentences: readonly Span[]): Int32Array {
  const out = new Int32Array(units.length)
  let s = 0
  for (let i = 0; i < units.length; i++) {
    while (s < sentences.length - 1 && units[i]!.start >= sentences[s]!.end) s++
    out[i] = s
  }
  return out
}

/**
 * Whether units [from, to) may hold a name: news writes names capitalised,
 * so a sentence whose only capital opens it on a common lower-case word
 * ("The", "However") is left untagged, which spares the decoder a good share
 * of sentences.
 */
function mayName(units: readonly Unit[], from: number, to: number, lowercase: ReadonlySet<number>, word: Int32Array): boolean {
  for (let i = from; i < to; i++) {
    if (units[i]!.cap && (i > from || !lowercase.has(word[i]!))) return true
  }
  return false
}

/** Typed names in `units`, as unit spans in text order. */
export function tagUnits(text: string, units: readonly Unit[], sentenceOf: Int32Array, kb: Gazetteer, model: TaggerModel = shippedModel()): UnitSpan[] {
  const f = unitFeatures(text, units, sentenceOf, kb, model.lowercase)
  const tags = new Uint8Array(units.length)
  let from = 0
  while (from < units.length) {
    let to = from + 1
    while (to < units.length && sentenceOf[to] === sentenceOf[from]) to++
    if (mayName(units, from, to, model.lowercase, f.word)) model.decode(f, from, to, tags)
    from = to
  }
  return tagsToSpans(tags)
}
