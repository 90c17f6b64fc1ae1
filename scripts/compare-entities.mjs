// Compares this build's entities stage with another build's, for speed work that must not move
// the output. Usage (after `npm run build` in both):
//   node scripts/compare-entities.mjs BASE_ROOT [--data DIR] [--time ROUNDS]
// BASE_ROOT is another checkout with its own dist/ (e.g. `git worktree add /tmp/base main` + tsc).
// Same output: the stage's entities and the bare tagger's spans, compared as JSON, on the example
// corpus, every fixture the readers take, the linking fixture sentences, the bench pages and, with
// --data, every NER training and held-out text. Exits 1 on any difference.
// --time: both builds in this one process, alternating, over the bench pages (full stage, KB and
// rules only, tagger alone); prints the CPU-time ratio per part (best of ROUNDS, and the median round).
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const arg = (name) => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const baseRoot = process.argv[2]
if (!baseRoot || baseRoot.startsWith('--')) {
  process.stderr.write('usage: node scripts/compare-entities.mjs BASE_ROOT [--data DIR] [--time ROUNDS]\n')
  process.exit(2)
}

const dist = (p) => join(root, 'dist', p)
const { extractItem } = await import(dist('extract/index.js'))
const { isInputFailure, readPaths } = await import(dist('ingest/read-paths.js'))
const { toDoc } = await import(dist('engine/analyze.js'))
const { createDoc, emptyMeta, withLayers } = await import(dist('doc/doc.js'))
const { sentencesAnnotator, splitSentences, tokenize } = await import(dist('nlp/sentences/index.js'))
const { loadSource, TRAINING_SOURCES, HELD_OUT_SOURCES } = await import(dist('nlp/entities/tagger/sources.js'))
const { goldText } = await import(dist('nlp/entities/tagger/text.js'))

/** The entities stage of the build at `at`, whole and in its parts. */
async function stage(at) {
  const m = async (p) => import(join(resolve(at), 'dist', 'nlp/entities', p))
  const { findEntities } = await m('index.js')
  const { gazetteer } = await m('kb.js')
  const { groupMentions } = await m('group.js')
  const { MentionFinder } = await m('mentions.js')
  const { sentenceNumbers, tagUnits } = await m('tagger/index.js')
  const { toUnits } = await m('units.js')
  const kb = gazetteer()
  return {
    full: (d) => findEntities(d),
    rules: (d) => {
      const units = toUnits(d.text, d.layers.tokens)
      return groupMentions(d.text, new MentionFinder(d.text, units, d.layers.sentences, kb).find(), d.meta, kb)
    },
    tagger: (d) => {
      const units = toUnits(d.text, d.layers.tokens)
      return tagUnits(d.text, units, sentenceNumbers(units, d.layers.sentences), kb)
    },
  }
}

const withSentences = (d) => withLayers(d, sentencesAnnotator.annotate(d))
const plainDoc = (text) => createDoc(text, emptyMeta('compare'), { sentences: splitSentences(text), tokens: tokenize(text) })

/** Articles the readers make of `dir`, with their sentences and tokens. */
async function articleDocs(dir) {
  const out = []
  for await (const item of readPaths([dir])) {
    if (isInputFailure(item)) continue
    let articles = []
    try {
      articles = extractItem(item).articles
    } catch {
      // Fixtures of failing inputs: nothing to compare.
    }
    for (const a of articles) out.push({ id: a.meta.source, doc: withSentences(toDoc(a)) })
  }
  return out
}

function benchPages() {
  const found = []
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(join(dir, e.name))
      else if (/\.html?$/i.test(e.name)) found.push(join(dir, e.name))
    }
  }
  walk(join(root, 'examples', 'corpus'))
  walk(join(root, 'fixtures', 'extract'))
  return found
}

const bench = (await Promise.all(benchPages().map((p) => articleDocs(p)))).flat()
const docs = [...(await articleDocs(join(root, 'examples', 'corpus'))), ...(await articleDocs(join(root, 'fixtures'))), ...bench]
const linking = join(root, 'fixtures', 'linking')
for (const f of readdirSync(linking)) {
  for (const line of readFileSync(join(linking, f), 'utf8').split('\n').filter(Boolean)) docs.push({ id: `linking/${f}`, doc: plainDoc(JSON.parse(line).text) })
}
const data = arg('--data')
if (data) {
  for (const s of [...HELD_OUT_SOURCES, ...TRAINING_SOURCES]) for (const g of loadSource(resolve(data), s).map(goldText)) docs.push({ id: `${s} ${g.id}`, doc: plainDoc(g.text) })
}

const base = await stage(baseRoot)
const ours = await stage(root)
let differ = 0
for (const { id, doc } of docs) {
  for (const part of ['full', 'tagger']) {
    if (JSON.stringify(base[part](doc)) === JSON.stringify(ours[part](doc))) continue
    differ++
    process.stdout.write(`differs (${part === 'full' ? 'entities' : 'tagger'}): ${id}\n`)
  }
}
process.stdout.write(`${docs.length} documents, ${differ} differences\n`)

const rounds = Number(arg('--time') ?? 0)
if (rounds > 0) {
  const words = bench.reduce((n, { doc }) => n + (doc.text.match(/\S+/g)?.length ?? 0), 0)
  const cpu = (run) => {
    const start = process.cpuUsage()
    for (let pass = 0; pass < 5; pass++) for (const { doc } of bench) run(doc)
    const used = process.cpuUsage(start)
    return (used.user + used.system) / 1e6
  }
  for (const part of ['full', 'rules', 'tagger']) {
    cpu(base[part])
    cpu(ours[part])
    let bestBase = Infinity
    let bestOurs = Infinity
    const ratios = []
    for (let r = 0; r < rounds; r++) {
      // Alternate which goes first, so neither always runs on a warmer cache.
      const [a, b] = r % 2 ? [cpu(ours[part]), cpu(base[part])] : [cpu(base[part]), cpu(ours[part])]
      const [tb, to] = r % 2 ? [b, a] : [a, b]
      bestBase = Math.min(bestBase, tb)
      bestOurs = Math.min(bestOurs, to)
      ratios.push(tb / to)
    }
    ratios.sort((x, y) => x - y)
    const rate = (s) => `${Math.round((5 * words) / s / 1000)}k`
    process.stdout.write(
      `${part.padEnd(6)} words/CPU-s base ${rate(bestBase)}, this build ${rate(bestOurs)}: ${(bestBase / bestOurs).toFixed(2)}x (best of ${rounds}), median round ${ratios[rounds >> 1].toFixed(2)}x\n`,
    )
  }
}
process.exit(differ ? 1 : 0)
