/**
 * @module nlp/times/es
 * Spanish time-expression rules. Spanish month and weekday names are not
 * everyday words, so these rules ignore case; "mañana" is "tomorrow" except
 * after an article or demonstrative ("la mañana", "esta mañana" = morning).
 */
import { B, DAY, E, YEAR, alt, clockOf, countOf, dateMeaning, groups, key, monthOf, unitOf } from './patterns.js'
import { periodValue } from './en.js'
import type { Part, PartOfDay, Reading, Rel, Tense, TimeLanguage, TimeRule, Unit } from './language.js'
import { SHARED_RULES } from './shared.js'

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre']
const MONTH_KEYS: Record<string, number> = {
  ene: 1, feb: 2, mar: 3, abr: 4, may: 5, jun: 6, jul: 7, ago: 8, sep: 9, set: 9, oct: 10, nov: 11, dic: 12,
}
const MON = `(?<mon>${alt(MONTHS)})${E}`

const WEEKDAYS: Record<string, number> = { lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6, domingo: 7 }
const WD_WORDS = ['lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo']
const WD = `(?<wd>${alt(WD_WORDS)})${E}`
/** Singular and plural weekday names: "cada sábado", "todos los sábados". */
const WD_ANY = `(?<wd>${alt([...WD_WORDS, 'sábados', 'sabados', 'domingos'])})${E}`

const NUMBERS: Record<string, number> = {
  un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, cien: 100,
}
const VAGUE = ['varios', 'varias', 'unos', 'unas', 'algunos', 'algunas', 'pocos', 'pocas', 'muchos', 'muchas']
const NUM = `(?<num>\\d{1,3}|${alt([...Object.keys(NUMBERS), ...VAGUE])})`
const UNIT_STEMS: Record<string, Unit> = {
  seg: 'second', min: 'minute', hor: 'hour', dia: 'day', sem: 'week', mes: 'month', ano: 'year', dec: 'decade', sig: 'century',
}
const UNIT = '(?<unit>segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?|d[ée]cadas?|siglos?)'

const POD: Record<string, PartOfDay> = { manana: 'MO', tarde: 'AF', noche: 'NI', madrugada: 'NI' }
const POD_WORDS = '(?:por|en|de|a)\\s+la\\s+(?<pod>mañana|tarde|noche|madrugada)|de\\s+(?<pod2>madrugada)'

const PART: Record<string, Part> = {
  finales: 'late', fines: 'late', final: 'late', principios: 'early', comienzos: 'early', inicios: 'early', mediados: 'mid',
}
const PART_WORDS = `(?<part>${alt(Object.keys(PART))})`

const REL_WORDS = '(?<rel>pasad[oa]|próxim[oa]|proxim[oa]|que\\s+viene|entrante|anterior)'

/** "sábados" → 6; "lunes" is singular and plural alike. */
function weekdayOf(word: string): number {
  const k = key(word)
  return WEEKDAYS[k] ?? WEEKDAYS[k.replace(/s$/, '')]!
}

function rel(word: string | undefined): Rel | null {
  if (word === undefined) return null
  const k = key(word)
  return k.startsWith('pasad') || k === 'anterior' ? -1 : k.startsWith('est') ? 0 : 1
}

function part(word: string | undefined): Part | null {
  return word === undefined ? null : (PART[key(word)] ?? null)
}

function pod(g: Record<string, string | undefined>): PartOfDay | undefined {
  const w = g.pod ?? g.pod2
  return w ? POD[key(w)] : undefined
}

function rule(source: string, read: (g: Record<string, string | undefined>) => Reading | null): TimeRule {
  return { re: new RegExp(source, 'giu'), read: (m) => read(groups(m)) }
}

/** Literal tests a sentence must pass before a rule runs over it (TimeRule.gate; see en.ts). */
const MONTH_GATE = /enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre/i
const YEAR_GATE = /(?:19|20)\d\d/
const DIGIT_GATE = /\d/
const WEEKDAY_GATE = /lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo/i
const DEICTIC_GATE = /ayer|hoy|anoche|antier|mañana/i
const ESTA_GATE = /esta/i
const PERIOD_GATE = /semana|mes|año/i
const UNIT_GATE = /segundo|minuto|hora|d[ií]a|semana|mes|año|d[ée]cada|siglo/i
const NOW_GATE = /ahora|actual/i
const EVERY_GATE = /cada|todos|todas/i
const ADVERB_GATE = /mente/i

function gated(gate: RegExp, ...args: Parameters<typeof rule>): TimeRule {
  return { ...rule(...args), gate }
}

function unit(g: Record<string, string | undefined>): Unit {
  return unitOf(UNIT_STEMS, g.unit!)!
}

const YEAR_CONTEXT = alt(['en', 'desde', 'hasta', 'de', 'del', 'para', 'año', 'durante', 'el', 'antes de', 'después de', 'entre', 'y'])
const NOT_A_YEAR = `(?!\\s*(?:%|,\\d|\\.\\d)|\\s+(?:${alt(['personas', 'muertos', 'heridos', 'casas', 'viviendas', 'edificios', 'soldados', 'familias', 'km', 'kilómetros', 'metros', 'dólares', 'euros', 'liras', 'toneladas', 'veces'])})${E})`

const RULES: readonly TimeRule[] = [
  ...SHARED_RULES,
  // "3 de enero de 2026", "el sábado 3 de enero", "1º de mayo"
  gated(MONTH_GATE, `${B}(?:${WD},?\\s+)?(?:${DAY}|(?<first>primero))[º°]?\\s+de\\s+${MON}(?:\\s+(?:de|del)\\s+${YEAR})?`, (g) => {
    const meaning = dateMeaning(g.year ? Number(g.year) : null, monthOf(MONTH_KEYS, g.mon!)!, g.first ? 1 : Number(g.day))
    return meaning ? { meaning } : null
  }),
  // "finales de diciembre (de 2025)", "mediados de enero"
  gated(MONTH_GATE, `${B}${PART_WORDS}\\s+de\\s+${MON}(?:\\s+(?:de|del)\\s+${YEAR})?`, (g) => ({
    meaning: { kind: 'month', m: monthOf(MONTH_KEYS, g.mon!)!, y: g.year ? Number(g.year) : null, rel: null, part: part(g.part) },
  })),
  // "enero de 2026"
  gated(MONTH_GATE, `${B}${MON}\\s+(?:de|del)\\s+${YEAR}`, (g) => ({
    meaning: { kind: 'month', m: monthOf(MONTH_KEYS, g.mon!)!, y: Number(g.year), rel: null, part: null },
  })),
  // "enero de este año", "marzo del año que viene"
  gated(MONTH_GATE, `${B}${MON}\\s+(?:de|del)\\s+(?:(?<rel0>este)\\s+año|año\\s+${REL_WORDS})${E}`, (g) => ({
    meaning: { kind: 'month', m: monthOf(MONTH_KEYS, g.mon!)!, y: null, rel: null, part: null, yearRel: g.rel0 ? 0 : rel(g.rel)! },
  })),
  // "diciembre pasado", "el próximo marzo"
  gated(MONTH_GATE, `${B}${MON}\\s+${REL_WORDS}${E}`, (g) => ({
    meaning: { kind: 'month', m: monthOf(MONTH_KEYS, g.mon!)!, y: null, rel: rel(g.rel), part: null },
  })),
  gated(MONTH_GATE, `${B}${REL_WORDS}\\s+${MON}`, (g) => ({
    meaning: { kind: 'month', m: monthOf(MONTH_KEYS, g.mon!)!, y: null, rel: rel(g.rel), part: null },
  })),
  gated(MONTH_GATE, `${B}${MON}`, (g) => ({ meaning: { kind: 'month', m: monthOf(MONTH_KEYS, g.mon!)!, y: null, rel: null, part: null } })),
  // "finales de 2025", "principios del año 2026"
  gated(YEAR_GATE, `${B}${PART_WORDS}\\s+(?:de|del)\\s+(?:año\\s+)?${YEAR}`, (g) => ({ meaning: { kind: 'year', y: Number(g.year), part: part(g.part) } })),
  // "los años 90", "la década de 1990"
  gated(DIGIT_GATE, `(?<=${B}(?:los|las)\\s+)años\\s+(?<dec>(?:19|20)?\\d0)${E}`, (g) => {
    const d = Number(g.dec)
    return { meaning: { kind: 'decade', start: d >= 100 ? d : d >= 30 ? 1900 + d : 2000 + d, part: null } }
  }),
  gated(DIGIT_GATE, `${B}(?:la\\s+)?década\\s+de(?:\\s+los)?\\s+(?<dec>(?:19|20)\\d0)${E}`, (g) => ({ meaning: { kind: 'decade', start: Number(g.dec), part: null } })),
  gated(YEAR_GATE, `(?<=${B}(?:${YEAR_CONTEXT})\\s+)${YEAR}${NOT_A_YEAR}`, (g) => ({ meaning: { kind: 'year', y: Number(g.year), part: null } })),
  gated(YEAR_GATE, `(?<=\\()${YEAR}(?=\\))`, (g) => ({ meaning: { kind: 'year', y: Number(g.year), part: null } })),
  // "sábado", "el sábado pasado", "el próximo lunes", "el sábado por la noche"
  // Not after "los": "los lunes" is every Monday.
  gated(WEEKDAY_GATE, `${B}(?<!${B}los\\s+)(?:(?<rel0>próximo|proximo|pasado|este)\\s+)?${WD}(?:\\s+${REL_WORDS}${E})?(?:\\s+(?:${POD_WORDS})${E})?`, (g) => {
    const meaning = { kind: 'weekday', wd: weekdayOf(g.wd!), rel: rel(g.rel0 ?? g.rel) } as const
    const p = pod(g)
    return p ? { meaning, pod: p } : { meaning }
  }),
  // "ayer", "hoy", "mañana" (tomorrow), "anoche", "pasado mañana", "ayer por la tarde"
  gated(DEICTIC_GATE, `${B}(?<w>ayer|hoy|anoche|anteayer|antier|antes\\s+de\\s+ayer|pasado\\s+mañana|(?<!(?:la|una|cada|esta|esa|toda\\s+la|las|de|por)\\s+)mañana)${E}(?:\\s+(?:${POD_WORDS})${E})?`, (g) => {
    const w = key(g.w!)
    const days = w === 'ayer' || w === 'anoche' ? -1 : w === 'hoy' ? 0 : w === 'manana' ? 1 : w === 'pasado manana' ? 2 : -2
    const p = w === 'anoche' ? 'NI' : pod(g)
    return p ? { meaning: { kind: 'deictic', days }, pod: p } : { meaning: { kind: 'deictic', days } }
  }),
  gated(ESTA_GATE, `${B}esta\\s+(?<pod>mañana|tarde|noche|madrugada)${E}`, (g) => ({ meaning: { kind: 'deictic', days: 0 }, pod: pod(g)! })),
  // "la semana pasada", "el próximo mes", "este año", "a finales de este año"
  gated(PERIOD_GATE, `${B}(?:${PART_WORDS}\\s+de(?:l|\\s+la|\\s+este|\\s+esta)\\s+)?(?:(?:la|el|este|esta)\\s+)?(?:${REL_WORDS}\\s+)?(?<unit>semana|mes|año|fin\\s+de\\s+semana)(?:\\s+${REL_WORDS.replace('<rel>', '<rel2>')})?${E}`, (g) => {
    // A bare "semana"/"mes"/"año" is not a date: it needs a part or a direction.
    if (!g.part && !g.rel && !g.rel2) return null
    const u = key(g.unit!)
    const unit = u === 'semana' ? 'week' : u === 'mes' ? 'month' : u === 'ano' ? 'year' : 'weekend'
    return { meaning: { kind: 'period', unit, rel: rel(g.rel ?? g.rel2) ?? 0, part: part(g.part) } }
  }),
  gated(PERIOD_GATE, `${B}(?<rel>est[ea])\\s+(?<unit>semana|mes|año|fin\\s+de\\s+semana)${E}`, (g) => {
    const u = key(g.unit!)
    return { meaning: { kind: 'period', unit: u === 'semana' ? 'week' : u === 'mes' ? 'month' : u === 'ano' ? 'year' : 'weekend', rel: 0, part: null } }
  }),
  // "hace tres días", "dentro de dos semanas"
  gated(UNIT_GATE, `${B}hace\\s+${NUM}\\s+${UNIT}${E}`, (g) => ({ meaning: { kind: 'shift', n: countOf(NUMBERS, g.num), unit: unit(g), sign: -1 } })),
  // Only "dentro de": "en dos semanas" as often counts a span ("tres ataques en dos semanas").
  gated(UNIT_GATE, `${B}dentro\\s+de\\s+${NUM}\\s+${UNIT}${E}`, (g) => ({
    meaning: { kind: 'shift', n: countOf(NUMBERS, g.num), unit: unit(g), sign: 1 },
  })),
  // "en los próximos días", "durante las últimas semanas", "en menos de una semana"
  gated(UNIT_GATE, `${B}(?:en|durante)\\s+(?:los|las)\\s+(?<dir>próxim[oa]s|proxim[oa]s|últim[oa]s|ultim[oa]s)\\s+(?:${NUM}\\s+)?${UNIT}${E}`, (g) => ({
    meaning: { kind: 'window', n: g.num ? countOf(NUMBERS, g.num) : null, unit: unit(g), sign: /^pr/i.test(g.dir!) ? 1 : -1 },
  })),
  gated(UNIT_GATE, `${B}en\\s+menos\\s+de\\s+${NUM}\\s+${UNIT}${E}`, (g) => ({
    meaning: { kind: 'window', n: countOf(NUMBERS, g.num), unit: unit(g), sign: 1 },
  })),
  // "durante cuatro meses", "tras dos semanas", "cuatro meses de negociaciones"
  gated(UNIT_GATE, `(?<=${B}(?:durante|por|tras|después\\s+de|lleva|llevaba|llevan)\\s+)(?:(?:casi|más\\s+de|menos\\s+de|unos|unas|al\\s+menos)\\s+)?${NUM}\\s+${UNIT}${E}`, (g) => ({
    meaning: { kind: 'duration', n: countOf(NUMBERS, g.num), unit: unit(g) },
  })),
  // A bare count of units is a duration ("18 meses", "varios años"); "hace tres días" wins where they overlap.
  gated(UNIT_GATE, `${B}(?<num>\\d{1,3}|${alt([...Object.keys(NUMBERS).filter((n) => n !== 'un' && n !== 'una'), ...VAGUE])})\\s+${UNIT}${E}`, (g) => ({
    meaning: { kind: 'duration', n: countOf(NUMBERS, g.num), unit: unit(g) },
  })),
  gated(NOW_GATE, `${B}(?:ahora|actualmente|en\\s+la\\s+actualidad)${E}`, () => ({ meaning: { kind: 'deictic', days: 0, ref: true } })),
  // "cada lunes", "todos los días", "los sábados", "cada dos semanas"
  gated(EVERY_GATE, `${B}(?:cada|todos\\s+los|todas\\s+las)\\s+(?:${NUM}\\s+)?(?:${WD_ANY}|${UNIT})${E}`, (g) => {
    if (g.wd) return { meaning: { kind: 'set', value: `XXXX-WXX-${weekdayOf(g.wd)}` } }
    return { meaning: { kind: 'set', value: periodValue(countOf(NUMBERS, g.num) ?? 1, unit(g)) } }
  }),
  gated(WEEKDAY_GATE, `(?<=${B}los\\s+)(?<wd>${alt(['lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábados', 'sabados', 'domingos'])})${E}`, (g) => ({
    meaning: { kind: 'set', value: `XXXX-WXX-${weekdayOf(g.wd!)}` },
  })),
  gated(ADVERB_GATE, `${B}(?<adv>diariamente|semanalmente|mensualmente|anualmente)${E}`, (g) => ({
    meaning: { kind: 'set', value: { diariamente: 'P1D', semanalmente: 'P1W', mensualmente: 'P1M', anualmente: 'P1Y' }[key(g.adv!)]! },
  })),
  // "a las 15 horas", "a las 3 de la tarde"
  gated(DIGIT_GATE, `(?<=${B}(?:a|hacia|sobre|desde|hasta)\\s+las?\\s+)(?<h>[01]?\\d|2[0-3])(?:[:.](?<min>[0-5]\\d))?(?:\\s+(?:horas|h)${E})?(?:\\s+de\\s+la\\s+(?<half>mañana|tarde|noche|madrugada)${E})?(?!\\d)`, (g) => {
    const half = g.half ? key(g.half) : null
    const clock = clockOf(Number(g.h), Number(g.min ?? 0), half === null ? null : half === 'tarde' || half === 'noche')
    return clock ? { meaning: { kind: 'clock' }, clock } : null
  }),
]

const FUTURE_WORDS = new Set(['va', 'van', 'vamos', 'proximo', 'proxima', 'planea', 'planean', 'preve', 'prevé', 'manana', 'previsto', 'prevista', 'viene'])
// Imperfects in "-ía" are listed, not matched by ending: "Turquía", "policía" and "economía" end the same way.
const PAST_WORDS = new Set([
  'fue', 'fueron', 'dijo', 'dijeron', 'hizo', 'tuvo', 'hubo', 'estuvo', 'ayer', 'hace', 'pasado', 'pasada', 'anoche', 'ha', 'han',
  'habia', 'habian', 'tenia', 'tenian', 'decia', 'decian', 'vio', 'dio', 'desde',
])

function tenseOf(word: string, next: string): Tense | null {
  const w = key(word)
  if (w === 'va' || w === 'van' || w === 'vamos') return next === 'a' ? 'future' : null
  if (FUTURE_WORDS.has(w)) return 'future'
  if (PAST_WORDS.has(w)) return 'past'
  // Future endings (-rá, -rán, -remos) are read on the accented word; preterite and imperfect too.
  if (/(?:rá|rán|remos)$/.test(word)) return 'future'
  if (word.length > 4 && /(?:ó|aron|ieron|aba|aban)$/.test(word)) return 'past'
  return null
}

export const SPANISH: TimeLanguage = { code: 'es', rules: RULES, tenseOf }
