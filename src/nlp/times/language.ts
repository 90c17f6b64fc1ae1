/**
 * @module nlp/times/language
 * The shape of a language table for time expressions. A table gives word lists
 * (months, weekdays, numbers, units, relative words…) and rule templates; the
 * grammar (grammar.ts) expands the templates into precompiled regexes and the
 * interpreter (interpret.ts) turns a rule's named groups into a meaning, the
 * same way for every language. Adding a language = adding one table.
 */

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century'

/** TIMEX3 part-of-day suffixes. */
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI'

/** Part of a period: thirds (early/mid/late) or the stretch before/after the anchor. */
export type Part = 'early' | 'mid' | 'late' | 'earlier' | 'later'

/** A relative word: "last"/"next"/"this" and their synonyms. */
export type Rel = 'last' | 'next' | 'this'

export type PeriodUnit = 'week' | 'month' | 'year' | 'weekend'

export type RefValue = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'

/**
 * What a rule means. Each kind reads a fixed set of named groups:
 * ymd (year, month, day, wd?), numeric (a, b, year), monthDay (month, day),
 * month (month, year?, rel?, part?), year (year, part?), decade (decade, part?),
 * deictic (word, pod?), weekday (wd, rel? | rel2?, pod? | ppod?),
 * period (unit, rel? | rel2?, part?), relative (num? | vnum?, unit, dir),
 * shift (num, unit; sign on the rule), in (num, unit), ref (word),
 * clock (h, min?, ampm?), clockWord (word), setWeekday (wd | wdp),
 * setUnit (num?, unit), setWord (word), duration (num | vnum, unit, mod?),
 * durationVague (unit).
 */
export type RuleKind =
  | 'ymd'
  | 'numeric'
  | 'monthDay'
  | 'month'
  | 'year'
  | 'decade'
  | 'deictic'
  | 'weekday'
  | 'period'
  | 'relative'
  | 'shift'
  | 'in'
  | 'ref'
  | 'clock'
  | 'clockWord'
  | 'setWeekday'
  | 'setUnit'
  | 'setWord'
  | 'duration'
  | 'durationVague'

export interface RuleTemplate {
  readonly kind: RuleKind
  /**
   * Regex source with placeholders: {B}/{E} word boundaries, {MONTH} (names and
   * abbreviations), {FULLMONTH}, {WD}, {WDP} (plural weekdays), {NUM}, {VNUM},
   * {UNIT}, {PUNIT}, {PART}, {REL}, {POD}, {PPOD}, {DEICTIC}, {REF}, {DIR},
   * {SET}, {MOD}, {CLOCKWORD}, {ORD}, {AMPM}, {ZONE}.
   */
  readonly pattern: string
  /** Direction for 'shift' rules ("hace dos días" = -1, "dentro de dos días" = +1). */
  readonly sign?: 1 | -1
}

export interface Direction {
  /** -1 before, +1 after. */
  readonly sign: 1 | -1
  /** True when counted from the publication date ("ago", "from now"), false when from another event ("later"). */
  readonly anchored: boolean
}

export interface LanguageTable {
  /** ISO 639-1 code. */
  readonly code: string
  /** Month and weekday names must be capitalised ("May", "March" vs the verbs). */
  readonly capitalisedNames: boolean
  readonly months: Readonly<Record<string, number>>
  readonly monthAbbreviations: Readonly<Record<string, number>>
  /** ISO weekday numbers, Monday = 1. */
  readonly weekdays: Readonly<Record<string, number>>
  readonly weekdayPlurals: Readonly<Record<string, number>>
  readonly numbers: Readonly<Record<string, number>>
  /** "several", "a few": a count of X in TIMEX3. */
  readonly vagueNumbers: readonly string[]
  readonly units: Readonly<Record<string, Unit>>
  readonly periodUnits: Readonly<Record<string, PeriodUnit>>
  readonly parts: Readonly<Record<string, Part>>
  readonly rels: Readonly<Record<string, Rel>>
  readonly partsOfDay: Readonly<Record<string, PartOfDay>>
  /** "late Saturday", "early Sunday". */
  readonly partOfDayPrefixes: Readonly<Record<string, PartOfDay>>
  readonly deictic: Readonly<Record<string, { readonly days: number; readonly pod: PartOfDay | null }>>
  /** Vague references; `window` gives a coarse interval reaching back (negative) or forward from the anchor. */
  readonly refs: Readonly<Record<string, { readonly ref: RefValue; readonly windowDays: number | null }>>
  readonly directions: Readonly<Record<string, Direction>>
  /** Frequency words → TIMEX3 SET value. */
  readonly sets: Readonly<Record<string, string>>
  /** Duration modifiers ("more than"): matched into the span; TIMEX3 mod is not kept (no field). */
  readonly mods: readonly string[]
  readonly clockWords: Readonly<Record<string, string>>
  /** Regex sources (flags giu) of future and past tense markers. */
  readonly futureMarkers: string
  readonly pastMarkers: string
  /** Whether the past markers are matched case-sensitively (English "-ed" words). */
  readonly pastCaseSensitive: boolean
  /** Numeric dates are month-first for these full language tags (e.g. "en-us"). */
  readonly monthFirstTags: readonly string[]
  /** In priority order: at one position the first rule that matches wins. */
  readonly rules: readonly RuleTemplate[]
}
