/**
 * @module nlp/entities/tagger/merge — how the tagger's names join the rule
 * and KB mentions. KB mentions stand as they are: the KB knows the identity.
 * An unknown name the rules found keeps its span (the rules' boundaries carry
 * titles, possessives and the other cues grouping needs) and takes the
 * tagger's type as its cue, unless the document's own words type that name
 * somewhere (the rules' cues are read from the text, the tagger's are a
 * guess), call it a vessel, or write it as "the X Y": ships, events and
 * products take "the" and are neither places nor organisations (the training
 * sets filed them under MISC, which the tagger does not learn), while
 * organisations named that way carry an organisation word the rules type
 * anyway. A tagged name that touches no mention is added as an unknown name
 * with the tagger's cue.
 */
import type { ContextCue, RawMention } from '../mentions.js'
import type { Unit } from '../units.js'
import type { NerType, UnitSpan } from './tags.js'

const CUES: Readonly<Record<NerType, ContextCue>> = { PER: 'PERSON', ORG: 'ORG', LOC: 'PLACE' }
const VESSELS = new Set(['ship', 'vessel', 'tanker', 'freighter', 'carrier', 'boat', 'yacht', 'ferry', 'trawler', 'submarine', 'frigate', 'destroyer'])
const ARTICLES = new Set(['a', 'an', 'the'])

/** "the cargo ship Aurora Pearl", "Aurora Pearl, the cargo ship": a vessel noun right before the name or heading its apposition. */
function namedVessel(units: readonly Unit[], first: number, end: number, text: string): boolean {
  if (first > 0 && VESSELS.has(units[first - 1]!.key)) return true
  if (end + 1 >= units.length || text.slice(units[end]!.start, units[end]!.end) !== ',' || !ARTICLES.has(units[end + 1]!.key)) return false
  for (let k = end + 2; k < Math.min(units.length, end + 6) && units[k]!.word; k++) if (VESSELS.has(units[k]!.key)) return true
  return false
}

export function mergeTagged(text: string, raw: readonly RawMention[], tagged: readonly UnitSpan[], units: readonly Unit[]): RawMention[] {
  const unitAt = new Map<number, number>()
  units.forEach((u, i) => unitAt.set(u.start, i))
  const keyOf = (m: RawMention): string => m.keys?.join(' ') ?? ''
  // Unknown names the text itself types or calls a vessel: the tagger does not type them.
  const untouchable = new Set<string>()
  for (const m of raw) {
    if (!m.keys) continue
    const first = unitAt.get(m.start)!
    let end = first
    while (end < units.length && units[end]!.end <= m.end) end++
    const afterThe = first > 0 && units[first - 1]!.key === 'the' && m.keys.length > 1
    if (m.cue || m.personCue || afterThe || namedVessel(units, first, end, text)) untouchable.add(keyOf(m))
  }
  const spanOf = (s: UnitSpan): { start: number; end: number } => ({ start: units[s.first]!.start, end: units[s.end - 1]!.end })
  const added = (s: UnitSpan): RawMention => {
    const keys = units.slice(s.first, s.end).filter((u) => u.word).map((u) => u.key)
    return untouchable.has(keys.join(' ')) ? { ...spanOf(s), keys } : { ...spanOf(s), keys, cue: CUES[s.type] }
  }

  const out: RawMention[] = []
  let t = 0
  for (const m of raw) {
    // Tagged names wholly before this mention touch no mention: add them.
    while (t < tagged.length && spanOf(tagged[t]!).end <= m.start) out.push(added(tagged[t++]!))
    // Tagged names overlapping this mention: the one covering most of it lends its type.
    let best: UnitSpan | undefined
    let bestOverlap = 0
    while (t < tagged.length && spanOf(tagged[t]!).start < m.end) {
      const span = spanOf(tagged[t]!)
      const overlap = Math.min(span.end, m.end) - Math.max(span.start, m.start)
      if (overlap > bestOverlap) {
        best = tagged[t]
        bestOverlap = overlap
      }
      if (span.end > m.end) break
      t++
    }
    out.push(best && m.keys && !untouchable.has(keyOf(m)) ? { ...m, cue: CUES[best.type] } : m)
  }
  for (; t < tagged.length; t++) {
    if (!out.length || spanOf(tagged[t]!).start >= out.at(-1)!.end) out.push(added(tagged[t]!))
  }
  return out
}
