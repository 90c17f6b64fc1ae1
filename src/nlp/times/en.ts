/**
 * @module nlp/times/en
 * English time-expression rules. Rules that contain month names are
 * case-sensitive so "May" and "March" are months only when capitalised and
 * placed where a month can stand; the others ignore case. Prepositions ("on",
 * "in", "at") are context in lookbehinds, not part of the span.
 */
import { B, DAY, E, YEAR, alt, cap, clockOf, countOf, dateMeaning, groups, monthOf, unitOf } from './patterns.js'
import type { Part, PartOfDay, Reading, Rel, Tense, TimeLanguage, TimeRule, Unit } from './language.js'
import type { Holiday } from './holidays.js'
import { SHARED_RULES } from './shared.js'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const MONTH_KEYS: Record<string, number> = Object.fromEntries(MONTHS.map((name, i) => [name.slice(0, 3).toLowerCase(), i + 1]))
const ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']
/** Full names, or an abbreviation with an optional dot. */
const MON = `(?<mon>(?:${alt(MONTHS)})|(?:${alt(ABBREVIATIONS)})\\.?)${E}`
const FULLMON = `(?<mon>${alt(MONTHS)})${E}`
/** Months that are also everyday words ("may", "march", "august") need a date context. */
const SAFE_MONTHS = MONTHS.filter((m) => m !== 'May' && m !== 'March' && m !== 'August')

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
const WD_OF: Record<string, number> = Object.fromEntries(WEEKDAYS.map((w, i) => [w.slice(0, 3), i + 1]))
const WD = `(?<wd>${cap(WEEKDAYS)})`

/** "The Sunday Times", "Monday Morning Post": a weekday in a newspaper's name is no date. */
const NEWSPAPER = new RegExp(`^\\s+(?:${alt(['Times', 'Telegraph', 'Mail', 'Express', 'Post', 'Herald', 'Mirror', 'Independent', 'Star', 'Tribune', 'Sport', 'People', 'Morning Post'])})${E}`, 'u')

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90, hundred: 100,
  'a couple of': 2, 'a dozen': 12,
}
const VAGUE = ['several', 'a few', 'few', 'many', 'some']
const NUM = `(?<num>\\d{1,3}|${alt([...Object.keys(NUMBERS), ...VAGUE])})`
const UNIT_STEMS: Record<string, Unit> = {
  sec: 'second', min: 'minute', hou: 'hour', day: 'day', wee: 'week', mon: 'month', yea: 'year', dec: 'decade', cen: 'century',
}
const UNIT = '(?<unit>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))'
/** Number-and-unit adjectives ("four-month"): a hyphen and a singular unit. */
const ADJ_UNIT = '(?<unit>second|minute|hour|day|week|month|year|decade)'

const POD: Record<string, PartOfDay> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI' }
const POD_WORDS = `(?<pod>${alt(Object.keys(POD))})`

const PART: Record<string, Part> = {
  early: 'early', mid: 'mid', late: 'late', earlier: 'earlier', later: 'later',
  'the end of': 'late', 'end of': 'late', 'the beginning of': 'early', 'beginning of': 'early',
  'the start of': 'early', 'start of': 'early', 'the middle of': 'mid', 'middle of': 'mid',
}
/** A part word and its separator ("late ", "mid-", "the end of "). */
const PART_THIRDS = `(?<part>${cap(Object.keys(PART).filter((p) => p !== 'earlier' && p !== 'later'))})(?:-|\\s+)`
const PART_ALL = `(?<part>${cap(Object.keys(PART))})(?:-|\\s+)`

const REL: Record<string, Rel> = { last: -1, past: -1, previous: -1, next: 1, coming: 1, this: 0 }

/** Words before a bare month or year that make it a date ("in May", "since 2019"). */
const DATE_CONTEXT = cap(['in', 'since', 'by', 'until', 'till', 'through', 'during', 'from', 'before', 'after', 'of', 'to', 'and', 'or', 'between', 'around', 'throughout', 'for'])
const YEAR_CONTEXT = cap(['in', 'since', 'by', 'until', 'till', 'through', 'during', 'from', 'before', 'after', 'of', 'and', 'between', 'around', 'throughout', 'the', 'fiscal', 'year', 'early', 'late', 'mid', 'its', 'their'])
/** "40 hours of music": what a device holds or plays, measured in time, is no time expression. */
const NOT_CAPACITY = `(?!\\s+of\\s+(?:${alt(['video', 'music', 'audio', 'footage', 'playback', 'recording', 'songs', 'talk time', 'battery life'])})${E})`
/** Holiday names that always mean the day. */
const HOLIDAY_DAYS: Record<string, Holiday> = {
  "New Year's Day": 'new-year', "New Year's Eve": 'new-year-eve', "Valentine's Day": 'valentine', Halloween: 'halloween',
  'Christmas Eve': 'christmas-eve', 'Christmas Day': 'christmas', 'Boxing Day': 'boxing-day', 'Good Friday': 'good-friday',
  'Easter Sunday': 'easter', 'Easter Monday': 'easter-monday', 'Thanksgiving Day': 'thanksgiving',
}
/**
 * Names that also name a season ("Christmas sales", "over Christmas"): the day only after a
 * preposition that points at a day, or with a year.
 */
const HOLIDAY_SEASONS: Record<string, Holiday> = { Christmas: 'christmas', Easter: 'easter', Thanksgiving: 'thanksgiving' }
const HOLIDAY_CONTEXT = cap(['on', 'at', 'before', 'after', 'by', 'until', 'till', 'since'])
const HOLIDAY_GATE = /Christmas|Easter|Thanksgiving|New Year|Valentine|Halloween|Boxing|Good Friday/
const QUARTER_ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 }
const QUARTER_REL: Record<string, Rel> = { last: -1, previous: -1, past: -1, this: 0, current: 0, next: 1, coming: 1 }
/** Capitalised words that end the name of a recurring event, so a year after them is that edition's. */
const EVENT_NAMES = ['Conference', 'Summit', 'Expo', 'Olympics', 'Games', 'Cup', 'Championship', 'Championships', 'Festival', 'Fair', 'Awards', 'Forum', 'Congress', 'Convention', 'Symposium', 'Exhibition', 'Show', 'Euro']
/** Upper-case codes before an amount, not an event's year ("USD 2000"). */
const CURRENCY_CODES = ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CNY', 'RMB', 'INR', 'AUD', 'CAD', 'HKD', 'SGD', 'TRY', 'RUB', 'BRL', 'MXN']
/** Counted things after a number that is not a year ("2000 people"). */
const NOT_A_YEAR = `(?!\\s*(?:%|,\\d|\\.\\d)|\\s+(?:${alt(['people', 'persons', 'troops', 'soldiers', 'homes', 'houses', 'buildings', 'families', 'residents', 'victims', 'dead', 'deaths', 'casualties', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'feet', 'dollars', 'euros', 'pounds', 'lira', 'tons', 'tonnes', 'times', 'others', 'more', 'of'])})${E})`

function lower(s: string | undefined): string {
  return (s ?? '').toLowerCase().replace(/\s+/g, ' ')
}

function part(word: string | undefined): Part | null {
  return word === undefined ? null : (PART[lower(word)] ?? null)
}

function rule(
  source: string,
  flags: 'gu' | 'giu',
  read: (g: Record<string, string | undefined>, m: RegExpExecArray) => Reading | null,
): TimeRule {
  return { re: new RegExp(source, flags), read: (m) => read(groups(m), m) }
}

/**
 * Cheap tests a sentence must pass before a rule's regex runs over it: most
 * sentences name no month, weekday or unit of time, and the rule regexes,
 * which open with a lookbehind, cost far more to run than these literals.
 * Each gate holds a word every match of its rules contains.
 */
const MONTH_GATE = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/
const YEAR_GATE = /(?:19|20)\d\d/
const AMPM_GATE = /\d\s*[ap]\.?m/i
const WEEKDAY_GATE = /day/i
const DEICTIC_GATE = /yesterday|today|tomorrow|tonight/i
const POD_GATE = /morning|afternoon|evening|night/i
const UNIT_GATE = /\b(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|years?|decades?|century|centuries)\b/i
const EVERY_GATE = /every/i
const NOW_GATE = /now|current|present/i
const RECENT_GATE = /recent/i
const ADVERB_GATE = /daily|weekly|monthly|annually|yearly|hourly/
const NOON_GATE = /noon|midday|midnight/i
const QUARTER_GATE = /quarter|Q[1-4]/
const LATER_GATE = /later|earlier|future/i

function gated(gate: RegExp, ...args: Parameters<typeof rule>): TimeRule {
  return { ...rule(...args), gate }
}

function dayReading(g: Record<string, string | undefined>): Reading | null {
  const m = monthOf(MONTH_KEYS, g.mon!)
  const meaning = m === null ? null : dateMeaning(g.year ? Number(g.year) : null, m, Number(g.day))
  return meaning ? { meaning } : null
}

function unit(g: Record<string, string | undefined>): Unit {
  return unitOf(UNIT_STEMS, g.unit!)!
}

/** "a second" is an ordinal far more often than a second of time ("for a second time"). */
function ordinalSecond(g: Record<string, string | undefined>): boolean {
  return /^an?$/i.test(g.num ?? '') && /^second$/i.test(g.unit ?? '')
}

const RULES: readonly TimeRule[] = [
  ...SHARED_RULES,
  // "3 January 2026", "Saturday, 3 January", "the 3rd of January"
  gated(MONTH_GATE, `${B}(?:${WD}\\s*,?\\s+)?(?:[Tt]he\\s+)?${DAY}(?:\\s+of)?\\s+${MON}(?:\\s*,?\\s+${YEAR})?`, 'gu', dayReading),
  // "January 3, 2026", "Jan. 3", "Saturday, January 3"
  gated(MONTH_GATE, `${B}(?:${WD}\\s*,?\\s+)?${MON}\\s+${DAY}(?:\\s*,?\\s+${YEAR})?`, 'gu', dayReading),
  // "January 2026", "late December 2025"
  gated(MONTH_GATE, `${B}(?:${PART_THIRDS})?${MON},?\\s+(?:of\\s+)?${YEAR}`, 'gu', (g) => ({
    meaning: { kind: 'month', m: monthOf(MONTH_KEYS, g.mon!)!, y: Number(g.year), rel: null, part: part(g.part) },
  })),
  // "late December", "mid-January", "early last March"
  gated(MONTH_GATE, `${B}${PART_THIRDS}(?:(?<rel>${cap(['last', 'next', 'this'])})\\s+)?${FULLMON}`, 'gu', (g) => ({
    meaning: { kind: 'month', m: monthOf(MONTH_KEYS, g.mon!)!, y: null, rel: g.rel ? REL[lower(g.rel)]! : null, part: part(g.part) },
  })),
  // "January of this year", "March next year"
  gated(MONTH_GATE, `${B}${FULLMON}\\s+(?:of\\s+)?(?<rel>${cap(['last', 'next', 'this'])})\\s+year${E}`, 'gu', (g) => ({
    meaning: { kind: 'month', m: monthOf(MONTH_KEYS, g.mon!)!, y: null, rel: null, part: null, yearRel: REL[lower(g.rel)]! },
  })),
  // "last December", "next March"
  gated(MONTH_GATE, `${B}(?<rel>${cap(['last', 'next', 'this'])})\\s+${FULLMON}`, 'gu', (g) => ({
    meaning: { kind: 'month', m: monthOf(MONTH_KEYS, g.mon!)!, y: null, rel: REL[lower(g.rel)]!, part: null },
  })),
  // "in May", "since March": any month after a date preposition …
  gated(MONTH_GATE, `(?<=${B}(?:${DATE_CONTEXT})\\s+)${FULLMON}(?!\\s+\\d)`, 'gu', (g) => ({
    meaning: { kind: 'month', m: monthOf(MONTH_KEYS, g.mon!)!, y: null, rel: null, part: null },
  })),
  // … and months that are not everyday words anywhere.
  gated(MONTH_GATE, `${B}(?<mon>${alt(SAFE_MONTHS)})${E}(?!\\s+\\d)`, 'gu', (g) => ({
    meaning: { kind: 'month', m: monthOf(MONTH_KEYS, g.mon!)!, y: null, rel: null, part: null },
  })),
  // "early 2026", "mid-2025", "the end of 2025"
  gated(YEAR_GATE, `${B}${PART_THIRDS}${YEAR}`, 'gu', (g) => ({ meaning: { kind: 'year', y: Number(g.year), part: part(g.part) } })),
  // "the 1990s", "the early 2000s"
  gated(YEAR_GATE, `(?<=${B}[Tt]he\\s+)(?:(?<part>[Ee]arly|[Ll]ate|[Mm]id)(?:-|\\s+))?(?<dec>(?:19|20)\\d0)['’]?s${E}`, 'gu', (g) => ({
    meaning: { kind: 'decade', start: Number(g.dec), part: part(g.part) },
  })),
  // "Christmas Day", "Easter Monday 2026", "on Thanksgiving", "Christmas 2010"
  gated(HOLIDAY_GATE, `${B}(?<name>${alt(Object.keys(HOLIDAY_DAYS)).replace(/'/g, "['’]")})${E}(?:,?\\s+${YEAR})?`, 'gu', (g) => ({
    meaning: { kind: 'holiday', holiday: HOLIDAY_DAYS[g.name!.replace(/\s+/g, ' ').replace('’', "'")]!, y: g.year ? Number(g.year) : null },
  })),
  gated(HOLIDAY_GATE, `(?<=${B}(?:${HOLIDAY_CONTEXT})\\s+)(?<name>${alt(Object.keys(HOLIDAY_SEASONS))})${E}(?!\\s+(?:Day|Eve|Sunday|Monday)${E})`, 'gu', (g) => ({
    meaning: { kind: 'holiday', holiday: HOLIDAY_SEASONS[g.name!]!, y: null },
  })),
  gated(HOLIDAY_GATE, `${B}(?<name>${alt(Object.keys(HOLIDAY_SEASONS))})\\s+${YEAR}${NOT_A_YEAR}`, 'gu', (g) => ({
    meaning: { kind: 'holiday', holiday: HOLIDAY_SEASONS[g.name!]!, y: Number(g.year) },
  })),
  // "the fourth quarter", "the 3rd quarter of 2011"
  gated(QUARTER_GATE, `${B}(?:[Tt]he\\s+)?(?<ord>${cap(Object.keys(QUARTER_ORDINALS))})\\s+quarter(?:\\s+of\\s+${YEAR})?${E}`, 'gu', (g) => ({
    meaning: { kind: 'quarter', q: QUARTER_ORDINALS[lower(g.ord)]!, y: g.year ? Number(g.year) : null, rel: null },
  })),
  // "the last quarter of 2011" is its fourth …
  gated(QUARTER_GATE, `${B}(?:[Tt]he\\s+)?(?:[Ll]ast|[Ff]inal)\\s+quarter\\s+of\\s+${YEAR}`, 'gu', (g) => ({
    meaning: { kind: 'quarter', q: 4, y: Number(g.year), rel: null },
  })),
  // … and "the last quarter" on its own the one before publication's.
  gated(QUARTER_GATE, `${B}(?:[Tt]he\\s+)?(?<rel>${cap(Object.keys(QUARTER_REL))})\\s+quarter${E}`, 'gu', (g) => ({
    meaning: { kind: 'quarter', q: null, y: null, rel: QUARTER_REL[lower(g.rel)]! },
  })),
  // "Q4 2011", "in Q3" (a bare "Q3" is as often a model name: "the Audi Q3")
  gated(QUARTER_GATE, `${B}(?:(?<=${B}(?:${cap(['in', 'during', 'for', 'its', 'their', 'of', 'since', 'by'])})\\s+)|(?=Q[1-4]\\s+(?:19|20)\\d\\d))Q(?<q>[1-4])(?:\\s+${YEAR})?${E}`, 'gu', (g) => ({
    meaning: { kind: 'quarter', q: Number(g.q), y: g.year ? Number(g.year) : null, rel: null },
  })),
  // "fiscal 2011", "fiscal year 2011", "FY2011": TIMEX3 FY2011.
  gated(YEAR_GATE, `${B}(?:[Ff]iscal(?:\\s+[Yy]ear)?\\s+|FY\\s?)${YEAR}`, 'gu', (g) => ({ meaning: { kind: 'fiscal', y: Number(g.year) } })),
  // The year of a named event ("WWDC 2005", "Worldwide Developers Conference 2010").
  gated(YEAR_GATE, `(?<=${B}(?:${alt(EVENT_NAMES)}|(?!${alt(CURRENCY_CODES)}${E})\\p{Lu}{2,6})\\s+)${YEAR}${NOT_A_YEAR}`, 'gu', (g) => ({
    meaning: { kind: 'year', y: Number(g.year), part: null },
  })),
  // A year after a date word ("in 2026", "the 2026 budget") or in brackets.
  gated(YEAR_GATE, `(?<=${B}(?:${YEAR_CONTEXT})\\s+)${YEAR}${NOT_A_YEAR}`, 'gu', (g) => ({ meaning: { kind: 'year', y: Number(g.year), part: null } })),
  // The second year of a range ("from 2015 to 2020", "2019-2021").
  gated(YEAR_GATE, `(?<=${B}(?:19|20)\\d\\d\\s*(?:-|–|to|and|or|through)\\s*)${YEAR}${NOT_A_YEAR}`, 'gu', (g) => ({ meaning: { kind: 'year', y: Number(g.year), part: null } })),
  gated(YEAR_GATE, `(?<=\\()${YEAR}(?=\\))`, 'gu', (g) => ({ meaning: { kind: 'year', y: Number(g.year), part: null } })),
  // "Saturday", "last Saturday", "Saturday night", "late Saturday"
  gated(WEEKDAY_GATE, `${B}(?:(?<rel>last|next|this|coming|this\\s+coming|this\\s+past|past)\\s+|(?<ppod>late|early)\\s+)?${WD}${E}(?:\\s+${POD_WORDS}${E})?`, 'giu', (g, m) => {
    if (NEWSPAPER.test(m.input.slice(m.index + m[0].length))) return null
    const r = lower(g.rel)
    const rel: Rel | null = r === '' ? null : r === 'this past' || r === 'past' ? -1 : r === 'this coming' ? 1 : REL[r]!
    const pod = g.pod ? POD[lower(g.pod)] : g.ppod ? (lower(g.ppod) === 'late' ? 'NI' : 'MO') : undefined
    const meaning = { kind: 'weekday', wd: WD_OF[lower(g.wd).slice(0, 3)]!, rel } as const
    return pod ? { meaning, pod } : { meaning }
  }),
  // "yesterday", "tomorrow morning", "tonight", "last night", "this morning"
  gated(DEICTIC_GATE, `${B}(?<w>yesterday|today|tomorrow|tonight|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)${E}(?:\\s+${POD_WORDS}${E})?`, 'giu', (g) => {
    const w = lower(g.w)
    const days = w.includes('before') ? -2 : w.includes('after') ? 2 : w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0
    const pod = w === 'tonight' ? 'NI' : g.pod ? POD[lower(g.pod)] : undefined
    return pod ? { meaning: { kind: 'deictic', days }, pod } : { meaning: { kind: 'deictic', days } }
  }),
  gated(POD_GATE, `${B}(?<w>last|this)\\s+${POD_WORDS}${E}`, 'giu', (g) => ({
    meaning: { kind: 'deictic', days: lower(g.w) === 'last' ? -1 : 0 },
    pod: POD[lower(g.pod)]!,
  })),
  // "last week", "early next year", "later this month", "this weekend"
  gated(UNIT_GATE, `${B}(?:${PART_ALL})?(?<rel>last|next|this|previous)\\s+(?<unit>week|weekend|month|year)${E}`, 'giu', (g) => ({
    meaning: { kind: 'period', unit: lower(g.unit) as 'week', rel: REL[lower(g.rel)]!, part: part(g.part) },
  })),
  // "the end of the year", "the start of the month"
  gated(UNIT_GATE, `${B}(?:the\\s+)?(?<part>end|beginning|start|middle)\\s+of\\s+the\\s+(?<unit>week|month|year)${E}`, 'giu', (g) => ({
    meaning: { kind: 'period', unit: lower(g.unit) as 'week', rel: 0, part: part(`${g.part} of`) },
  })),
  // "three days ago", "a year ago"
  gated(UNIT_GATE, `${B}${NUM}\\s+${UNIT}\\s+(?:ago|earlier\\s+than\\s+now)${E}`, 'giu', (g) => ({
    meaning: { kind: 'shift', n: countOf(NUMBERS, g.num), unit: unit(g), sign: -1 },
  })),
  // "in two weeks", "in 10 days' time" (not "in two days of fighting")
  gated(UNIT_GATE, `${B}in\\s+${NUM}\\s+${UNIT}(?:['’]\\s+time)?${E}(?!\\s+(?:of|ago)${E})`, 'giu', (g) => ({
    meaning: { kind: 'shift', n: countOf(NUMBERS, g.num), unit: unit(g), sign: 1 },
  })),
  // "within a week", "within days"
  gated(UNIT_GATE, `${B}within\\s+(?:${NUM}\\s+)?${UNIT}${E}`, 'giu', (g) => ({
    meaning: { kind: 'window', n: g.num ? countOf(NUMBERS, g.num) : null, unit: unit(g), sign: 1 },
  })),
  // "in the coming days", "over the past three weeks", "in recent months"
  gated(UNIT_GATE, `${B}(?:in|over|during|for)\\s+(?:the\\s+)?(?<dir>coming|next|recent|past|last)\\s+(?:${NUM}\\s+)?${UNIT}${E}`, 'giu', (g) => ({
    meaning: {
      kind: 'window',
      n: g.num ? countOf(NUMBERS, g.num) : /s$/i.test(g.unit!) ? null : 1,
      unit: unit(g),
      sign: /^(coming|next)$/i.test(g.dir!) ? 1 : -1,
    },
  })),
  // "for four months", "lasted about two weeks"
  gated(UNIT_GATE, `(?<=${B}(?:for|lasted|lasting|after|over|spent|took|lasts)\\s+)(?:(?:about|nearly|almost|more\\s+than|less\\s+than|over|at\\s+least|roughly|some|around|up\\s+to)\\s+)?${NUM}\\s+${UNIT}${E}`, 'giu', (g) =>
    ordinalSecond(g) ? null : { meaning: { kind: 'duration', n: countOf(NUMBERS, g.num), unit: unit(g) } },
  ),
  // "weeks before the vote", "months later": an unstated count of units (TimeML: the unit word alone)
  gated(UNIT_GATE, `${B}(?<unit>days|weeks|months|years)(?=\\s+(?:before|after|earlier|later)${E})`, 'giu', (g) => ({
    meaning: { kind: 'duration', n: null, unit: unit(g) },
  })),
  // "for months", "for years", "over the years"
  gated(UNIT_GATE, `(?<=${B}for\\s+)(?<unit>hours|days|weeks|months|years|decades)${E}`, 'giu', (g) => ({
    meaning: { kind: 'duration', n: null, unit: unit(g) },
  })),
  gated(UNIT_GATE, `(?<=${B}over\\s+)the\\s+(?<unit>months|years|decades)${E}`, 'giu', (g) => ({
    meaning: { kind: 'duration', n: null, unit: unit(g) },
  })),
  // "a four-month siege", "the 12-day war"
  gated(UNIT_GATE, `${B}(?<num>\\d{1,3}|${alt(Object.keys(NUMBERS).filter((n) => !n.includes(' ') && n !== 'a' && n !== 'an'))})-${ADJ_UNIT}(?:-long)?${E}(?!-old)`, 'giu', (g) => ({
    meaning: { kind: 'duration', n: countOf(NUMBERS, g.num), unit: unit(g) },
  })),
  // "a decades-long dispute", "a months-long siege": an unstated count of units
  gated(UNIT_GATE, `${B}(?<unit>days|weeks|months|years|decades|centuries)-long${E}`, 'giu', (g) => ({
    meaning: { kind: 'duration', n: null, unit: unit(g) },
  })),
  // "15 a year", "twice a week", "$2 billion per year": a rate's unit is a TIMEX3 SET.
  gated(UNIT_GATE, `(?<=(?:\\d|${B}(?:once|twice))(?:\\s+(?:million|billion|thousand|times))?\\s+)(?:a|per)\\s+(?<unit>day|week|month|year)${E}`, 'giu', (g) => ({
    meaning: { kind: 'set', value: periodValue(1, unit(g)) },
  })),
  // "three days of mourning"
  gated(UNIT_GATE, `${B}${NUM}\\s+${UNIT}(?=\\s+of\\s)${NOT_CAPACITY}`, 'giu', (g) =>
    ordinalSecond(g) ? null : { meaning: { kind: 'duration', n: countOf(NUMBERS, g.num), unit: unit(g) } },
  ),
  // A bare count of units is a duration ("18 months", "several years"); longer readings
  // ("three days ago", "in two weeks") win where they overlap.
  gated(UNIT_GATE, `${B}(?<num>\\d{1,3}|${alt([...Object.keys(NUMBERS).filter((n) => n !== 'a' && n !== 'an'), ...VAGUE.filter((v) => v !== 'some')])})(?<half>\\s+and\\s+a\\s+half)?\\s+${UNIT}${E}${NOT_CAPACITY}`, 'giu', (g) => {
    const n = countOf(NUMBERS, g.num)
    return { meaning: { kind: 'duration', n: n !== null && g.half ? n + 0.5 : n, unit: unit(g) } }
  }),
  // "at a later date": a day left unnamed (TIMEX3 XXXX-XX-XX, as MEANTIME's gold writes it).
  gated(LATER_GATE, `${B}an?\\s+(?:later|earlier|future)\\s+(?:time|date|stage)${E}`, 'giu', () => ({ meaning: { kind: 'unnamed' } })),
  // "now", but not the adjective in "the now-cancelled deal".
  gated(NOW_GATE, `${B}(?:now|currently|at\\s+present|nowadays)${E}(?!-)`, 'giu', () => ({ meaning: { kind: 'deictic', days: 0, ref: true } })),
  // "recently": TimeML's PAST_REF, placed in the few months before publication.
  gated(RECENT_GATE, `${B}(?:more\\s+)?recently${E}`, 'giu', () => ({ meaning: { kind: 'window', n: null, unit: 'month', sign: -1 } })),
  // "every Monday", "every two weeks", "every morning", "on Mondays", "daily"
  gated(EVERY_GATE, `${B}every\\s+(?:(?<num>other|\\d{1,2}|${alt(Object.keys(NUMBERS).filter((n) => n !== 'a' && n !== 'an'))})\\s+)?(?:${WD}|${UNIT}|${POD_WORDS})${E}`, 'giu', (g) => {
    if (g.wd) return { meaning: { kind: 'set', value: `XXXX-WXX-${WD_OF[lower(g.wd).slice(0, 3)]}` } }
    if (g.pod) return { meaning: { kind: 'set', value: `XXXX-XX-XXT${POD[lower(g.pod)]}` } }
    const n = lower(g.num) === 'other' ? 2 : countOf(NUMBERS, g.num) ?? 1
    return { meaning: { kind: 'set', value: periodValue(n, unit(g)) } }
  }),
  gated(WEEKDAY_GATE, `(?<=${B}on\\s+)(?<wd>${cap(WEEKDAYS.map((w) => `${w}s`))})${E}`, 'gu', (g) => ({
    meaning: { kind: 'set', value: `XXXX-WXX-${WD_OF[lower(g.wd).slice(0, 3)]}` },
  })),
  gated(ADVERB_GATE, `${B}(?<adv>daily|weekly|monthly|annually|yearly|hourly)${E}`, 'gu', (g) => ({
    meaning: { kind: 'set', value: { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H' }[g.adv!]! },
  })),
  // "3 p.m.", "10am"
  gated(AMPM_GATE, `${B}(?<h>1[0-2]|0?[1-9])\\s*(?<ampm>[ap]\\.m\\.|[ap]m${E})`, 'giu', (g) => clockReading(clockOf(Number(g.h), 0, /^p/i.test(g.ampm!)))),
  gated(NOON_GATE, `(?<=${B}(?:at|around|about|by|before|after|until)\\s+)(?<w>noon|midday|midnight)${E}`, 'giu', (g) =>
    clockReading(lower(g.w) === 'midnight' ? { h: 0, min: 0 } : { h: 12, min: 0 }),
  ),
]

function clockReading(clock: { h: number; min: number } | null): Reading | null {
  return clock ? { meaning: { kind: 'clock' }, clock } : null
}

/** TIMEX3 period "P2W", "PT1H". */
export function periodValue(n: number | null, u: Unit): string {
  const count = n === null ? 'X' : String(n)
  switch (u) {
    case 'second': return `PT${count}S`
    case 'minute': return `PT${count}M`
    case 'hour': return `PT${count}H`
    case 'day': return `P${count}D`
    case 'week': return `P${count}W`
    case 'month': return `P${count}M`
    case 'year': return `P${count}Y`
    // MEANTIME's gold counts decades and centuries in years ("the past decade" P10Y,
    // "decades-long" PXY) rather than TIMEX3's DE/CE units; we follow the gold.
    case 'decade': return `P${n === null ? 'X' : n * 10}Y`
    case 'century': return `P${n === null ? 'X' : n * 100}Y`
  }
}

const FUTURE = new Set(['will', "won't", 'shall', 'would', "'ll", 'upcoming', 'scheduled', 'plans', 'plan', 'planned', 'expected', 'due', 'tomorrow', 'next', 'going'])
const PAST = new Set(['said', 'was', 'were', 'had', 'did', 'took', 'met', 'went', 'came', 'made', 'gave', 'held', 'told', 'left', 'fled', 'began', 'saw', 'struck', 'hit', 'won', 'lost', 'sent', 'ago', 'yesterday', 'last', 'since', 'been', 'spoke', 'wrote', 'became', 'fell', 'rose', 'broke', 'drove', 'ran', 'sought', 'brought', 'thought', 'caught', 'led', 'shook', 'arrived', 'died'])
/** "-ed" words that are not past tenses. */
const NOT_PAST = new Set(['need', 'speed', 'bed', 'red', 'hundred', 'seed', 'feed', 'shed', 'indeed', 'embed', 'proceed', 'exceed', 'succeed', 'breed', 'greed', 'creed', 'weed', 'united', 'limited', 'based', 'related', 'armed', 'detailed'])

function tenseOf(word: string, next: string): Tense | null {
  if (FUTURE.has(word)) return word === 'going' && next !== 'to' ? null : 'future'
  // "is set to begin": arranged for later, like "going to".
  if (word === 'set' && next === 'to') return 'future'
  if (PAST.has(word)) return 'past'
  return word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word) ? 'past' : null
}

export const ENGLISH: TimeLanguage = { code: 'en', rules: RULES, tenseOf }
