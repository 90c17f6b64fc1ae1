/**
 * @module eval/storylines/corpus
 * Reading the ECB+ storyline set (docs.jsonl: {id, topic, story, text}) and
 * turning each text into an analysed Doc the story stage can read. The texts
 * carry no dates, so every Doc has published = null.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createDoc, emptyMeta } from '../../doc/doc.js'
import type { Doc, Span } from '../../doc/types.js'
import { StorytraceError } from '../../errors.js'
import { defaultPipeline } from '../../nlp/index.js'

export interface EvalDoc {
  readonly id: string
  readonly topic: string
  readonly story: string
  readonly text: string
}

/** Reads docs.jsonl under `dir`, sorted by id; malformed lines are counted, not fatal. */
export function readCorpus(dir: string, limit = Infinity): { docs: EvalDoc[]; skipped: number } {
  const file = join(dir, 'docs.jsonl')
  let raw: string
  try {
    raw = readFileSync(file, 'utf8')
  } catch (err) {
    throw new StorytraceError('E_INPUT_READ', `cannot read ${file}`, { file, cause: String(err) })
  }
  const docs: EvalDoc[] = []
  let skipped = 0
  for (const line of raw.split('\n')) {
    if (!line.trim()) continue
    try {
      const r = JSON.parse(line) as Record<string, unknown>
      if (typeof r.id !== 'string' || typeof r.text !== 'string' || r.story == null || r.topic == null) {
        skipped++
        continue
      }
      docs.push({ id: r.id, topic: String(r.topic), story: String(r.story), text: r.text })
    } catch {
      skipped++
    }
  }
  docs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { docs: docs.slice(0, limit), skipped }
}

/** One paragraph per non-blank line (ECB+ texts put a sentence on each line), trimmed of spaces. */
export function lineParagraphs(text: string): Span[] {
  const spans: Span[] = []
  const line = /[^\n]+/g
  for (let m = line.exec(text); m !== null; m = line.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length
    const body = m[0].trim()
    if (body) spans.push({ start: m.index + lead, end: m.index + lead + body.length })
  }
  return spans
}

/** Runs the default NLP pipeline over one text; the Doc's source is the ECB+ id, its date unknown. */
export function analyseText(id: string, text: string): Doc {
  const meta = { ...emptyMeta(id), language: 'en' }
  return defaultPipeline().run(createDoc(text, meta, { paragraphs: lineParagraphs(text) }))
}
