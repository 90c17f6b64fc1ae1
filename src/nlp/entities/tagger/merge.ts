/**
 * @module nlp/entities/tagger/merge — how the tagger's names join the rule
 * and KB mentions. KB mentions stand as they are: the KB knows the identity.
 * An unknown name the rules found keeps its span (the rules' boundaries carry
 * titles, possessives and the other cues grouping needs) and takes the
 * tagger's type as its cue (or, when it ran two tagged names together, gives
 * way to them), unless the document's own words type that name
 * somewhere (the rules' cues are read from the text, the tagger's are a
 * guess), call it a vessel, or write it as "the X Y": ships, events and
 * products take "the" and are neither places nor organisations (the training
 * sets filed them under MISC, which the tagger does not learn), while
 * organisations named that way carry an organisation word the rules type
 * anyway. A tagged name that touches no mention is added as an unknown name
 * with the tagger's cue, unless it is only function words or quantities;
 * in cased text it ends on its last capitalised word.
 */
import type { ContextCue, RawMention } from '../mentions.js'
import type { Unit } from '../units.js'
import { FUNCTION_WORDS, MONTHS, NOT_NAMES, WEEKDAYS } from '../words.js'
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

/**
 * In cased text a name ends on a capitalised word: a tagged name that runs
 * on into lower case ("Tulcea county", "Christian belief") ends before it.
 */
function capitalisedEnd(m: RawMention, units: readonly Unit[], s: UnitSpan): RawMention {
  let last = s.end - 1
  while (last > s.first && (!units[last]!.word || !units[last]!.cap)) last--
  if (last === s.end - 1 || !units[last]!.cap) return m
  const keys = units.slice(s.first, last + 1).filter((u) => u.word).map((u) => u.key)
  return { ...m, end: units[last]!.end, keys }
}

/** Whether unit i is the first word of its sentence. */
function opensSentence(units: readonly Unit[], sentenceOf: Int32Array, i: number): boolean {
  for (let k = i - 1; k >= 0 && sentenceOf[k] === sentenceOf[i]; k--) if (units[k]!.word) return false
  return true
}

export function mergeTagged(text: string, raw: readonly RawMention[], tagged: readonly UnitSpan[], units: readonly Unit[], sentenceOf: Int32Array): RawMention[] {
  const keyOf = (m: RawMention): string => m.keys?.join(' ') ?? ''
  // Unknown names the text itself types or calls a vessel: the tagger does not type them.
  const untouchable = new Set<string>()
  let first = 0
  for (const m of raw) {
    // Mentions run in text order and start on a unit: walk to it.
    while (first < units.length && units[first]!.start < m.start) first++
    if (!m.keys) continue
    let end = first
    while (end < units.length && units[end]!.end <= m.end) end++
    const afterThe = first > 0 && units[first - 1]!.key === 'the' && m.keys.length > 1
    if (m.cue || m.personCue || afterThe || namedVessel(units, first, end, text)) untouchable.add(keyOf(m))
  }
  const starts = tagged.map((s) => units[s.first]!.start)
  const ends = tagged.map((s) => units[s.end - 1]!.end)
  const tagCue = (keys: readonly string[], type: NerType): { cue?: ContextCue } => (untouchable.has(keys.join(' ')) ? {} : { cue: CUES[type] })
  const fromTagger = (j: number): RawMention => {
    const s = tagged[j]!
    const keys = units.slice(s.first, s.end).filter((u) => u.word).map((u) => u.key)
    return { start: starts[j]!, end: ends[j]!, keys, ...tagCue(keys, s.type) }
  }

  const lowerCase = new Set(units.filter((u) => u.word && !u.cap).map((u) => u.key))
  const out: RawMention[] = []
  const touched = new Uint8Array(tagged.length)
  let lo = 0
  for (const m of raw) {
    // Both lists run in text order: the tagged names touching m start at or after lo.
    while (lo < tagged.length && ends[lo]! <= m.start) lo++
    const over: number[] = []
    for (let j = lo; j < tagged.length && starts[j]! < m.end; j++) {
      if (ends[j]! > m.start) over.push(j)
    }
    for (const j of over) touched[j] = 1
    if (!m.keys || !over.length) out.push(m)
    // "Apple Computer CEO Steve Jobs": the rules ran two names together; the tagger kept them apart.
    else if (!m.cue && !m.personCue && over.length > 1 && over.every((j) => starts[j]! >= m.start && ends[j]! <= m.end)) out.push(...over.map(fromTagger))
    else {
      // The tagged name covering most of the mention lends its type.
      const overlap = (j: number): number => Math.min(ends[j]!, m.end) - Math.max(starts[j]!, m.start)
      const best = over.reduce((a, b) => (overlap(b) > overlap(a) ? b : a))
      out.push({ ...m, ...tagCue(m.keys, tagged[best]!.type) })
    }
  }
  tagged.forEach((_, j) => {
    if (touched[j]) return
    // Function words, weekdays and months are never names; a lone word opening a sentence that the
    // text also writes in lower case is capitalised by its place ("Engineers said…", "… the engineers").
    const added = capitalisedEnd(fromTagger(j), units, tagged[j]!)
    // Nor are quantities with units ("2GB", "160GB"), nor adjectives left alone by the cut ("Christian").
    if (added.keys!.every((k) => FUNCTION_WORDS.has(k) || NOT_NAMES.has(k) || WEEKDAYS.has(k) || MONTHS.has(k) || /^\d/.test(k))) return
    if (added.keys!.length === 1 && lowerCase.has(added.keys![0]!) && opensSentence(units, sentenceOf, tagged[j]!.first)) return
    out.push(added)
  })
  return out.sort((a, b) => a.start - b.start)
}
