/**
 * @module nlp/entities — the entities annotator: KB gazetteer matching plus
 * capitalised names the KB does not know, grouped into one Entity per
 * identity per document (see mentions.ts and group.ts for the rules).
 */
import { defineAnnotator } from '../../doc/pipeline.js'
import type { Doc, Entity } from '../../doc/types.js'
import { addDemonyms } from './demonyms.js'
import { groupMentions } from './group.js'
import { gazetteer } from './kb.js'
import { MentionFinder } from './mentions.js'
import { toUnits } from './units.js'

export { lookupEntity, resolveOutlet } from './kb.js'

export function findEntities(doc: Doc): Entity[] {
  const kb = gazetteer()
  const units = toUnits(doc.text, doc.layers.tokens ?? [])
  const sentences = doc.layers.sentences ?? []
  const raw = addDemonyms(units, sentences, new MentionFinder(doc.text, units, sentences, kb).find(), kb, doc.meta.language)
  return groupMentions(doc.text, raw, doc.meta, kb)
}

export const entitiesAnnotator = defineAnnotator({
  name: 'storytrace.entities.v1',
  requires: ['sentences', 'tokens'],
  assigns: ['entities'],
  annotate: (doc) => ({ entities: findEntities(doc) }),
})
