/**
 * @module scripts/build-kb-countries — writes data/kb/countries.json from the
 * `world-countries` package (mledoze/countries, ODbL-1.0; see data/kb/SOURCES.md).
 * Run with `node --import tsx scripts/build-kb-countries.ts` after upgrading the
 * package. The runtime never reads node_modules: it loads the JSON this writes.
 * Only sovereign states (plus the places ALSO_KEEP lists, which news treats
 * as places of their own) are kept; English-news names
 * override the package's where they differ ("Turkey", not "Türkiye").
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { repoPath } from '../src/util/paths.js'
import { entityId } from '../src/util/text.js'

interface SourceCountry {
  readonly name: { readonly common: string; readonly official: string; readonly native?: Record<string, { official: string; common: string }> }
  readonly cca3: string
  readonly independent?: boolean
  readonly altSpellings: readonly string[]
  readonly capital: readonly string[]
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } }
  readonly translations?: Record<string, { readonly official: string; readonly common: string }>
}

/**
 * Non-independent entries kept because news treats them as places of their
 * own: Kosovo, Palestine, Taiwan, Hong Kong, Macau, and the territories that
 * make news under their own name (Greenland, Puerto Rico, Western Sahara,
 * Gibraltar, the Falklands, Guam, New Caledonia, the Faroe Islands, Bermuda,
 * Curaçao, Aruba, French Guiana).
 */
const ALSO_KEEP = new Set(['UNK', 'PSE', 'TWN', 'HKG', 'MAC', 'GRL', 'PRI', 'ESH', 'GIB', 'FLK', 'GUM', 'NCL', 'FRO', 'BMU', 'CUW', 'ABW', 'GUF'])

/** Canonical English-news names where the package's common name differs. */
const CANONICAL: Record<string, string> = { TUR: 'Turkey', CZE: 'Czech Republic', COD: 'Democratic Republic of the Congo', CPV: 'Cape Verde' }

/** Names the package lacks but news uses (written for this project). */
const EXTRA_ALIASES: Record<string, readonly string[]> = {
  TUR: ['Türkiye', 'Turkiye', 'Republic of Türkiye', 'Republic of Turkey'],
  USA: ['U.S.', 'U.S.A.', 'America', 'United States of America', 'EE.UU.', 'EEUU'],
  GBR: ['U.K.', 'Britain', 'Great Britain'],
  CZE: ['Czechia'],
  COD: ['DR Congo', 'DRC', 'Congo-Kinshasa'],
  COG: ['Congo-Brazzaville'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'],
  CHN: ["People's Republic of China", 'PRC', 'Mainland China'],
  RUS: ['Russian Federation'],
  IRN: ['Islamic Republic of Iran'],
  PRK: ['DPRK'],
  MMR: ['Burma'],
  SWZ: ['Swaziland'],
  MKD: ['Macedonia'],
  VAT: ['Vatican', 'Holy See'],
  PSE: ['State of Palestine', 'Palestinian territories'],
  NLD: ['Holland'],
  CIV: ["Côte d'Ivoire"],
  TLS: ['East Timor'],
}

/** Extra demonyms and plural forms the package lacks. */
const EXTRA_DEMONYMS: Record<string, readonly string[]> = {
  USA: ['Americans'],
  GBR: ['Briton', 'Britons'],
  TUR: ['Turk', 'Turks'],
  SAU: ['Saudi', 'Saudis'],
  ARG: ['Argentinian', 'Argentinians'],
  PHL: ['Philippine', 'Filipinos'],
  ISR: ['Israelis'],
  PSE: ['Palestinians'],
  AFG: ['Afghans'],
  KOR: ['South Koreans'],
  PRK: ['North Koreans'],
}

/** Capital names rewritten to how news writes them, or dropped (null) when they are mostly something else. */
const CAPITAL_OVERRIDE: Record<string, readonly string[] | null> = {
  USA: ['Washington', 'Washington, D.C.', 'Washington D.C.', 'Washington DC'],
  SYC: null, // "Victoria" is mostly a given name in news text
  ZAF: ['Pretoria'],
  BOL: ['La Paz', 'Sucre'],
  MNG: ['Ulaanbaatar', 'Ulan Bator'],
  ISL: ['Reykjavík', 'Reykjavik'],
  HKG: null,
  MAC: null,
  BMU: null, // "Hamilton" is mostly a surname
  FLK: null, // "Stanley" is mostly a given name
  GIB: null, // the capital is the territory's own name
}

/** Capitals not used as a stand-in for a government: their status is disputed, or they are a territory's. */
const NO_GOVERNMENT_CAPITAL = new Set(['ISR', 'PSE', 'PRI', 'ESH', 'GUM', 'NCL', 'FRO', 'CUW', 'ABW', 'GUF'])

/**
 * Package spellings that name something else in news ("Guayana" is a Venezuelan region; "Island", Iceland's
 * own name, is an English word; "Maurice", Mauritius in French, is a man's name).
 */
const DROPPED_ALIASES: Record<string, readonly string[]> = { GUF: ['Guiana', 'Guayana'], ISL: ['Island', 'Ísland'], MUS: ['Maurice'] }

/** Foreign spellings that are given names in the KB's list ("Mauricio", "Dominique") would read people as countries. */
const GIVEN_NAMES = new Set((JSON.parse(readFileSync(new URL('../data/kb/given-names.json', import.meta.url), 'utf8')) as string[]).map((n) => n.toLowerCase()))

/** Short all-caps codes kept as aliases; other 2–3 letter codes ("IN", "TR") collide with words. */
const CODE_ALIASES = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'DPRK'])

function keepAlias(s: string): boolean {
  if (s.includes(',')) return false
  if (/^[A-Z]{2,4}$/.test(s)) return CODE_ALIASES.has(s)
  return s.length > 1
}

/** Plural of a demonym used as a noun ("Venezuelans", "Iraqis"); "-ese"/"-ish" forms have none. */
function plural(d: string): string | null {
  return /[ni]$/.test(d) ? d + 's' : null
}

const require = createRequire(import.meta.url)
const source = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as SourceCountry[]
const kept = source.filter((c) => c.independent === true || ALSO_KEEP.has(c.cca3))

// A demonym shared by two kept countries ("Congolese", "Dominican") names neither.
const demonymCount = new Map<string, number>()
const demonymsOf = new Map<string, string[]>()
for (const c of kept) {
  const eng = c.demonyms?.eng
  const base = eng ? [...new Set([eng.m, eng.f])].flatMap((d) => d.split(/,\s*| or /)) : []
  const all = [...new Set([...base, ...base.map(plural).filter((d): d is string => d !== null), ...(EXTRA_DEMONYMS[c.cca3] ?? [])])]
  demonymsOf.set(c.cca3, all)
  for (const d of all) demonymCount.set(d, (demonymCount.get(d) ?? 0) + 1)
}

const countries = kept
  .map((c) => {
    const name = CANONICAL[c.cca3] ?? c.name.common
    const native = Object.values(c.name.native ?? {}).flatMap((n) => [n.common, n.official])
    // Spanish exonyms ("Turquía", "Estados Unidos"): the corpus has Spanish articles.
    const spa = c.translations?.spa
    const spanish = spa ? [spa.common, spa.official] : []
    const aliases = [...new Set([c.name.common, c.name.official, ...c.altSpellings, ...native, ...spanish, ...(EXTRA_ALIASES[c.cca3] ?? [])])]
      .filter((a) => a !== name && keepAlias(a) && !DROPPED_ALIASES[c.cca3]?.includes(a) && !GIVEN_NAMES.has(a.toLowerCase()))
      .sort()
    const capitals = c.cca3 in CAPITAL_OVERRIDE ? (CAPITAL_OVERRIDE[c.cca3] ?? []) : c.capital
    return {
      id: entityId('PLACE', name),
      name,
      cca3: c.cca3,
      aliases,
      demonyms: (demonymsOf.get(c.cca3) ?? []).filter((d) => demonymCount.get(d) === 1 && d !== name).sort(),
      capital: capitals[0] ?? null,
      capitalAliases: capitals.slice(1),
      capitalIsGovernment: !NO_GOVERNMENT_CAPITAL.has(c.cca3),
    }
  })
  .sort((a, b) => a.id.localeCompare(b.id))

writeFileSync(repoPath('data', 'kb', 'countries.json'), JSON.stringify(countries, null, 1) + '\n')
console.log(`wrote ${countries.length} countries to data/kb/countries.json`)
