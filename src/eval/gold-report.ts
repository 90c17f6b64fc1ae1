/**
 * @module eval/gold-report
 * `npm run eval:gold [-- --misses]`: the engine's scores on the example corpus
 * gold, and with --misses every fact it got wrong.
 */
import { repoPath } from '../util/paths.js'
import { evaluateGold, formatReport } from './gold.js'

const report = await evaluateGold(repoPath('examples', 'corpus'), repoPath('examples', 'gold.json'))
process.stdout.write(formatReport(report) + '\n')
if (process.argv.includes('--misses')) process.stdout.write('\n' + report.misses.join('\n') + '\n')
else process.stdout.write(`\n${report.misses.length} misses (add --misses to list them)\n`)
