/**
 * @module eval/times/chrono-peer
 * chrono-node as the peer time tagger, its results mapped to TIMEX3 values
 * as fairly as its output allows. chrono marks each date component as
 * certain (stated or implied by the text) or guessed (filled from the
 * reference date), so the value keeps exactly the certain part:
 *
 *   certain hour        → TIME  "YYYY-MM-DDTHH:MM"
 *   certain day/weekday → DATE  "YYYY-MM-DD"
 *   certain month       → DATE  "YYYY-MM"
 *   certain year        → DATE  "YYYY"
 *   nothing certain     → DATE  "XXXX-XX-XX"
 *
 * A range ("from March to May") is split into its two ends, each its own
 * expression, as TIMEX3 annotates them. chrono has no durations, sets or
 * PRESENT_REF/PAST_REF; those are misses it cannot avoid. The reference is
 * noon UTC of the document's creation date, so no time zone shifts a day.
 */
import * as chrono from 'chrono-node'
import type { ParsedComponents } from 'chrono-node'
import type { Valued } from './score.js'

const pad = (n: number | null, width = 2): string => String(n ?? 0).padStart(width, '0')

export function chronoValue(c: ParsedComponents): string {
  const y = pad(c.get('year'), 4)
  const date = `${y}-${pad(c.get('month'))}-${pad(c.get('day'))}`
  if (c.isCertain('hour')) return `${date}T${pad(c.get('hour'))}:${pad(c.get('minute'))}`
  if (c.isCertain('day') || c.isCertain('weekday')) return date
  if (c.isCertain('month')) return `${y}-${pad(c.get('month'))}`
  if (c.isCertain('year')) return y
  return 'XXXX-XX-XX'
}

/** chrono's expressions in `text`, read against the creation date `dct` ("YYYY-MM-DD"). */
export function chronoTimes(text: string, dct: string | null): Valued[] {
  const ref = { instant: new Date(`${dct ?? '2000-01-01'}T12:00:00Z`), timezone: 0 }
  const out: Valued[] = []
  for (const r of chrono.parse(text, ref)) {
    if (!r.end) {
      out.push({ start: r.index, end: r.index + r.text.length, value: chronoValue(r.start) })
      continue
    }
    // A range: chrono gives one span; cut it at the connective so each end keeps its own words.
    const cut = /\s*(?:-|–|to|until|till|through|and)\s*/i.exec(r.text.slice(1))
    if (!cut) {
      out.push({ start: r.index, end: r.index + r.text.length, value: chronoValue(r.start) })
      continue
    }
    const at = r.index + 1 + cut.index
    out.push({ start: r.index, end: at, value: chronoValue(r.start) })
    out.push({ start: at + cut[0].length, end: r.index + r.text.length, value: chronoValue(r.end) })
  }
  return out
}
