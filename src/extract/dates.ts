/**
 * @module extract/dates
 * Date parsing shared by every extractor: ISO stamps, RFC 2822 feed dates,
 * "5 January 2026", "January 5, 2026", numeric "05/01/2026" (with the day/month
 * order left to the caller when both readings are possible), month names in
 * en, es, fr, de, tr, pt and it, and an optional trailing time and zone.
 * Also the plausibility rule every published/modified date must pass.
 */

/** Which field of an ambiguous numeric date comes first. */
export type DayOrder = 'dmy' | 'mdy'

export interface ParsedDate {
  /** YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS with an offset when the zone is known. */
  readonly iso: string
  /** The other reading of a numeric date whose day and month are both ≤ 12. */
  readonly alt: string | null
  /** How the writer ordered day and month: 'dmy', 'mdy', or null when the form says nothing (ISO). */
  readonly order: DayOrder | null
  /** Where the date (with its time) lies in the searched string. */
  readonly index: number
  readonly length: number
}

/** Dates before this year are taken as placeholders (epoch zero, CMS defaults), not publication dates. */
export const MIN_PLAUSIBLE_YEAR = 1990
/** Largest zone offset in use (UTC+14): a date-only value is possible once its day has begun anywhere. */
const EARLIEST_ZONE = '+14:00'

const MONTHS: Record<string, number> = {}
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'enero', 'ene', 'janvier', 'janv', 'januar', 'jänner', 'ocak', 'janeiro', 'gennaio', 'gen'],
  ['february', 'feb', 'febrero', 'février', 'fevrier', 'févr', 'fevr', 'februar', 'şubat', 'subat', 'fevereiro', 'fev', 'febbraio'],
  ['march', 'mar', 'marzo', 'mars', 'märz', 'maerz', 'mart', 'março', 'marco'],
  ['april', 'apr', 'abril', 'abr', 'avril', 'avr', 'nisan', 'aprile'],
  ['may', 'mayo', 'mai', 'mayıs', 'mayis', 'maio', 'maggio', 'mag'],
  ['june', 'jun', 'junio', 'juin', 'juni', 'haziran', 'junho', 'giugno', 'giu'],
  ['july', 'jul', 'julio', 'juillet', 'juil', 'juli', 'temmuz', 'julho', 'luglio', 'lug'],
  ['august', 'aug', 'agosto', 'ago', 'août', 'aout', 'ağustos', 'agustos'],
  ['september', 'sep', 'sept', 'septiembre', 'setiembre', 'septembre', 'eylül', 'eylul', 'setembro', 'set', 'settembre'],
  ['october', 'oct', 'octubre', 'octobre', 'oktober', 'okt', 'ekim', 'outubro', 'out', 'ottobre', 'ott'],
  ['november', 'nov', 'noviembre', 'novembre', 'kasım', 'kasim', 'novembro'],
  ['december', 'dec', 'diciembre', 'dic', 'décembre', 'decembre', 'déc', 'dezember', 'dez', 'aralık', 'aralik', 'dezembro', 'dicembre'],
]
MONTH_NAMES.forEach((names, i) => {
  for (const n of names) MONTHS[n] = i + 1
})
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?'
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\d])'
const NOT_LETTER_AFTER = '(?![\\p{L}\\d])'

const ISO_RE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/
const YMD_SLASH_RE = /(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/
const NUMERIC_RE = /(?<![\d/.])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/
const DAY_MONTH_RE = new RegExp(
  `${NOT_LETTER_BEFORE}${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+|of\\s+)?(${MONTH_ALT})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})${NOT_LETTER_AFTER}`,
  'iu',
)
const MONTH_DAY_RE = new RegExp(
  `${NOT_LETTER_BEFORE}${WEEKDAY}(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${NOT_LETTER_AFTER}`,
  'iu',
)
/** A time right after a date: ", 14:30 GMT", " at 2:30 p.m. EST", " 14:30:05 +0000". */
/** Cheap pre-check: each pattern above needs a year of four digits. */
const FOUR_DIGITS_RE = /\d{4}/
const TIME_AFTER_RE =
  /^(?:\s*(?:,|at|um|à|a las|saat|alle|às|-|–|\|)?\s*)(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?:\s*\(?(GMT|UTC|Z|[A-Z]{2,5}|[+-]\d{2}:?\d{2})\)?)?(?![\w:])/i

const ZONES: Record<string, string> = {
  GMT: 'Z', UTC: 'Z', Z: 'Z', UT: 'Z', WET: 'Z',
  BST: '+01:00', CET: '+01:00', WAT: '+01:00', CEST: '+02:00', EET: '+02:00', SAST: '+02:00',
  EEST: '+03:00', TRT: '+03:00', MSK: '+03:00', AST: '-04:00', EST: '-05:00', EDT: '-04:00',
  CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
  JST: '+09:00', KST: '+09:00', HKT: '+08:00', SGT: '+08:00', AEST: '+10:00', AEDT: '+11:00',
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

function validYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
}

function ymd(y: number, m: number, d: number): string | null {
  return validYmd(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null
}

function normaliseOffset(z: string | undefined): string | null {
  if (!z) return null
  const known = ZONES[z.toUpperCase()]
  if (known) return known
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z)
  if (!m) return null
  return m[2] === '00' && m[3] === '00' ? 'Z' : `${m[1]}${m[2]}:${m[3]}`
}

/** Appends a trailing time (and zone) found right after the date, when there is one. */
function withTime(date: string, rest: string): { iso: string; extra: number } {
  const t = TIME_AFTER_RE.exec(rest)
  if (!t) return { iso: date, extra: 0 }
  let h = Number(t[1])
  const min = Number(t[2])
  const sec = t[3] ? Number(t[3]) : 0
  const ampm = t[4]?.toLowerCase().replace(/\./g, '')
  if (ampm === 'pm' && h < 12) h += 12
  if (ampm === 'am' && h === 12) h = 0
  if (h > 23 || min > 59 || sec > 59) return { iso: date, extra: 0 }
  const zone = normaliseOffset(t[5])
  // A bare "ET" or "IST" is ambiguous: keep the wall-clock time without an offset.
  return { iso: `${date}T${pad(h)}:${pad(min)}:${pad(sec)}${zone ?? ''}`, extra: t[0].length }
}

interface Hit {
  readonly index: number
  readonly length: number
  readonly iso: string
  readonly alt: string | null
  readonly order: DayOrder | null
}

function isoHit(s: string): Hit | null {
  const m = ISO_RE.exec(s)
  if (!m) return null
  const date = ymd(Number(m[1]), Number(m[2]), Number(m[3]))
  if (!date) return null
  let iso = date
  if (m[4] !== undefined && m[5] !== undefined) {
    const h = Number(m[4])
    const min = Number(m[5])
    if (h < 24 && min < 60) iso = `${date}T${m[4]}:${m[5]}:${m[6] ?? '00'}${normaliseOffset(m[7]) ?? ''}`
  }
  return { index: m.index, length: m[0].length, iso, alt: null, order: null }
}

function slashYmdHit(s: string): Hit | null {
  const m = YMD_SLASH_RE.exec(s)
  if (!m) return null
  const date = ymd(Number(m[1]), Number(m[2]), Number(m[3]))
  if (!date) return null
  const t = withTime(date, s.slice(m.index + m[0].length))
  return { index: m.index, length: m[0].length + t.extra, iso: t.iso, alt: null, order: null }
}

function numericHit(s: string, order: DayOrder): Hit | null {
  const m = NUMERIC_RE.exec(s)
  if (!m) return null
  const a = Number(m[1])
  const b = Number(m[3])
  const y = Number(m[4])
  const dmy = ymd(y, b, a)
  const mdy = ymd(y, a, b)
  if (!dmy && !mdy) return null
  const rest = s.slice(m.index + m[0].length)
  const t = withTime('', rest)
  const timePart = t.iso
  // Evidence of the writer's order only when one reading is impossible.
  const evidence: DayOrder | null = dmy && !mdy ? 'dmy' : mdy && !dmy ? 'mdy' : null
  const first = evidence ?? order
  const chosen = (first === 'dmy' ? dmy : mdy) as string
  const other = dmy && mdy && dmy !== mdy ? (first === 'dmy' ? mdy : dmy) : null
  return {
    index: m.index,
    length: m[0].length + t.extra,
    iso: chosen + timePart,
    alt: other ? other + timePart : null,
    order: evidence,
  }
}

function namedHit(s: string, re: RegExp, order: DayOrder): Hit | null {
  const m = re.exec(s)
  if (!m) return null
  const dayFirst = order === 'dmy'
  const day = Number(dayFirst ? m[1] : m[2])
  const month = MONTHS[(dayFirst ? m[2] : m[1])!.toLowerCase()]
  const date = month ? ymd(Number(m[3]), month, day) : null
  if (!date) return null
  const t = withTime(date, s.slice(m.index + m[0].length))
  return { index: m.index, length: m[0].length + t.extra, iso: t.iso, alt: null, order }
}

/**
 * Finds the first date in `s`. `order` decides numeric dates whose day and
 * month could be swapped (the other reading is returned as `alt`).
 */
export function findDate(s: string, order: DayOrder = 'dmy'): ParsedDate | null {
  // Every date form carries a four-digit year; most lines have none, so skip the five scans.
  if (!FOUR_DIGITS_RE.test(s)) return null
  const hits = [
    isoHit(s),
    slashYmdHit(s),
    namedHit(s, DAY_MONTH_RE, 'dmy'),
    namedHit(s, MONTH_DAY_RE, 'mdy'),
    numericHit(s, order),
  ]
  let best: Hit | null = null
  for (const h of hits) if (h && (!best || h.index < best.index)) best = h
  return best
}

/** Parses a string that is (almost) only a date, such as a meta tag value. */
export function parseDate(s: string, order: DayOrder = 'dmy'): string | null {
  return findDate(s.trim(), order)?.iso ?? null
}

/** The instant from which a date (or datetime) could be true, in ms. */
function earliestInstant(iso: string): number {
  if (iso.length === 10) return Date.parse(`${iso}T00:00:00${EARLIEST_ZONE}`)
  // A wall-clock time without zone could be in any zone: take the earliest.
  return /[Zz]|[+-]\d{2}:\d{2}$/.test(iso.slice(10)) ? Date.parse(iso) : Date.parse(iso + EARLIEST_ZONE)
}

/** A publication date must be after MIN_PLAUSIBLE_YEAR and not after the time the input was read. */
export function isPlausibleDate(iso: string, fetchedAt: string): boolean {
  const year = Number(iso.slice(0, 4))
  if (!(year >= MIN_PLAUSIBLE_YEAR)) return false
  const at = Date.parse(fetchedAt)
  const t = earliestInstant(iso)
  return Number.isFinite(t) && (!Number.isFinite(at) || t <= at)
}

/** The calendar day of an ISO date or datetime, for comparisons. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10)
}
