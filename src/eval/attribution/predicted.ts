/**
 * @module eval/attribution/predicted — the quotes layer read as attribution
 * relations, to be scored against PolNeAR's.
 */
import type { Doc } from '../../doc/types.js'
import type { Relation } from './brat.js'

/**
 * One predicted relation per quote, preceded by one per attribution it is
 * reported within ("X said he realized that Y": X's saying, then X's
 * realizing), as PolNeAR annotates each; a quote with no cue of its own continues
 * the statement before it (that is how the stage finds it), so its content is
 * one more fragment of that relation, as PolNeAR annotates such runs.
 */
export function predictedRelations(doc: Doc): Relation[] {
  const out: Relation[] = []
  for (const q of doc.layers.quotes ?? []) {
    const content = { start: q.start, end: q.end }
    const previous = out.at(-1)
    if (!q.cue && previous?.content) previous.content = [...previous.content, content]
    else {
      for (const e of q.enclosing) out.push({ source: e.source.span ? [e.source.span] : null, cue: [e.cue], content: [{ start: e.content.start, end: e.content.end }] })
      out.push({ source: q.speaker.span ? [q.speaker.span] : null, cue: q.cue ? [q.cue] : null, content: [content] })
    }
  }
  return out
}
