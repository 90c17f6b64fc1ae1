/**
 * @module bench/attribution
 * Quotes and claims together, as issue 5 measures them (goal: 100,000 words
 * per second per core): both stages over docs that already carry sentences,
 * tokens and entities, so only attribution work is timed.
 */
import type { Doc } from '../doc/types.js'
import { findClaims } from '../nlp/claims/index.js'
import { findQuotes } from '../nlp/quotes/index.js'
import { measure, type Measurement } from './timing.js'

/** `docs` may carry later layers too; the quotes and claims are recomputed from the earlier ones. */
export function benchAttribution(docs: readonly Doc[], words: number, budget: number): Measurement {
  const inputs = docs.map((d) => {
    const { quotes: _quotes, claims: _claims, ...earlier } = d.layers
    return { ...d, layers: earlier }
  })
  return measure('nlp: quotes + claims (attribution)', 'words', () => {
    for (const d of inputs) findClaims({ ...d, layers: { ...d.layers, quotes: findQuotes(d) } })
    return words
  }, { budget })
}
