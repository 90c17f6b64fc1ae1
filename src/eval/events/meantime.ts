/**
 * @module eval/events/meantime
 * The events stage over MEANTIME: each article runs through the default
 * pipeline (its creation date as publication date) and its triggers are
 * scored against the gold event mentions. MEANTIME annotates every event only
 * in the title, the dateline and the first four body sentences (CAT sentences
 * 0–5); beyond them it marks only the mentions of events linked across
 * documents. Both sides are therefore scored in sentences 0–5, the rest of the
 * text still read as context.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { analyse } from '../times/timeline-system.js'
import { readNaf } from '../times/naf.js'
import { emptyEventCounts, goldTentative, scoreEvents, type EventCounts } from './score.js'

/** Sentences 0–5: the part of each file where every event is annotated. */
const ANNOTATED_SENTENCES = 6

export interface EventMiss {
  readonly doc: string
  /** The trigger (spurious) or the gold mention (missed). */
  readonly text: string
  /** Our type, or the gold class. */
  readonly label: string
  readonly context: string
}

export interface EventCorpusResult {
  readonly corpus: string
  readonly docs: number
  readonly counts: EventCounts
  /** Our triggers that match no gold mention. */
  readonly spurious: EventMiss[]
  /** Matched triggers whose modality disagrees with the gold's (tentative against factual, either way). */
  readonly modality: EventMiss[]
}

export function evaluateEventCorpus(dir: string): EventCorpusResult {
  const files = readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()
  const counts = emptyEventCounts()
  const spurious: EventMiss[] = []
  const modality: EventMiss[] = []
  for (const f of files) {
    const naf = readNaf(join(dir, f))
    const { doc } = analyse(naf)
    const end = naf.sentences[Math.min(ANNOTATED_SENTENCES, naf.sentences.length) - 1]?.end ?? 0
    const gold = naf.events.filter((e) => e.start < end)
    const system = (doc.layers.events ?? []).filter((e) => e.trigger.start < end).map((e) => ({ ...e.trigger, type: e.type, modality: e.modality, negated: e.negated }))
    const a = scoreEvents(gold, system, counts)
    const context = (s: { start: number; end: number }): string => doc.text.slice(Math.max(0, s.start - 60), s.end + 40).replace(/\s+/g, ' ')
    for (const s of a.spurious) spurious.push({ doc: naf.id, text: doc.text.slice(s.start, s.end), label: s.type, context: context(s) })
    for (const [g, s] of a.pairs) {
      if ((s.modality === 'asserted') === goldTentative(g))
        modality.push({ doc: naf.id, text: doc.text.slice(s.start, s.end), label: `${s.type} ${s.modality}, gold ${g.time} ${g.certainty} ${g.special}`, context: context(s) })
    }
  }
  return { corpus: dir.split('/').pop()!, docs: files.length, counts, spurious, modality }
}
