/**
 * @module eval/entities/systems — the three recognisers the evaluation
 * compares on the same text: the full entities stage (KB, rules and tagger,
 * outlets counted as organisations, OTHER names not counted), the bare
 * tagger, and compromise as the peer. Demonyms and government readings are
 * aligned to the sets' conventions (see storytraceNames).
 */
import nlp from 'compromise'
import { createDoc, emptyMeta } from '../../doc/doc.js'
import type { EntityType } from '../../doc/types.js'
import { findEntities } from '../../nlp/entities/index.js'
import { gazetteer } from '../../nlp/entities/kb.js'
import { sentenceNumbers, tagUnits } from '../../nlp/entities/tagger/index.js'
import type { TaggerModel } from '../../nlp/entities/tagger/model.js'
import type { NerType } from '../../nlp/entities/tagger/tags.js'
import type { TypedSpan } from '../../nlp/entities/tagger/text.js'
import { toUnits } from '../../nlp/entities/units.js'
import { splitSentences, tokenize } from '../../nlp/sentences/index.js'

const STAGE_TYPES: Partial<Record<EntityType, NerType>> = { PERSON: 'PER', ORG: 'ORG', OUTLET: 'ORG', PLACE: 'LOC' }

/**
 * The stage's names as the NER sets type them. A demonym ("Swedish") mentions
 * its country but is not a name of it: the sets leave such adjectives out
 * (CoNLL-style MISC). A place standing for its government ("Beijing
 * believes") is a government mention, not a place (concepts.md), and the
 * sets tag such uses as organisations.
 */
export function storytraceNames(text: string): TypedSpan[] {
  const doc = createDoc(text, emptyMeta('eval'), { sentences: splitSentences(text), tokens: tokenize(text) })
  return findEntities(doc).flatMap((e) => {
    const type = STAGE_TYPES[e.type]
    if (!type) return []
    return e.mentions.filter((m) => m.kind !== 'demonym').map((m) => ({ start: m.start, end: m.end, type: m.government ? 'ORG' : type }))
  })
}

export function taggerNames(text: string, model?: TaggerModel): TypedSpan[] {
  const units = toUnits(text, tokenize(text))
  const spans = tagUnits(text, units, sentenceNumbers(units, splitSentences(text)), gazetteer(), model)
  return spans.map((s) => ({ start: units[s.first]!.start, end: units[s.end - 1]!.end, type: s.type }))
}

/** Abbreviations whose final "." belongs to the name ("Apple Inc."). */
const KEEPS_DOT = /(?:\b\p{L}|\bInc|\bCorp|\bLtd|\bCo|\bJr|\bSr|\bSt)\.$/u

/** compromise's offsets include the punctuation after a name ("New York."): cut it off. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let e = end
  for (;;) {
    const ch = text[e - 1]!
    if (/[\s,;:!?"”’')\]]/.test(ch) || (ch === '.' && !KEEPS_DOT.test(text.slice(start, e)))) e--
    else break
    if (e <= start) break
  }
  return { start, end: e }
}

export function compromiseNames(text: string): TypedSpan[] {
  const doc = nlp(text)
  const out: TypedSpan[] = []
  const add = (view: { json(o: object): { offset: { start: number; length: number } }[] }, type: NerType): void => {
    for (const m of view.json({ offset: true })) {
      const s = trimmed(text, m.offset.start, m.offset.start + m.offset.length)
      if (s.end > s.start) out.push({ ...s, type })
    }
  }
  add(doc.people(), 'PER')
  add(doc.organizations(), 'ORG')
  add(doc.places(), 'LOC')
  return out
}
