/**
 * @module story/relays — which outlets' reporting an article relays. A relay
 * adds a hop, not an origin (docs/concepts.md): the cited outlets found here
 * are what claims.ts follows when it collapses sources to origins.
 */
import type { Article } from './articles.js'
import { compareStrings, isOutletHop, outletIdOf } from './articles.js'

/**
 * Outlet ids cited in the article's claim chains and quote `via` lists, other
 * than its own outlet, sorted. The first hop of a claim chain is the
 * publishing outlet itself, so it only counts when it names another outlet.
 */
export function relayedOutlets(article: Article): string[] {
  const out = new Set<string>()
  const add = (id: string): void => {
    if (id !== article.outlet) out.add(id)
  }
  for (const claim of article.doc.layers.claims ?? []) {
    for (const hop of claim.chain) if (isOutletHop(hop)) add(outletIdOf(hop))
  }
  for (const quote of article.doc.layers.quotes ?? []) {
    for (const via of quote.via) if (isOutletHop(via)) add(outletIdOf(via))
    if (isOutletHop(quote.speaker)) add(outletIdOf(quote.speaker))
  }
  return [...out].sort(compareStrings)
}
