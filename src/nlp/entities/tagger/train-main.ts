/**
 * @module nlp/entities/tagger/train-main — `npm run train:entities`: trains
 * the tagger on the training sources (see sources.ts) and writes the shipped
 * model. Deterministic: fixed seed, sorted inputs, sorted weight rows.
 * Options: --data DIR (default ../shared/data from the project root),
 * --out FILE (default data/models/entities-tagger.bin.gz), --epochs N,
 * --seed N, --prune W, --sources A,B (a subset of the training sources, for
 * experiments), --json.
 */
import { resolve } from 'node:path'
import { StorytraceError } from '../../../errors.js'
import { PROJECT_ROOT } from '../../../util/paths.js'
import { gazetteer } from '../kb.js'
import { lowercaseWords as findLowercaseWords } from './lexicon.js'
import { trainingSentences } from './prepare.js'
import { assertHeldOut, loadSource, TRAINING_SOURCES } from './sources.js'
import { goldText } from './text.js'
import { train } from './train.js'
import { saveModel, SHIPPED_MODEL } from './weights.js'

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name)
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback
}

const json = process.argv.includes('--json')
const root = resolve(PROJECT_ROOT, arg('--data', '../shared/data'))
const out = resolve(arg('--out', SHIPPED_MODEL))
const epochs = Number(arg('--epochs', '10'))
const seed = Number(arg('--seed', '20261123'))
const prune = Number(arg('--prune', '3'))
const say = (s: string): void => {
  if (!json) process.stdout.write(s + '\n')
}

const sources = process.argv.includes('--sources') ? arg('--sources', '').split(',') : TRAINING_SOURCES

try {
  assertHeldOut(sources)
  const kb = gazetteer()
  const texts = sources.map((source) => {
    const docs = loadSource(root, source).map(goldText)
    say(`${source}: ${docs.length} documents, ${docs.reduce((n, d) => n + d.sentences.length, 0)} sentences`)
    return docs
  }).flat()
  const lowercaseWords = findLowercaseWords(texts.map((d) => d.text))
  const lowercase = new Set(lowercaseWords)
  const sentences = texts.flatMap((d) => trainingSentences(d, kb, lowercase))
  const units = sentences.reduce((n, s) => n + s.gold.length, 0)
  say(`training on ${sentences.length} sentences, ${units} units, ${epochs} epochs, seed ${seed}`)
  const model = train(sentences, {
    epochs,
    seed,
    prune,
    trainedOn: sources,
    lowercaseWords,
    progress: (e, acc) => say(`  epoch ${e}: ${(acc * 100).toFixed(2)}% of units tagged right`),
  })
  const bytes = saveModel(out, model)
  say(`wrote ${out}: ${model.keys.length} feature rows, ${(bytes / 1024).toFixed(0)} KiB`)
  if (json) process.stdout.write(JSON.stringify({ out, sentences: sentences.length, units, epochs, seed, rows: model.keys.length, bytes }) + '\n')
} catch (err) {
  if (err instanceof StorytraceError && err.code === 'E_INPUT_READ') {
    process.stderr.write(`${err.message}\nThe training data is expected under ${root} (pass --data DIR).\n`)
    process.exitCode = 2
  } else if (err instanceof StorytraceError) {
    process.stderr.write(`${err.message}\n`)
    process.exitCode = 1
  } else throw err
}
