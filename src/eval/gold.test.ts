/**
 * The engine against examples/gold.json: prints the gap per kind of fact and
 * holds the level reached so far. Raise a floor when a stage improves; never
 * lower one to make a change pass.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { repoPath } from '../util/paths.js'
import { evaluateGold, formatReport } from './gold.js'

/** Levels reached on the example corpus; see `npm run eval:gold` for the misses. */
const FLOORS: Readonly<Record<string, number>> = {
  'article.title': 0,
  'article.outlet': 0,
  'article.published': 0,
  'article.language': 0,
  'storylines.bcubed-f1': 0,
  'articles.copies': 0,
  'articles.relays': 0,
  'entities.span-exact': 0,
  'entities.linked': 0,
  'times.value': 0,
  'times.interval': 0,
  'claims.chain': 0,
  'claims.modality': 0,
  'claims.status': 0,
  'claims.independent-sources': 0,
  'events.found': 0,
  'events.dated': 0,
}

test('the engine reaches the pinned levels on the example corpus gold', async (t) => {
  const report = await evaluateGold(repoPath('examples', 'corpus'), repoPath('examples', 'gold.json'))
  t.diagnostic('\n' + formatReport(report, FLOORS))
  for (const [kind, floor] of Object.entries(FLOORS)) {
    const s = report.scores[kind]
    assert.ok(s, `no score for ${kind}`)
    assert.ok(s.score >= floor - 1e-9, `${kind} fell to ${s.score.toFixed(3)} below its floor ${floor}`)
  }
})
