/**
 * @module eval/entities/main — `npm run eval:entities`: typed exact-span F1
 * (PER/ORG/LOC) on the held-out sets — the news half of UNER English-PUD and
 * MEANTIME corpus_apple — for the full entities stage, the bare tagger, and
 * compromise run here as the peer. Refuses a model whose training sources
 * overlap a held-out set. Options: --data DIR (default ../shared/data from the
 * project root), --model FILE (default the shipped model), --json, --misses
 * (the stage's misses on each set, classified, with their sentence).
 */
import { resolve } from 'node:path'
import { StorytraceError } from '../../errors.js'
import { assertHeldOut, HELD_OUT_SOURCES, loadSource } from '../../nlp/entities/tagger/sources.js'
import { goldText, type TypedSpan } from '../../nlp/entities/tagger/text.js'
import { loadModel, SHIPPED_MODEL } from '../../nlp/entities/tagger/weights.js'
import { PROJECT_ROOT } from '../../util/paths.js'
import { emptyTally, misses, prf, score, type Miss, type Tally } from './score.js'
import { compromiseNames, storytraceNames, taggerNames } from './systems.js'

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name)
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback
}

const json = process.argv.includes('--json')
const listMisses = process.argv.includes('--misses')
const root = resolve(PROJECT_ROOT, arg('--data', '../shared/data'))
const modelPath = resolve(arg('--model', SHIPPED_MODEL))

const pct = (x: number): string => x.toFixed(3)

/** One miss on a line: its kind, the gold and predicted names, and the text around it. */
function missLine(text: string, m: Miss): string {
  const name = (s: TypedSpan | undefined): string => (s ? `${s.type} "${text.slice(s.start, s.end)}"` : '-')
  const at = (m.gold ?? m.predicted)!
  const from = Math.max(text.lastIndexOf('\n', at.start) + 1, at.start - 60)
  const to = Math.min(...[text.indexOf('\n', at.end), at.end + 60].filter((x) => x >= 0))
  return `  ${m.kind.padEnd(15)} gold ${name(m.gold).padEnd(32)} stage ${name(m.predicted).padEnd(32)} | ${text.slice(from, to)}\n`
}

try {
  const model = loadModel(modelPath)
  assertHeldOut(model.info.trainedOn)
  const systems: Record<string, (text: string) => TypedSpan[]> = {
    storytrace: storytraceNames,
    tagger: (text) => taggerNames(text, model),
    compromise: compromiseNames,
  }
  const results: { set: string; docs: number; names: number; systems: Record<string, Tally> }[] = []
  for (const source of HELD_OUT_SOURCES) {
    const docs = loadSource(root, source).map(goldText)
    const tallies: Record<string, Tally> = {}
    for (const [name, run] of Object.entries(systems)) {
      const tally = (tallies[name] = emptyTally())
      for (const d of docs) {
        const predicted = run(d.text)
        score(d.names, predicted, tally)
        if (listMisses && name === 'storytrace') {
          for (const m of misses(d.names, predicted)) process.stdout.write(`${d.id}\t${missLine(d.text, m)}`)
        }
      }
    }
    results.push({ set: source, docs: docs.length, names: docs.reduce((n, d) => n + d.names.length, 0), systems: tallies })
  }
  if (json) process.stdout.write(JSON.stringify(results, null, 2) + '\n')
  else {
    for (const r of results) {
      process.stdout.write(`\n${r.set} (${r.docs} documents, ${r.names} gold names) — typed exact-span P / R / F1\n`)
      process.stdout.write(`  ${'system'.padEnd(12)} ${['PER', 'ORG', 'LOC', 'overall'].map((h) => h.padEnd(19)).join(' ')}\n`)
      for (const [name, tally] of Object.entries(r.systems)) {
        const cells = (['PER', 'ORG', 'LOC', 'ALL'] as const).map((t) => {
          const { p, r: rec, f1 } = prf(tally[t])
          return `${pct(p)} ${pct(rec)} ${pct(f1)}`.padEnd(19)
        })
        process.stdout.write(`  ${name.padEnd(12)} ${cells.join(' ')}\n`)
      }
    }
  }
} catch (err) {
  if (err instanceof StorytraceError && err.code === 'E_INPUT_READ') {
    process.stderr.write(`${err.message}\nThe held-out data is expected under ${root} (pass --data DIR).\n`)
    process.exitCode = 2
  } else if (err instanceof StorytraceError) {
    process.stderr.write(`${err.message}\n`)
    process.exitCode = 1
  } else throw err
}
