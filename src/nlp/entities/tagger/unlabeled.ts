/**
 * @module nlp/entities/tagger/unlabeled — news text without name labels, read
 * from ../shared/data at training time to learn word clusters (clusters.ts).
 * None of it is an evaluation set: the Apple texts of MEANTIME and of the
 * SemEval timelines (the same Wikinews articles) and UNER PUD are left out,
 * and so is PolNeAR, whose texts come with no licence and are for
 * measurement only. Of ECB+ only topics 1–11 are read: the storyline
 * evaluation holds out topics 12–22, and the tagger feeds the story stage.
 * Bodies of HTML pages come from the engine's own extractor.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { StorytraceError } from '../../../errors.js'
import { extractHtml } from '../../../extract/html/extract.js'
import { filesUnder } from './corpora.js'

export const UNLABELED_SOURCES: readonly string[] = ['aeb/ground-truth.json', 'ecbplus/docs.jsonl', 'readability-pages']
/** The last ECB+ topic read (see above). */
const ECB_TUNING_TOPICS = 11

function read(full: string): string {
  if (!existsSync(full)) throw new StorytraceError('E_INPUT_READ', `data set not found: ${full}`, { path: full })
  return readFileSync(full, 'utf8')
}

/** The texts of one unlabeled source under `root`, in a fixed order. */
export function unlabeledTexts(root: string, source: string): string[] {
  const full = join(root, source)
  if (source.endsWith('ground-truth.json')) {
    const pages = JSON.parse(read(full)) as Record<string, { articleBody: string }>
    return Object.keys(pages).sort().map((id) => pages[id]!.articleBody)
  }
  if (source.endsWith('.jsonl')) {
    const docs = read(full).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { topic: number; text: string })
    return docs.filter((d) => d.topic <= ECB_TUNING_TOPICS).map((d) => d.text)
  }
  if (!existsSync(full)) throw new StorytraceError('E_INPUT_READ', `data set not found: ${full}`, { path: full })
  // Many readability pages are HTML edge cases with no article: those the extractor refuses are skipped.
  return filesUnder(full, 'source.html').flatMap((f) => {
    try {
      return [extractHtml(readFileSync(f, 'utf8'), f, { fetchedAt: '2026-01-01T00:00:00Z' }).text]
    } catch (err) {
      if (err instanceof StorytraceError) return []
      throw err
    }
  })
}
