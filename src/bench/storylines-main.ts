/**
 * @module bench/storylines-main — the storyline bench on its own:
 *   node dist/bench/storylines-main.js [--articles N] [--seed S] [--merge T] [--json]
 * (--merge sets the story stage's mergeThreshold, for calibrating it; 1 turns merges off)
 */
import { benchStorylines, formatStorylineBench } from './storylines.js'

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

const articles = Number(arg('--articles') ?? 100_000)
const seed = Number(arg('--seed') ?? 7)
const merge = arg('--merge')
const mergeThreshold = merge === undefined ? undefined : Number(merge)
if (!Number.isInteger(articles) || articles <= 0 || !Number.isInteger(seed) || (mergeThreshold !== undefined && !(mergeThreshold >= 0 && mergeThreshold <= 1))) {
  console.error('usage: storylines-main.js [--articles N] [--seed S] [--merge T] [--json]')
  process.exitCode = 1
} else {
  const json = process.argv.includes('--json')
  const log = (line: string): void => {
    if (!json) console.log(line)
  }
  log(`story stage over ${articles.toLocaleString('en')} synthetic articles (seed ${seed}), windows of 10,000:`)
  const result = benchStorylines(articles, seed, log, { mergeThreshold })
  if (json) console.log(JSON.stringify(result, null, 2))
  else for (const line of formatStorylineBench(result)) console.log(line)
}
