/**
 * @module bench/entities — recognition and linking throughput: the full
 * entities stage (KB, rules, tagger, grouping) against the same stage
 * without the tagger (what it was before the tagger came), and the tagger
 * alone, over the same documents in the same run.
 */
import type { Doc } from '../doc/types.js'
import { findEntities } from '../nlp/entities/index.js'
import { gazetteer } from '../nlp/entities/kb.js'
import { groupMentions } from '../nlp/entities/group.js'
import { MentionFinder } from '../nlp/entities/mentions.js'
import { sentenceNumbers, tagUnits } from '../nlp/entities/tagger/index.js'
import { toUnits } from '../nlp/entities/units.js'
import { measure, type Measurement } from './timing.js'

/** `docs` must carry the sentences and tokens layers; `words` is their word count. */
export function entitiesBench(docs: readonly Doc[], words: number, budget: number): Measurement[] {
  const kb = gazetteer()
  const full = measure('entities: recognition + linking (KB, rules, tagger)', 'words', () => {
    for (const d of docs) findEntities(d)
    return words
  }, { budget })
  const rules = measure('entities: without the tagger (KB and rules only)', 'words', () => {
    for (const d of docs) {
      const units = toUnits(d.text, d.layers.tokens ?? [])
      groupMentions(d.text, new MentionFinder(d.text, units, d.layers.sentences ?? [], kb).find(), d.meta, kb)
    }
    return words
  }, { budget })
  const tagger = measure('entities: tagger alone', 'words', () => {
    for (const d of docs) {
      const units = toUnits(d.text, d.layers.tokens ?? [])
      tagUnits(d.text, units, sentenceNumbers(units, d.layers.sentences ?? []), kb)
    }
    return words
  }, { budget })
  return [full, rules, tagger]
}
