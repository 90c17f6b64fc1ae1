/**
 * @module story/origins — the origin of one claim report, as docs/concepts.md
 * defines it: "the first hop that did its own reporting (an outlet's own
 * reporters, an official statement, a named person speaking on record)".
 *
 * Reading a chain (outermost first: publisher → cited outlets → source):
 * - the deepest outlet in the chain is the one that did the reporting; the
 *   outlets before it only relayed it: [A, NYT, senior US official] → NYT;
 * - a named source (an entity) after that outlet spoke on record, so the
 *   statement is theirs: [A, Jane Doe] → person:jane-doe;
 * - anonymous sources after it are that outlet's own reporting:
 *   [A, officials] → A; and a chain naming no one else is A's own: [A] → A.
 * The publishing outlet of a copy is its original's (a copy adds no source),
 * which the caller passes as `publisher`.
 */
import type { Hop } from '../doc/types.js'
import { entityId } from '../util/text.js'
import { isOutletHop, outletIdOf } from './articles.js'

/**
 * Origin id of a chain. `own` is the article's own outlet (hops naming it are
 * the publisher position); `publisher` is who counts as publisher for origin
 * purposes (the original's outlet for a copy; a per-article id when unknown).
 */
export function chainOrigin(chain: readonly Hop[], own: string | null, publisher: string): string {
  let start = 0
  while (start < chain.length && isOutletHop(chain[start]!) && outletIdOf(chain[start]!) === own) start++
  let reporter = publisher
  let after = start
  for (let i = chain.length - 1; i >= start; i--) {
    if (isOutletHop(chain[i]!)) {
      reporter = outletIdOf(chain[i]!)
      after = i + 1
      break
    }
  }
  for (let i = after; i < chain.length; i++) {
    const named = onRecord(chain[i]!)
    if (named !== null) return named
  }
  return reporter
}

/** The id of a hop that speaks on record: a linked entity, or a named person or organisation not in the knowledge base. */
function onRecord(hop: Hop): string | null {
  if (isOutletHop(hop)) return null
  if (hop.entity !== null) return hop.entity
  if (hop.kind === 'person') return entityId('PERSON', hop.name)
  if (hop.kind === 'organisation') return entityId('ORG', hop.name)
  return null
}
