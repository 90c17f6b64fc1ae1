/**
 * @module nlp/entities/tagger/prepare — gold text to training sentences: the
 * engine's tokens and units, gold names as unit spans, features per sentence.
 */
import { tokenize } from '../../sentences/tokens.js'
import type { Gazetteer } from '../kb.js'
import { toUnits, type Unit } from '../units.js'
import { STATIC_COUNT, unitFeatures } from './features.js'
import { sentenceNumbers } from './index.js'
import { spansToTags, type UnitSpan } from './tags.js'
import type { GoldText, TypedSpan } from './text.js'
import type { TrainingSentence } from './train.js'

/** The names as unit spans: the units lying inside each name (a name no unit fits is dropped). */
function toUnitSpans(units: readonly Unit[], names: readonly TypedSpan[]): UnitSpan[] {
  const out: UnitSpan[] = []
  let i = 0
  for (const n of names) {
    while (i < units.length && units[i]!.start < n.start) i++
    let end = i
    while (end < units.length && units[end]!.end <= n.end) end++
    if (end > i) out.push({ first: i, end, type: n.type })
    i = end
  }
  return out
}

export function trainingSentences(gold: GoldText, kb: Gazetteer, lowercase: ReadonlySet<number>): TrainingSentence[] {
  const units = toUnits(gold.text, tokenize(gold.text))
  const sentenceOf = sentenceNumbers(units, gold.sentences)
  const f = unitFeatures(gold.text, units, sentenceOf, kb, lowercase)
  const tags = spansToTags(units.length, toUnitSpans(units, gold.names))
  const out: TrainingSentence[] = []
  let from = 0
  while (from < units.length) {
    let to = from + 1
    while (to < units.length && sentenceOf[to] === sentenceOf[from]) to++
    out.push({
      features: {
        statics: f.statics.subarray(from * STATIC_COUNT, to * STATIC_COUNT),
        word: f.word.subarray(from, to),
        shape: f.shape.subarray(from, to),
        isWord: f.isWord.subarray(from, to),
        unitKey: f.unitKey.subarray(from, to),
      },
      gold: tags.subarray(from, to),
    })
    from = to
  }
  return out
}
