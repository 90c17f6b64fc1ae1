/**
 * @module nlp/entities — the entities annotator: KB gazetteer matching plus
 * capitalised names the KB does not know, typed with the help of the
 * statistical tagger (tagger/), grouped into one Entity per identity per
 * document (see mentions.ts, tagger/merge.ts and group.ts for the rules).
 */
import { defineAnnotator } from '../../doc/pipeline.js'
import type { Doc, Entity } from '../../doc/types.js'
import { groupMentions } from './group.js'
import { gazetteer } from './kb.js'
import { MentionFinder } from './mentions.js'
import { sentenceNumbers, tagUnits } from './tagger/index.js'
import { mergeTagged } from './tagger/merge.js'
import { toUnits } from './units.js'

export { lookupEntity, resolveOutlet } from './kb.js'

export function findEntities(doc: Doc): Entity[] {
  const kb = gazetteer()
  const units = toUnits(doc.text, doc.layers.tokens ?? [])
  const sentences = doc.layers.sentences ?? []
  const raw = new MentionFinder(doc.text, units, sentences, kb).find()
  const tagged = tagUnits(doc.text, units, sentenceNumbers(units, sentences), kb)
  return groupMentions(doc.text, mergeTagged(doc.text, raw, tagged, units), doc.meta, kb)
}

export const entitiesAnnotator = defineAnnotator({
  name: 'storytrace.entities.v1',
  requires: ['sentences', 'tokens'],
  assigns: ['entities'],
  annotate: (doc) => ({ entities: findEntities(doc) }),
})
