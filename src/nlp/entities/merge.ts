/**
 * @module nlp/entities/merge — identities made on the fly in separate
 * articles, merged when the evidence across a set of related articles (one
 * storyline) says they are one. The entities annotator works per document,
 * so "Alvarez" alone in one report and "Carlos Alvarez" in the next get two
 * ids; this pass maps the first to the second. It only ever merges an
 * unknown identity (known: false) into another, and only when exactly one
 * candidate fits — two "… Alvarez" people leave the lone surname as it is:
 *
 * - a one-word person name is the last word of exactly one multi-word
 *   person name ("Alvarez" → "Carlos Alvarez");
 * - a name typed OTHER (no cue in its own article) is the same name as
 *   exactly one typed identity elsewhere ("other:zentrix" → "org:zentrix");
 * - an all-caps acronym is the initials of exactly one organisation
 *   ("other:cfa" → "org:coastal-fisheries-authority").
 *
 * The result is a map from merged id to the id that stands for both; ids
 * not in it stay as they are. Chains resolve to their end.
 */
import type { EntityType } from '../../doc/types.js'
import { foldDiacritics } from '../../util/text.js'

export interface IdentityRef {
  readonly id: string
  readonly name: string
  readonly type: EntityType
  readonly known: boolean
}

const ACRONYM = /^[A-Z]{2,6}$/

const words = (name: string): string[] =>
  foldDiacritics(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

/** The id standing for `candidates` when exactly one distinct id is among them. */
function single(candidates: readonly IdentityRef[]): string | undefined {
  const ids = new Set(candidates.map((c) => c.id))
  return ids.size === 1 ? candidates[0]!.id : undefined
}

export function mergeIdentities(identities: readonly IdentityRef[]): Map<string, string> {
  const distinct = [...new Map(identities.map((e) => [e.id, e])).values()]
  const direct = new Map<string, string>()
  for (const e of distinct) {
    if (e.known) continue
    const w = words(e.name)
    let target: string | undefined
    if (e.type === 'PERSON' && w.length === 1) {
      const surname = w[0]!.toLowerCase()
      target = single(distinct.filter((o) => o.type === 'PERSON' && o.id !== e.id && words(o.name).length > 1 && words(o.name).at(-1)!.toLowerCase() === surname))
    } else if (e.type === 'OTHER' && ACRONYM.test(e.name)) {
      target = single(
        distinct.filter((o) => o.type === 'ORG' && words(o.name).filter((x) => /^\p{Lu}/u.test(x)).map((x) => x[0]).join('') === e.name),
      )
    }
    if (!target && e.type === 'OTHER') {
      const key = w.join(' ').toLowerCase()
      target = single(distinct.filter((o) => o.type !== 'OTHER' && words(o.name).join(' ').toLowerCase() === key))
    }
    if (target) direct.set(e.id, target)
  }
  // "Alvarez" → "Carlos Alvarez" → (nothing further); follow chains, guarding against cycles.
  const resolved = new Map<string, string>()
  for (const id of direct.keys()) {
    let to = direct.get(id)!
    const seen = new Set([id])
    while (direct.has(to) && !seen.has(to)) {
      seen.add(to)
      to = direct.get(to)!
    }
    if (to !== id) resolved.set(id, to)
  }
  return resolved
}
