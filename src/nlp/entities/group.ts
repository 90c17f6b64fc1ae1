/**
 * @module nlp/entities/group — from mentions to one Entity per identity.
 * Known mentions already carry their KB entry. Contextual outlet forms take
 * the outlet the document itself names with that word ("the Post" after "New
 * York Post"), else the KB default ("the Post" → The Washington Post).
 * Unknown names are typed once per document from the cues of all their
 * mentions, and a lone surname joins the person whose full name the document
 * gives ("Smith" after "John Smith"; "Rubio" after "Marco Rubio").
 */
import type { ArticleMeta, Entity, EntityType, Mention } from '../../doc/types.js'
import { entityId } from '../../util/text.js'
import { formUnits, type Gazetteer, type KbEntity } from './kb.js'
import type { RawMention } from './mentions.js'
import { ORG_WORDS, PLACE_WORDS } from './words.js'

const ACRONYM = /^[A-Z]{2,6}$/

interface Identity extends KbEntity {
  readonly known: boolean
}

interface Draft {
  identity: Identity
  mentions: Mention[]
}

function mentionOf(m: RawMention): Mention {
  // Plain assignments rather than spreads of small objects: this runs once per mention. Key order as before.
  const out: { -readonly [K in keyof Mention]: Mention[K] } = { start: m.start, end: m.end }
  if (m.role) out.role = m.role
  if (m.government) out.government = true
  if (m.kind) out.kind = m.kind
  return out
}

/** The outlet a contextual word stands for in this document. */
function contextualOutlet(m: RawMention, named: readonly { pos: number; outlet: Identity; keys: ReadonlySet<string> }[], kb: Gazetteer): Identity {
  const word = m.contextual!
  const withWord = named.filter((o) => o.keys.has(word))
  const before = withWord.filter((o) => o.pos < m.start).at(-1)
  const pick = before ?? withWord[0]
  if (pick) return pick.outlet
  const entry = kb.contextual.get(word)![0]!.entry
  return { id: entry.id, name: entry.name, type: entry.type, known: true }
}

/**
 * The type of an unknown name from all its mentions: a thing's styling or
 * head word ("iTunes Music Store", "Paris Agreement") first, words of the name itself
 * next, then a title or honorific, then the context cues of its mentions
 * (the most frequent wins) — except that a one-word name that is the surname
 * of a person named in full (`surnames`) is that person —, then a known given name or a later bare-surname
 * reuse ("Ana Ruiz ... Ruiz said"), which organisations and places rarely get,
 * then a place word, then speech reported by a one-word name (an organisation).
 */
function typeOf(group: readonly RawMention[], kb: Gazetteer, loneKeys: ReadonlySet<string>, surnames: ReadonlySet<string>): EntityType {
  const keys = group.flatMap((m) => m.keys ?? [])
  if (group.some((m) => m.thing)) return 'OTHER'
  if (keys.some((k) => ORG_WORDS.has(k))) return 'ORG'
  if (group.some((m) => m.personCue)) return 'PERSON'
  // "Melania Trump", "Steve Jobs": a known given name opening a longer name outweighs the tagger's guess.
  if (group.some((m) => m.keys!.length > 1 && kb.givenNames.has(m.keys![0]!))) return 'PERSON'
  // "Governor Lucía Ferrando … Ferrando promised": the surname of a person the document names in full
  // is that person, whatever the tagger guessed.
  if (group.every((m) => m.keys!.length === 1 && surnames.has(m.keys![0]!))) return 'PERSON'
  const votes = new Map<EntityType, number>()
  for (const m of group) if (m.cue) votes.set(m.cue, (votes.get(m.cue) ?? 0) + 1)
  const ranked = [...votes].sort((x, y) => y[1] - x[1])
  if (ranked.length && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1])) return ranked[0]![0]
  if (group.some((m) => kb.givenNames.has(m.keys![0]!))) return 'PERSON'
  if (group.some((m) => m.keys!.length > 1 && loneKeys.has(m.keys!.at(-1)!))) return 'PERSON'
  if (group.some((m) => PLACE_WORDS.has(m.keys!.at(-1)!))) return 'PLACE'
  // News names a person in full on first reference; a one-word name nothing else types that
  // reports what it said ("Sundnet said") is an organisation.
  if (group.every((m) => m.keys!.length === 1) && group.some((m) => m.reports)) return 'ORG'
  return 'OTHER'
}

export function groupMentions(text: string, raw: readonly RawMention[], meta: ArticleMeta, kb: Gazetteer): Entity[] {
  const drafts = new Map<string, Draft>()
  const put = (identity: Identity, m: RawMention): void => {
    const d = drafts.get(identity.id)
    if (d) d.mentions.push(mentionOf(m))
    else drafts.set(identity.id, { identity, mentions: [mentionOf(m)] })
  }

  // Outlets the document names in full, and the publishing outlet, as readings of "the <word>".
  const named: { pos: number; outlet: Identity; keys: ReadonlySet<string> }[] = []
  const keyCache = new Map<string, Set<string>>()
  const outletKeys = (name: string): Set<string> => {
    let keys = keyCache.get(name)
    if (!keys) keyCache.set(name, (keys = new Set(formUnits(name).map((u) => u.key))))
    return keys
  }
  if (meta.outlet) {
    const inKb = kb.outlets.get(meta.outlet.id)
    named.push({ pos: -1, outlet: { ...meta.outlet, type: 'OUTLET', known: inKb !== undefined }, keys: outletKeys(meta.outlet.name) })
  }
  for (const m of raw) {
    if (m.entry?.type === 'OUTLET') {
      named.push({ pos: m.start, outlet: { ...m.entry, known: true }, keys: outletKeys(m.entry.name) })
    }
  }

  const unknown = new Map<string, RawMention[]>()
  for (const m of raw) {
    if (m.entry) put({ id: m.entry.id, name: m.entry.name, type: m.entry.type, known: true }, m)
    else if (m.contextual) put(contextualOutlet(m, named, kb), m)
    else {
      const key = m.keys!.join(' ')
      const group = unknown.get(key)
      if (group) group.push(m)
      else unknown.set(key, [m])
    }
  }

  // Type each unknown name once, longer names first: multi-word persons (and the KB's people) are
  // the targets lone surnames join, and a lone surname is typed as theirs.
  const loneKeys = new Set([...unknown.keys()].filter((k) => !k.includes(' ')))
  const groups = [...unknown.values()]
  const longer = groups.filter((g) => g[0]!.keys!.length > 1).map((group) => ({ group, type: typeOf(group, kb, loneKeys, new Set()) }))
  const surnames = new Set([
    ...longer.filter((t) => t.type === 'PERSON').map((t) => t.group[0]!.keys!.at(-1)!),
    ...[...drafts.values()].flatMap((d) => kb.shortNames.get(d.identity.id) ?? []),
  ])
  const typed = [...longer, ...groups.filter((g) => g[0]!.keys!.length === 1).map((group) => ({ group, type: typeOf(group, kb, loneKeys, surnames) }))]
  const bySurname = new Map<string, Identity | null>()
  const offer = (surname: string, identity: Identity): void => {
    const seen = bySurname.get(surname)
    // Two different people with one surname: a lone surname names neither.
    bySurname.set(surname, seen === undefined || seen?.id === identity.id ? identity : null)
  }
  const identities = new Map<string, Identity>()
  for (const { group, type } of typed) {
    const longest = group.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a))
    const name = text.slice(longest.start, longest.end)
    const identity: Identity = { id: entityId(type, name), name, type, known: false }
    identities.set(group[0]!.keys!.join(' '), identity)
    if (type === 'PERSON' && group[0]!.keys!.length > 1) offer(group[0]!.keys!.at(-1)!, identity)
  }
  for (const d of drafts.values()) for (const key of kb.shortNames.get(d.identity.id) ?? []) offer(key, d.identity)
  // Organisations and named things by their initials ("NBI" for National Bureau of Investigation,
  // "WWDC" for World Wide Developers Conference), when only one fits.
  const byInitials = new Map<string, Identity | null>()
  const orgs = [...[...drafts.values()].map((d) => d.identity), ...identities.values()].filter((x) => x.type === 'ORG' || x.type === 'OTHER')
  for (const org of orgs) {
    const caps = formUnits(org.name).filter((u) => u.word && u.cap)
    if (caps.length < 2) continue
    const initials = caps.map((u) => u.folded[0]!).join('')
    const seen = byInitials.get(initials)
    byInitials.set(initials, seen === undefined || seen?.id === org.id ? org : null)
  }
  for (const { group } of typed) {
    const keys = group[0]!.keys!
    const own = identities.get(keys.join(' '))!
    const written = text.slice(group[0]!.start, group[0]!.end)
    const target =
      keys.length !== 1 ? undefined : ACRONYM.test(written) ? byInitials.get(written) : own.type !== 'ORG' ? bySurname.get(keys[0]!) : undefined
    for (const m of group) put(target ?? own, m)
  }

  return [...drafts.values()]
    .map(({ identity, mentions }): Entity => {
      const sorted = mentions.sort((a, b) => a.start - b.start).filter((m, i, all) => i === 0 || m.start !== all[i - 1]!.start)
      return { id: identity.id, name: identity.name, type: identity.type, known: identity.known, mentions: sorted }
    })
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
}
