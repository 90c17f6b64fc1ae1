/**
 * @module nlp/entities — the entities annotator: KB gazetteer matching plus
 * capitalised names the KB does not know, typed with the help of the
 * statistical tagger (tagger/), grouped into one Entity per identity per
 * document (see mentions.ts, tagger/merge.ts and group.ts for the rules).
 */
import { defineAnnotator } from '../../doc/pipeline.js'
import type { Doc, Entity } from '../../doc/types.js'
import { addDemonyms } from './demonyms.js'
import { groupMentions } from './group.js'
import { gazetteer } from './kb.js'
import { MentionFinder } from './mentions.js'
import { sentenceNumbers, tagUnits } from './tagger/index.js'
import { hashRange } from './tagger/hashing.js'
import { mergeTagged } from './tagger/merge.js'
import { shippedModel } from './tagger/weights.js'
import { toUnits } from './units.js'
import { detectLanguage, normaliseLanguageTag } from '../../util/language.js'

export { lookupEntity, resolveOutlet } from './kb.js'

export function findEntities(doc: Doc): Entity[] {
  const kb = gazetteer()
  const units = toUnits(doc.text, doc.layers.tokens ?? [])
  const sentences = doc.layers.sentences ?? []
  // Demonyms join the rule and KB mentions before the tagger's names are merged in, so a
  // tagged "Venezuelan" is not added again as a name of its own.
  const lexicon = shippedModel().lowercase
  const common = (key: string): boolean => lexicon.has(hashRange(key, 0, key.length))
  const raw = addDemonyms(units, sentences, new MentionFinder(doc.text, units, sentences, kb, common).find(), kb, doc.meta.language)
  // The tagger learned English; in other languages its guesses are noise ("Es", "Agradezco").
  if ((normaliseLanguageTag(doc.meta.language) ?? detectLanguage(doc.text) ?? 'en') !== 'en') return groupMentions(doc.text, raw, doc.meta, kb)
  const sentenceOf = sentenceNumbers(units, sentences)
  const tagged = tagUnits(doc.text, units, sentenceOf, kb)
  return groupMentions(doc.text, mergeTagged(doc.text, raw, tagged, units, sentenceOf), doc.meta, kb)
}

export const entitiesAnnotator = defineAnnotator({
  name: 'storytrace.entities.v1',
  requires: ['sentences', 'tokens'],
  assigns: ['entities'],
  annotate: (doc) => ({ entities: findEntities(doc) }),
})
