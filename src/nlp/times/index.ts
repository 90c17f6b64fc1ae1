/**
 * @module nlp/times
 * The time-expressions annotator: TIMEX3 values and closed date intervals
 * anchored to the publication date, for English and Spanish.
 */
import { defineAnnotator } from '../../doc/pipeline.js'
import type { Doc } from '../../doc/types.js'
import { detectLanguage, normaliseLanguageTag } from '../../util/language.js'
import { ENGLISH } from './en.js'
import { SPANISH } from './es.js'
import { findTimes } from './find.js'
import type { TimeLanguage } from './language.js'
import { SHARED_RULES } from './shared.js'

export { findTimes } from './find.js'
export { NO_ANCHOR } from './resolve.js'

/** For languages without a rule set only dates written in digits are read. */
const DIGITS_ONLY: TimeLanguage = { code: 'und', rules: SHARED_RULES, tenseOf: () => null }

/** The rule set for the doc: its declared language, else a guess from its words, else English. */
export function timeLanguage(doc: Doc): TimeLanguage {
  const code = normaliseLanguageTag(doc.meta.language) ?? detectLanguage(doc.text) ?? 'en'
  return code === 'es' ? SPANISH : code === 'en' ? ENGLISH : DIGITS_ONLY
}

export const timesAnnotator = defineAnnotator({
  name: 'storytrace.times.v1',
  requires: ['sentences'],
  assigns: ['times'],
  annotate: (doc) => ({
    times: findTimes(doc.text, doc.layers.sentences ?? [], { lang: timeLanguage(doc), published: doc.meta.published }),
  }),
})
