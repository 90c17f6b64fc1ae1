/**
 * @module nlp/quotes/test-doc — builds annotated docs for the quotes and
 * claims tests without the entities stage: every occurrence of each listed
 * form becomes a mention, so tests fix exactly which entities are known.
 */
import { createDoc, emptyMeta, withLayers } from '../../doc/doc.js'
import type { Claim, Doc, Entity, EntityType, Mention } from '../../doc/types.js'
import { entityId } from '../../util/text.js'
import { findClaims } from '../claims/index.js'
import { splitSentences, tokenize } from '../sentences/index.js'
import { findQuotes } from './index.js'

export interface EntitySpec {
  readonly name: string
  readonly type: EntityType
  /** Spellings to find in the text; the name itself when omitted. */
  readonly forms?: readonly string[]
}

export function testDoc(text: string, specs: readonly EntitySpec[], outlet: string | null = 'The Harbor Ledger'): Doc {
  const entities: Entity[] = specs.map((spec) => {
    const mentions: Mention[] = []
    for (const form of spec.forms ?? [spec.name]) {
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        const before = text[i - 1]
        const after = text[i + form.length]
        if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue
        mentions.push({ start: i, end: i + form.length })
      }
    }
    return { id: entityId(spec.type, spec.name), name: spec.name, type: spec.type, known: true, mentions }
  })
  const meta = { ...emptyMeta('test.txt'), outlet: outlet ? { id: entityId('OUTLET', outlet), name: outlet } : null }
  return createDoc(text, meta, { sentences: splitSentences(text), tokens: tokenize(text), entities })
}

/** The claims of a test doc, after its quotes: what a stage test of either checks the other against. */
export function claimsAfterQuotes(doc: Doc): Claim[] {
  return findClaims(withLayers(doc, { quotes: findQuotes(doc) }))
}
