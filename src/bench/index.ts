/**
 * @module bench
 * `npm run bench`: throughput per core of each stage, with the peer measured in
 * the same run where one exists (Readability.js on linkedom for extraction).
 * Options: --pages DIR (HTML pages to extract; default: the example corpus and
 * the extraction fixtures), --budget SECONDS per measurement (default 3),
 * --articles N synthetic articles for the storyline bench (default 100,000).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { withLayers } from '../doc/doc.js'
import type { Doc } from '../doc/types.js'
import { toDoc } from '../engine/analyze.js'
import { extractHtml } from '../extract/index.js'
import type { ExtractedArticle } from '../extract/types.js'
import { DEFAULT_ANNOTATORS, defaultPipeline } from '../nlp/index.js'
import { repoPath } from '../util/paths.js'
import { benchAttribution } from './attribution.js'
import { entitiesBench } from './entities.js'
import { benchExtraction } from './extraction.js'
import { benchTime, formatTimeRate } from './time.js'
import { benchStorylines, formatStorylineBench } from './storylines.js'
import { formatRate, measure, type Measurement } from './timing.js'

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) htmlFiles(p, out)
    else if (/\.html?$/i.test(name)) out.push(p)
  }
  return out
}

const budget = Number(arg('--budget') ?? 3)
const pageDir = arg('--pages')
const pages = (pageDir ? htmlFiles(pageDir) : [...htmlFiles(repoPath('examples', 'corpus')), ...htmlFiles(repoPath('fixtures', 'extract'))]).map((f) =>
  readFileSync(f, 'utf8'),
)
const FETCHED_AT = new Date().toISOString()
const results: Measurement[] = []
const report = (m: Measurement): Measurement => {
  results.push(m)
  process.stdout.write(formatRate(m) + '\n')
  return m
}

process.stdout.write(`storytrace bench — Node ${process.version}, one core, ${pages.length} HTML pages, ${budget}s per measurement\n\n`)

// Extraction: ours (body, metadata, dates, related links) against Readability.js on linkedom.
const extraction = benchExtraction(pages, budget, FETCHED_AT)
const ours = report(extraction.ours)
const peer = report(extraction.peer)
process.stdout.write(`  → storytrace / Readability = ${(ours.rate / peer.rate).toFixed(2)}x\n\n`)

// NLP: each stage alone over docs that already carry the earlier layers, then all together.
const articles: ExtractedArticle[] = []
for (const html of pages) {
  try {
    articles.push(extractHtml(html, 'bench.html', { fetchedAt: FETCHED_AT }))
  } catch {
    // skipped: no body
  }
}
const words = articles.reduce((n, a) => n + (a.text.match(/\S+/g)?.length ?? 0), 0)
let docs: Doc[] = articles.map(toDoc)
for (const stage of DEFAULT_ANNOTATORS) {
  const input = docs
  report(measure(`nlp: ${stage.name}`, 'words', () => {
    for (const d of input) stage.annotate(d)
    return words
  }, { budget }))
  docs = input.map((d) => withLayers(d, stage.annotate(d)))
}
const [withTagger, withoutTagger] = entitiesBench(docs, words, budget).map(report)
process.stdout.write(`  → entities with tagger / without = ${(withTagger!.rate / withoutTagger!.rate).toFixed(2)}x\n`)
report(benchAttribution(docs, words, budget))
const fresh = articles.map(toDoc)
const pipeline = defaultPipeline()
report(measure('nlp: whole pipeline', 'words', () => {
  for (const d of fresh) pipeline.run(d)
  return words
}, { budget }))

for (const m of benchTime(articles.map(toDoc), words, budget)) {
  results.push(m)
  process.stdout.write(formatTimeRate(m) + '\n')
}
const storyArticles = Number(arg('--articles') ?? 100_000)
process.stdout.write(`\nstory stage over ${storyArticles.toLocaleString('en')} synthetic articles, windows of 10,000:\n`)
const storylines = benchStorylines(storyArticles, 7, (line) => process.stdout.write(line + '\n'))
process.stdout.write(formatStorylineBench(storylines).join('\n') + '\n')

if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(results, null, 2) + '\n')
