/**
 * @module nlp/sentences — the sentences-and-tokens annotator, the first NLP
 * stage: every later stage reads these two layers.
 */
import { defineAnnotator } from '../../doc/pipeline.js'
import { splitSentences } from './split.js'
import { tokenize } from './tokens.js'

export { splitSentences } from './split.js'
export { tokenize } from './tokens.js'

export const sentencesAnnotator = defineAnnotator({
  name: 'storytrace.sentences.v1',
  requires: [],
  assigns: ['sentences', 'tokens'],
  annotate: (doc) => ({ sentences: splitSentences(doc.text), tokens: tokenize(doc.text) }),
})
