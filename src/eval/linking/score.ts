/**
 * @module eval/linking/score — linking accuracy: a gold mention counts as
 * linked when an entity mention of the doc overlaps it and carries the gold
 * id (and the gold government reading and kind, when the gold states them).
 * The span need not be exact: recognition has its own evaluation
 * (eval:entities); this one asks whether the identity is right.
 */
import type { Doc, Mention } from '../../doc/types.js'
import { locate, overlaps } from '../gold.js'
import type { GoldLink } from './cases.js'

export interface LinkResult {
  readonly gold: GoldLink
  readonly ok: boolean
  /** What the engine linked the mention to, as "id" plus flags; "nothing" when no mention overlaps. */
  readonly got: string
}

function describe(id: string, m: Mention): string {
  return id + (m.government ? ' (government)' : '') + (m.kind ? ` (${m.kind})` : '')
}

/** `merged` maps ids made on the fly to the identity they were merged into across articles (merge.ts). */
export function scoreLinks(doc: Doc, links: readonly GoldLink[], merged: ReadonlyMap<string, string> = new Map()): LinkResult[] {
  const all = (doc.layers.entities ?? []).flatMap((e) => e.mentions.map((m) => ({ id: merged.get(e.id) ?? e.id, m })))
  return links.map((gold) => {
    const span = locate(doc.text, gold.text, gold.occurrence)
    const hit = span ? all.find(({ m }) => overlaps(m, span)) : undefined
    if (!hit) return { gold, ok: false, got: 'nothing' }
    const ok =
      hit.id === gold.id &&
      (gold.government === undefined || (hit.m.government ?? false) === gold.government) &&
      (gold.kind === undefined || hit.m.kind === gold.kind)
    return { gold, ok, got: describe(hit.id, hit.m) }
  })
}
