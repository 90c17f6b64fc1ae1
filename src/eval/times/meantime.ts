/**
 * @module eval/times/meantime
 * Time-expression evaluation on MEANTIME: our times stage and chrono-node
 * over the same rebuilt texts, each anchored on the document's creation date.
 * The creation-date line under each title is left out on both sides: it is
 * the anchor itself, and TempEval-3 does not score it either. MEANTIME marks
 * time expressions only in the title, the dateline and the first four body
 * sentences (sentences 0–5; no TIMEX3 lies beyond them in its 60 English
 * files), so system expressions are scored in that part only: the rest of the
 * text is still read, as context.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createDoc, emptyMeta } from '../../doc/doc.js'
import { splitSentences } from '../../nlp/sentences/split.js'
import { timesAnnotator } from '../../nlp/times/index.js'
import { chronoTimes } from './chrono-peer.js'
import { readNaf, type GoldTimex, type NafDoc } from './naf.js'
import { addAlignment, align, emptyCounts, type Counts, type Valued } from './score.js'

/** Sentences 0–5: the part of each file with full time annotation. */
const ANNOTATED_SENTENCES = 6

export interface Miss {
  readonly doc: string
  readonly text: string
  readonly gold: string | null
  readonly system: string | null
  /** The system's text when it differs from the gold text. */
  readonly found?: string
  /** Words around the expression, for reading misses (printed, never stored). */
  readonly context: string
}

export interface SystemResult {
  readonly counts: Counts
  readonly misses: Miss[]
}

export interface CorpusResult {
  readonly corpus: string
  readonly docs: number
  readonly storytrace: SystemResult
  readonly chrono: SystemResult
}

export function ourTimes(doc: NafDoc): Valued[] {
  const meta = { ...emptyMeta(doc.name), published: doc.dct, language: 'en' }
  const d = createDoc(doc.text, meta, { sentences: splitSentences(doc.text) })
  return timesAnnotator.annotate(d).times!.map((t) => ({ start: t.start, end: t.end, value: t.value }))
}

function score(doc: NafDoc, gold: readonly GoldTimex[], system: readonly Valued[], into: SystemResult): void {
  const a = align(gold, system)
  addAlignment(into.counts, a)
  const slice = (s: Valued): string => doc.text.slice(s.start, s.end)
  const context = (s: Valued): string => doc.text.slice(Math.max(0, s.start - 50), s.end + 30).replace(/\s+/g, ' ')
  for (const [g, s] of a.pairs) {
    if (g.value !== s.value) into.misses.push({ doc: doc.id, text: slice(g), gold: g.value, system: s.value, context: context(g), ...(slice(s) !== slice(g) ? { found: slice(s) } : {}) })
  }
  for (const g of a.missed) into.misses.push({ doc: doc.id, text: slice(g), gold: g.value, system: null, context: context(g) })
  for (const s of a.spurious) into.misses.push({ doc: doc.id, text: slice(s), gold: null, system: s.value, context: context(s) })
}

export function evaluateCorpus(dir: string): CorpusResult {
  const files = readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()
  const storytrace: SystemResult = { counts: emptyCounts(), misses: [] }
  const peer: SystemResult = { counts: emptyCounts(), misses: [] }
  for (const f of files) {
    const doc = readNaf(join(dir, f))
    const dctSpans = doc.timexes.filter((t) => t.dct)
    const annotatedEnd = doc.sentences[Math.min(ANNOTATED_SENTENCES, doc.sentences.length) - 1]?.end ?? 0
    const outsideDct = (s: Valued): boolean => s.start < annotatedEnd && !dctSpans.some((d) => s.start < d.end && d.start < s.end)
    const gold = doc.timexes.filter((t) => !t.dct)
    score(doc, gold, ourTimes(doc).filter(outsideDct), storytrace)
    score(doc, gold, chronoTimes(doc.text, doc.dct).filter(outsideDct), peer)
  }
  return { corpus: dir.split('/').pop()!, docs: files.length, storytrace, chrono: peer }
}
