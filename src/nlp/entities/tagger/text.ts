/**
 * @module nlp/entities/tagger/text — a gold document as running text, the
 * way the engine meets articles: tokens joined with spaces except where
 * English punctuation attaches, one paragraph per sentence, gold names as
 * character spans. Training and evaluation then tokenise that text with the
 * engine's own tokeniser, so the tagger learns on the units it sees at run time.
 */
import type { Span } from '../../../doc/types.js'
import type { GoldDoc } from './corpora.js'
import type { NerType } from './tags.js'

export interface TypedSpan extends Span {
  readonly type: NerType
}

export interface GoldText {
  readonly id: string
  readonly text: string
  readonly sentences: readonly Span[]
  readonly names: readonly TypedSpan[]
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}”’]|'s|’s|n't|'re|'ll|'ve|'m|'d)$/i
const NO_SPACE_AFTER = /^[([{“‘$]$/

export function goldText(doc: GoldDoc): GoldText {
  let text = ''
  const sentences: Span[] = []
  const names: TypedSpan[] = []
  for (const s of doc.sentences) {
    if (text) text += '\n\n'
    const begin = text.length
    const starts: number[] = []
    const ends: number[] = []
    s.tokens.forEach((t, i) => {
      if (i > 0 && !NO_SPACE_BEFORE.test(t) && !NO_SPACE_AFTER.test(s.tokens[i - 1]!)) text += ' '
      starts.push(text.length)
      text += t
      ends.push(text.length)
    })
    sentences.push({ start: begin, end: text.length })
    for (const n of s.names) names.push({ start: starts[n.first]!, end: ends[n.end - 1]!, type: n.type })
  }
  return { id: doc.id, text, sentences, names }
}
