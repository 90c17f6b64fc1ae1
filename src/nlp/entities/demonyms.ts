/**
 * @module nlp/entities/demonyms — demonyms as mentions of their country:
 * "Venezuelan officials" mentions Venezuela, "thousands of Venezuelans" too.
 * The mention has kind 'demonym' so readers and counts can tell it from the
 * country named outright. A demonym inside a longer name ("Turkish
 * Airlines", "Turkish Red Crescent") belongs to that name and is left alone.
 *
 * Only the adjective before a word ("Spanish prime minister") or the plural
 * noun ("Venezuelans") counts: a singular demonym standing alone is most
 * often a language ("written in Spanish."), which mentions no country.
 *
 * In Spanish text demonyms are lower-case and follow their noun ("el gobierno
 * venezolano", "los venezolanos"): any form counts there, except a masculine
 * singular after "en", which is the language ("en español").
 */
import type { Span } from '../../doc/types.js'
import type { Gazetteer } from './kb.js'
import type { RawMention } from './mentions.js'
import type { Unit } from './units.js'

/**
 * `raw` (in text order) with a mention added for each demonym no other
 * mention covers, still in text order; `language` is the document's ISO
 * 639-1 code.
 */
export function addDemonyms(
  units: readonly Unit[],
  sentences: readonly Span[],
  raw: readonly RawMention[],
  kb: Gazetteer,
  language: string | null,
): RawMention[] {
  const spanish = language === 'es'
  const out: RawMention[] = []
  let r = 0
  let s = 0
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!
    if (!u.word) continue
    const len = u.cap ? demonymLength(units, i, kb) : 0
    const last = units[i + Math.max(len, 1) - 1]!
    const country = len ? kb.demonyms.get(len === 2 ? `${u.key} ${last.key}` : u.key) : spanish ? kb.demonymsEs.forms.get(u.key) : undefined
    if (!country) continue
    while (r < raw.length && raw[r]!.end <= u.start) out.push(raw[r++]!)
    if (r < raw.length && raw[r]!.start < last.end) continue
    if (u.cap) {
      while (s < sentences.length - 1 && sentences[s]!.end <= u.start) s++
      const next = units[i + len]
      const adjective = next !== undefined && next.word && (sentences.length === 0 || next.start < sentences[s]!.end)
      if (!adjective && !isPlural(last.key, kb)) continue
    } else if (kb.demonymsEs.singular.has(u.key) && units[i - 1]?.key === 'en') continue
    out.push({ start: u.start, end: last.end, entry: country, kind: 'demonym' })
    i += Math.max(len, 1) - 1
  }
  while (r < raw.length) out.push(raw[r++]!)
  return out
}

/**
 * How many capitalised units from unit i make a demonym: 2 for the
 * two-word ones ("North Korean", "South African"), 1 for one word
 * ("Turkish"), 0 for none.
 */
export function demonymLength(units: readonly Unit[], i: number, kb: Gazetteer): number {
  const next = units[i + 1]
  if (next?.cap && next.start === units[i]!.end + 1 && kb.demonyms.has(`${units[i]!.key} ${next.key}`)) return 2
  return kb.demonyms.has(units[i]!.key) ? 1 : 0
}

/** "venezuelans": a form listed as a demonym whose singular is listed too. */
function isPlural(key: string, kb: Gazetteer): boolean {
  return key.endsWith('s') && kb.demonyms.has(key.slice(0, -1))
}
