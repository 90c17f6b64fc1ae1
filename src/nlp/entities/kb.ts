/**
 * @module nlp/entities/kb — the shipped knowledge base (data/kb/*.json) as
 * lookup structures: outlet resolution for article metadata, surface-form
 * lookup, and the gazetteer the entities annotator matches text against.
 * The JSON is read once, on first use, and compiled into a Map keyed by the
 * first unit of each form, so matching costs one Map lookup per text unit.
 * Ids always come from entityId(type, canonical name).
 */
import { readFileSync } from 'node:fs'
import type { EntityType } from '../../doc/types.js'
import { tokenize } from '../sentences/tokens.js'
import { StorytraceError } from '../../errors.js'
import { repoPath } from '../../util/paths.js'
import { entityId, foldDiacritics } from '../../util/text.js'
import { toUnits, unitMatches, type Unit } from './units.js'

export interface KbEntity {
  readonly id: string
  readonly name: string
  readonly type: EntityType
}

export interface KbEntry extends KbEntity {
  /** For a capital: the id of the country whose government it can stand for. */
  readonly governmentOf?: string
  /** A country: its name can stand for its government ("Turkey offered"). */
  readonly country?: boolean
}

/** A surface form of an entry, as units; rank orders forms that collide (lower wins). */
export interface KbForm {
  readonly units: readonly Unit[]
  readonly entry: KbEntry
  readonly rank: number
}

export interface Gazetteer {
  /**
   * Forms matched anywhere in text, longest first: those of two or more
   * units by the keys of their first, then second unit ("the" → "hindu"),
   * one-unit forms by their key. A frequent first word ("the", "al", "us")
   * then costs two lookups instead of a scan of every form it starts.
   */
  readonly byFirstTwo: ReadonlyMap<string, ReadonlyMap<string, readonly KbForm[]>>
  readonly single: ReadonlyMap<string, readonly KbForm[]>
  /**
   * Outlets named by a contextual short form, by the key of its name word
   * ("post" → The Washington Post, New York Post), in knowledge-base order:
   * the first is the default reading.
   */
  readonly contextual: ReadonlyMap<string, readonly { readonly entry: KbEntry; readonly withThe: boolean }[]>
  /** Countries by id: where a capital standing for its government points. */
  readonly countries: ReadonlyMap<string, KbEntry>
  /** Every KB outlet, for finding the outlets a document names. */
  readonly outlets: ReadonlyMap<string, KbEntry>
  /**
   * Countries by folded demonym ("turkish", "venezuelans"): capitalised words
   * that are not names but mention their country. A demonym two countries
   * share is kept as a key with no country.
   */
  readonly demonyms: ReadonlyMap<string, KbEntry | null>
  /**
   * Countries by folded Spanish demonym, every gender and number
   * ("venezolanas", "frances"): lower-case adjectives in Spanish text.
   * `singular` holds the masculine singular forms, which double as language
   * names ("en español").
   */
  readonly demonymsEs: { readonly forms: ReadonlyMap<string, KbEntry>; readonly singular: ReadonlySet<string> }
  /** Folded given names: the cue that an unknown name is a person. */
  readonly givenNames: ReadonlySet<string>
  /**
   * The folded one-word keys a KB person goes by once a document has named
   * them in full, by person id: the last name unit ("Rubio" after "Marco
   * Rubio") and the listed short names (people.json "short": "Kim" after
   * "Kim Jong Un", whose family name comes first).
   */
  readonly shortNames: ReadonlyMap<string, readonly string[]>
  /** Country id of each KB person whose country is known: where "the Trump administration" governs. */
  readonly homeCountries: ReadonlyMap<string, string>
}

interface CountryJson {
  name: string
  cca3: string
  aliases: string[]
  demonyms: string[]
  capital: string | null
  capitalAliases: string[]
  capitalIsGovernment: boolean
}
interface NamedJson {
  name: string
  aliases?: string[]
  country?: string
}
interface PersonJson extends NamedJson {
  short?: string[]
}
interface OutletJson extends NamedJson {
  contextual?: string[]
  domains?: string[]
}

const RANK_NAME = 0
const RANK_ALIAS = 1
const RANK_PLACE = 2

function readKb<T>(file: string): T {
  const path = repoPath('data', 'kb', file)
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T
  } catch (err) {
    throw new StorytraceError('E_CONFIG', `knowledge base file ${file} could not be read`, { path }, { cause: err })
  }
}

export function formUnits(surface: string): Unit[] {
  return toUnits(surface, tokenize(surface))
}

function unitsKey(units: readonly Unit[]): string {
  return units.map((u) => u.key).join(' ')
}

/** Outlet names compare without case, diacritics, punctuation or a leading "the". */
function outletKey(s: string): string {
  return foldDiacritics(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '')
}

/** Feminine and plural forms of a Spanish masculine singular demonym: "francés" → francesa, franceses, francesas. */
function spanishForms(m: string): string[] {
  const rule = /^(.*)o$/.exec(m) ?? /^(.*)és$/.exec(m) ?? /^(.*)án$/.exec(m) ?? /^(.*ol)$/.exec(m)
  if (rule) {
    const stem = rule[1]!
    if (m.endsWith('o')) return [m, `${stem}a`, `${stem}os`, `${stem}as`]
    const base = m.endsWith('és') ? `${stem}es` : m.endsWith('án') ? `${stem}an` : stem
    return [m, `${base}a`, `${base}es`, `${base}as`]
  }
  if (m.endsWith('í')) return [m, `${m}es`, `${m}s`]
  return [m, `${m}s`]
}

function spanishDemonyms(byCode: ReadonlyMap<string, KbEntry>): Gazetteer['demonymsEs'] {
  const forms = new Map<string, KbEntry>()
  const singular = new Set<string>()
  const fold = (s: string): string => foldDiacritics(s).toLowerCase()
  const raw = readKb<Record<string, string>>('demonyms-es.json')
  for (const [code, m] of Object.entries(raw)) {
    // Keys that are not country codes ("_comment") find no country.
    const country = byCode.get(code)
    if (!country) continue
    singular.add(fold(m))
    for (const f of spanishForms(m)) forms.set(fold(f), country)
  }
  return { forms, singular }
}

interface Kb {
  readonly gazetteer: Gazetteer
  /** Every form (contextual-looking names too), by the key of all its units. */
  readonly forms: ReadonlyMap<string, readonly KbForm[]>
  readonly outletNames: ReadonlyMap<string, KbEntry>
  readonly outletDomains: ReadonlyMap<string, KbEntry>
}

let cached: Kb | undefined

function loadKb(): Kb {
  const all: KbForm[] = []
  const add = (entry: KbEntry, surface: string, rank: number): void => {
    const units = formUnits(surface)
    if (units.length) all.push({ units, entry, rank })
  }
  const entry = (type: EntityType, name: string, governmentOf?: string): KbEntry =>
    governmentOf ? { id: entityId(type, name), name, type, governmentOf } : { id: entityId(type, name), name, type }

  const demonyms = new Map<string, KbEntry | null>()
  const countries = new Map<string, KbEntry>()
  const capitals = new Map<string, KbEntry>()
  const byCode = new Map<string, KbEntry>()
  for (const c of readKb<CountryJson[]>('countries.json')) {
    const country: KbEntry = { ...entry('PLACE', c.name), country: true }
    countries.set(country.id, country)
    byCode.set(c.cca3, country)
    add(country, c.name, RANK_NAME)
    for (const a of c.aliases) add(country, a, RANK_ALIAS)
    for (const d of c.demonyms) {
      const key = foldDiacritics(d).toLowerCase()
      demonyms.set(key, demonyms.has(key) && demonyms.get(key)?.id !== country.id ? null : country)
    }
    if (c.capital) {
      const city = entry('PLACE', c.capital, c.capitalIsGovernment ? country.id : undefined)
      capitals.set(city.id, city)
      for (const s of [c.capital, ...c.capitalAliases]) add(city, s, RANK_PLACE)
    }
  }
  for (const c of readKb<NamedJson[]>('cities.json')) {
    const city = capitals.get(entityId('PLACE', c.name)) ?? entry('PLACE', c.name)
    for (const s of [c.name, ...(c.aliases ?? [])]) add(city, s, RANK_PLACE)
  }
  const shortNames = new Map<string, string[]>()
  const homeCountries = new Map<string, string>()
  for (const p of readKb<PersonJson[]>('people.json')) {
    const person = entry('PERSON', p.name)
    const home = p.country !== undefined ? byCode.get(p.country) : undefined
    if (home) homeCountries.set(person.id, home.id)
    add(person, p.name, RANK_NAME)
    for (const a of p.aliases ?? []) add(person, a, RANK_ALIAS)
    const last = formUnits(p.name).filter((u) => u.word).at(-1)
    const keys = [...(last ? [last.key] : []), ...(p.short ?? []).map((s) => foldDiacritics(s).toLowerCase())]
    shortNames.set(person.id, keys)
  }
  for (const o of [...readKb<NamedJson[]>('orgs.json'), ...readKb<NamedJson[]>('companies.json')]) {
    const org = entry('ORG', o.name)
    add(org, o.name, RANK_NAME)
    for (const a of o.aliases ?? []) add(org, a, RANK_ALIAS)
  }

  const outlets = new Map<string, KbEntry>()
  const outletNames = new Map<string, KbEntry>()
  const outletDomains = new Map<string, KbEntry>()
  const contextual = new Map<string, { entry: KbEntry; withThe: boolean }[]>()
  const contextualKeys = new Set<string>()
  for (const o of readKb<OutletJson[]>('outlets.json')) {
    const outlet = entry('OUTLET', o.name)
    outlets.set(outlet.id, outlet)
    add(outlet, o.name, RANK_NAME)
    for (const a of o.aliases ?? []) add(outlet, a, RANK_ALIAS)
    for (const s of [o.name, ...(o.aliases ?? [])]) {
      const k = outletKey(s)
      if (k && !outletNames.has(k)) outletNames.set(k, outlet)
    }
    for (const d of o.domains ?? []) outletDomains.set(d.toLowerCase(), outlet)
    for (const c of o.contextual ?? []) {
      const units = formUnits(c).filter((u) => u.word)
      const withThe = units.length === 2 && units[0]!.key === 'the'
      const word = units.at(-1)
      if (!word) continue
      contextualKeys.add(unitsKey(units))
      const list = contextual.get(word.key) ?? []
      if (!list.some((x) => x.entry.id === outlet.id)) list.push({ entry: outlet, withThe })
      contextual.set(word.key, list)
    }
  }

  // One reading per form: the lowest rank wins; a tie between two entries leaves the form ambiguous, so it is dropped.
  const forms = new Map<string, KbForm[]>()
  for (const f of all) {
    const k = unitsKey(f.units)
    const list = forms.get(k) ?? []
    if (!list.some((g) => g.entry.id === f.entry.id && g.rank <= f.rank)) list.push(f)
    forms.set(k, list)
  }
  const byFirstTwo = new Map<string, Map<string, KbForm[]>>()
  const single = new Map<string, KbForm[]>()
  for (const [k, list] of forms) {
    const best = Math.min(...list.map((f) => f.rank))
    const top = list.filter((f) => f.rank === best)
    if (new Set(top.map((f) => f.entry.id)).size > 1) continue
    // Forms that are also contextual outlet forms ("The Times", "Time") need context: the annotator handles them.
    if (contextualKeys.has(k)) continue
    for (const f of top) {
      const first = f.units[0]!.key
      let index = single
      if (f.units.length > 1) {
        index = byFirstTwo.get(first) ?? new Map<string, KbForm[]>()
        byFirstTwo.set(first, index)
      }
      const key = f.units.length > 1 ? f.units[1]!.key : first
      const bucket = index.get(key) ?? []
      bucket.push(f)
      index.set(key, bucket)
    }
  }
  for (const seconds of byFirstTwo.values()) for (const bucket of seconds.values()) bucket.sort((a, b) => b.units.length - a.units.length || a.rank - b.rank)
  for (const bucket of single.values()) bucket.sort((a, b) => a.rank - b.rank)

  const demonymsEs = spanishDemonyms(byCode)
  const givenNames = new Set(readKb<string[]>('given-names.json').map((n) => foldDiacritics(n).toLowerCase()))
  return {
    gazetteer: { byFirstTwo, single, contextual, countries, outlets, demonyms, demonymsEs, givenNames, shortNames, homeCountries },
    forms,
    outletNames,
    outletDomains,
  }
}

function kb(): Kb {
  cached ??= loadKb()
  return cached
}

export function gazetteer(): Gazetteer {
  return kb().gazetteer
}

/** The host of a URL or bare domain, without "www." and similar prefixes; null when the input is neither. */
function hostOf(input: string): string | null {
  const s = input.trim().toLowerCase()
  if (/\s/.test(s)) return null
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) {
    try {
      return new URL(s).hostname.replace(/^(www|m|amp|mobile)\./, '')
    } catch {
      return null
    }
  }
  const m = /^(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/:?#].*)?$/.exec(s)
  return m ? m[1]! : null
}

/**
 * The KB outlet a name, URL or domain stands for: "NYT", "The New York Times",
 * "nytimes.com" and "https://www.nytimes.com/2025/..." all give The New York
 * Times. Subdomains resolve to their site ("edition.cnn.com" → CNN). Unknown → null.
 */
export function resolveOutlet(nameUrlOrDomain: string): { id: string; name: string } | null {
  const { outletNames, outletDomains } = kb()
  const host = hostOf(nameUrlOrDomain)
  if (host) {
    const labels = host.split('.')
    for (let i = 0; i < labels.length - 1; i++) {
      const hit = outletDomains.get(labels.slice(i).join('.'))
      if (hit) return { id: hit.id, name: hit.name }
    }
    // "Reuters.com" style names of a known outlet fall through to the name lookup.
  }
  const hit = outletNames.get(outletKey(nameUrlOrDomain.replace(/^\s*source:\s*/i, '')))
  return hit ? { id: hit.id, name: hit.name } : null
}

/**
 * The KB entry a surface form names, whatever its spelling: aliases, exonyms,
 * with or without diacritics ("Türkiye", "Turquía" → Turkey). Case matters
 * only for all-caps forms ("US" is the country, "us" is not). Unknown → null.
 */
export function lookupEntity(surface: string): KbEntity | null {
  const { forms } = kb()
  let units = formUnits(surface.trim())
  for (let attempt = 0; attempt < 2 && units.length; attempt++) {
    const candidates = forms.get(unitsKey(units)) ?? []
    const fitting = candidates.filter((f) => f.units.every((u, i) => unitMatches(u, units[i]!)))
    if (fitting.length) {
      const best = Math.min(...fitting.map((f) => f.rank))
      const top = fitting.filter((f) => f.rank === best)
      if (new Set(top.map((f) => f.entry.id)).size === 1) {
        const { id, name, type } = top[0]!.entry
        return { id, name, type }
      }
      return null
    }
    // "the Hague", "The Guardian": retry without a leading article.
    if (units[0]!.key !== 'the') break
    units = units.slice(1)
  }
  return null
}
