/**
 * @module eval/linking/main
 * Issue 4's linking measurement: of the gold mentions, how many the engine
 * links to the right identity. Two sources of gold, both written by the
 * project: the example corpus (examples/gold.json entities, run through the
 * whole pipeline as `npm run eval:gold` does) and the short texts of
 * fixtures/linking/*.jsonl (see cases.ts), scored per part ("tune",
 * "held-out") so the held-out figure stays visible.
 *
 *   node dist/eval/linking/main.js [PATH] [--no-examples] [--json] [--misses]
 *
 * PATH is a .jsonl file or a folder of them (default fixtures/linking).
 */
import { readFileSync } from 'node:fs'
import { createDoc, emptyMeta } from '../../doc/doc.js'
import type { Doc } from '../../doc/types.js'
import { canonicalMeta } from '../../engine/analyze.js'
import { mergeIdentities } from '../../nlp/entities/merge.js'
import { defaultPipeline } from '../../nlp/index.js'
import { repoPath } from '../../util/paths.js'
import { optionsOrExit, walkArgs } from '../cli-args.js'
import type { Gold } from '../gold-format.js'
import { runEngine } from '../gold.js'
import { readCases, type LinkCase } from './cases.js'
import { scoreLinks, type LinkResult } from './score.js'

interface Options {
  path: string
  examples: boolean
  json: boolean
  misses: boolean
}

const USAGE = 'usage: main.js [PATH] [--no-examples] [--json] [--misses]'

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { path: repoPath('fixtures', 'linking'), examples: true, json: false, misses: false }
  walkArgs(argv, USAGE, (arg, read) => {
    if (arg === '--no-examples') opts.examples = false
    else if (arg === '--json') opts.json = true
    else if (arg === '--misses') opts.misses = true
    else if (arg.startsWith('--')) read.unknown()
    else opts.path = arg
  })
  return opts
}

interface Scored extends LinkResult {
  readonly part: string
  readonly where: string
}

function scoreCase(c: LinkCase): Scored[] {
  const meta = canonicalMeta({ ...emptyMeta(c.where), language: c.language, outlet: c.outlet ? { id: '', name: c.outlet } : null })
  const doc = defaultPipeline().run(createDoc(c.text, meta))
  return scoreLinks(doc, c.mentions).map((r) => ({ ...r, part: c.part, where: c.where }))
}

/**
 * The example corpus's entity mentions, scored per article ("examples") and
 * again after identities made on the fly are merged across the articles of
 * each storyline the engine found ("merged", see nlp/entities/merge.ts).
 */
async function scoreExamples(): Promise<Scored[]> {
  const gold = JSON.parse(readFileSync(repoPath('examples', 'gold.json'), 'utf8')) as Gold
  const run = await runEngine(repoPath('examples', 'corpus'))
  const byFile = new Map<string, { text: string; occurrence: number; id: string }[]>()
  for (const e of gold.entities)
    for (const m of e.mentions) byFile.set(m.file, [...(byFile.get(m.file) ?? []), { text: m.text, occurrence: m.occurrence, id: e.id }])
  const docOfId = new Map([...run.docs.values()].map((d) => [d.id, d.doc]))
  const mergedOf = new Map<Doc, ReadonlyMap<string, string>>()
  for (const s of run.graph.storylines) {
    const docs = s.articles.flatMap((a) => docOfId.get(a.id) ?? [])
    const merged = mergeIdentities(docs.flatMap((d) => d.layers.entities ?? []))
    for (const d of docs) mergedOf.set(d, merged)
  }
  return [...byFile].flatMap(([file, links]): Scored[] => {
    const doc = run.docs.get(file)?.doc
    if (!doc) return links.map((gold) => ({ gold, ok: false, got: 'article missing', part: 'examples', where: file }))
    return [
      ...scoreLinks(doc, links).map((r) => ({ ...r, part: 'examples', where: file })),
      ...scoreLinks(doc, links, mergedOf.get(doc)).map((r) => ({ ...r, part: 'merged', where: file })),
    ]
  })
}

async function main(): Promise<void> {
  const opts = optionsOrExit(parseArgs)
  if (!opts) return
  const results = [...(opts.examples ? await scoreExamples() : []), ...readCases(opts.path).flatMap(scoreCase)]
  const parts = new Map<string, { correct: number; total: number }>()
  // "merged" rescores the example mentions, so "all" leaves it out.
  for (const r of results)
    for (const part of r.part === 'merged' ? [r.part] : [r.part, 'all']) {
      const p = parts.get(part) ?? { correct: 0, total: 0 }
      p.total++
      if (r.ok) p.correct++
      parts.set(part, p)
    }
  const scores = Object.fromEntries([...parts].map(([part, p]) => [part, { ...p, accuracy: p.total ? p.correct / p.total : 1 }]))
  const misses = results.filter((r) => !r.ok && r.part !== 'merged').map((r) => `${r.where} "${r.gold.text}"#${r.gold.occurrence}: want ${r.gold.id}, got ${r.got}`)
  if (opts.json) {
    console.log(JSON.stringify({ scores, misses }, null, 2))
    return
  }
  console.log('Entity linking accuracy (gold mention linked to the right identity)')
  for (const [part, s] of Object.entries(scores))
    console.log(`  ${part.padEnd(10)} ${s.accuracy.toFixed(3)}  (${s.correct}/${s.total})`)
  if (opts.misses || misses.length <= 20) for (const m of misses) console.log(`  miss: ${m}`)
  else console.log(`  ${misses.length} misses; --misses lists them`)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exitCode = 1
})
