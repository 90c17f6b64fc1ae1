/**
 * @module eval/extraction/metadata
 * Metadata agreement on Readability's test pages: for each field, the share of
 * news cases where an extractor's value matches expected-metadata.json, counted
 * only over cases whose gold has a value for that field (so "the gold has no
 * date" neither helps nor hurts).
 *
 * Which cases are news: the data's README says "about 60" without naming them,
 * so the rule here is the page's own declaration. A case is news when its
 * source.html says it is an article: an og:type of "article", or a JSON-LD
 * object typed Article, NewsArticle, ReportageNewsArticle, AnalysisNewsArticle,
 * OpinionNewsArticle or BlogPosting.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseHTML } from 'linkedom'
import type { ComparableMeta } from './extractors.js'

/**
 * 'headline' is the title compared leniently: the gold is Readability's own
 * output, which keeps og:title whole ("How to Build a Terrarium | eHow"), while
 * storytrace cuts such trailing site or author parts off on purpose.
 */
export const META_FIELDS = ['title', 'headline', 'byline', 'published', 'siteName', 'lang'] as const
export type MetaField = (typeof META_FIELDS)[number]
type MetaKey = keyof ComparableMeta
/** Where a compared field is read from. */
export const sourceKey = (field: MetaField): MetaKey => (field === 'headline' ? 'title' : field)

/** How each field is compared, for the report. */
export const FIELD_RULE: Record<MetaField, string> = {
  title: 'same text after case, space, quote and dash folding',
  headline: 'title, or the title less trailing " | Site" parts',
  byline: 'same text after folding and a leading "By"',
  published: 'same day as written, or same instant when both carry a zone',
  siteName: 'same text after folding',
  lang: 'same primary language subtag',
}

const ARTICLE_TYPES = new Set(['article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'blogposting'])

function jsonLdTypes(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const v of value) jsonLdTypes(v, out)
  } else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>
    const type = obj['@type']
    for (const t of Array.isArray(type) ? type : [type]) if (typeof t === 'string') out.push(t.toLowerCase())
    if (obj['@graph']) jsonLdTypes(obj['@graph'], out)
  }
  return out
}

/** True when the page declares itself an article (og:type or JSON-LD type). */
export function declaresArticle(html: string): boolean {
  const { document } = parseHTML(html)
  for (const meta of document.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase()
    if (key.split(/\s+/).includes('og:type') && (meta.getAttribute('content') ?? '').trim().toLowerCase() === 'article') return true
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      if (jsonLdTypes(JSON.parse(script.textContent ?? '')).some((t) => ARTICLE_TYPES.has(t))) return true
    } catch {
      // a broken JSON-LD block declares nothing
    }
  }
  return false
}

export interface MetadataCase {
  readonly name: string
  readonly sourcePath: string
  readonly expected: ComparableMeta
}

function stringOrNull(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v : null
}

/** Reads a case's expected-metadata.json into the compared fields. */
export function expectedMeta(json: Record<string, unknown>): ComparableMeta {
  return {
    title: stringOrNull(json['title']),
    byline: stringOrNull(json['byline']),
    published: stringOrNull(json['publishedTime']),
    siteName: stringOrNull(json['siteName']),
    lang: stringOrNull(json['lang']),
  }
}

/** The news cases of a readability-pages folder, by name. */
export function loadNewsCases(dir: string): MetadataCase[] {
  const cases: MetadataCase[] = []
  for (const name of readdirSync(dir).sort()) {
    const caseDir = join(dir, name)
    const sourcePath = join(caseDir, 'source.html')
    const metaPath = join(caseDir, 'expected-metadata.json')
    if (!statSync(caseDir).isDirectory() || !existsSync(sourcePath) || !existsSync(metaPath)) continue
    if (!declaresArticle(readFileSync(sourcePath, 'utf8'))) continue
    cases.push({ name, sourcePath, expected: expectedMeta(JSON.parse(readFileSync(metaPath, 'utf8')) as Record<string, unknown>) })
  }
  return cases
}

function fold(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/** The value of a field as compared, or null when it says nothing. */
export function comparable(field: MetaField, value: string | null): string | null {
  if (value === null) return null
  let out: string
  switch (field) {
    case 'title':
    case 'headline':
    case 'siteName':
      out = fold(value)
      break
    case 'byline':
      out = fold(value).replace(/^by\s+/, '').replace(/[\s.,;:|-]+$/, '')
      break
    case 'published':
      out = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1] ?? ''
      break
    case 'lang':
      out = value.trim().toLowerCase().split(/[-_]/)[0] ?? ''
      break
  }
  return out || null
}

export interface FieldTally {
  /** Cases whose gold has a value for the field. */
  readonly withGold: number
  readonly agree: number
}

export type MetadataTally = Record<MetaField, FieldTally>

/** For each field: does the extracted value agree with the gold (undefined when the gold has none)? */
export function compareMeta(expected: ComparableMeta, got: ComparableMeta | null): Partial<Record<MetaField, boolean>> {
  const out: Partial<Record<MetaField, boolean>> = {}
  for (const field of META_FIELDS) {
    const want = comparable(field, expected[sourceKey(field)])
    if (want === null) continue
    const value = got?.[sourceKey(field)] ?? null
    const mine = comparable(field, value)
    out[field] =
      mine === want ||
      (field === 'published' && sameInstant(expected.published, value)) ||
      (field === 'headline' && mine !== null && withoutTrailingParts(want).includes(mine))
  }
  return out
}

const TITLE_PART_SEPARATOR_RE = /\s+(?:[|\-–—·»/\\]|::)\s+/g

/** A folded title less one, two, … of its trailing separator-delimited parts ("a | b | c" → "a | b", "a"). */
function withoutTrailingParts(title: string): string[] {
  const cuts = [...title.matchAll(TITLE_PART_SEPARATOR_RE)].map((m) => m.index)
  return cuts.filter((i) => i > 0).map((i) => title.slice(0, i).trim())
}

/** A time with an explicit zone ("…T17:18:13-08:00", "…Z"), as epoch ms; null otherwise. */
function zonedInstant(value: string | null): number | null {
  if (!value || !/T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/.test(value.trim())) return null
  const ms = Date.parse(value.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))
  return Number.isNaN(ms) ? null : ms
}

/**
 * Two zoned times of the same minute agree even when written in different
 * zones (the gold's 17:18 at -08:00 is our 01:18Z the next day); times without
 * a zone are only compared by their written day.
 */
function sameInstant(a: string | null, b: string | null): boolean {
  const x = zonedInstant(a)
  const y = zonedInstant(b)
  return x !== null && y !== null && Math.abs(x - y) < 60_000
}

/** Sums per-case comparisons into per-field counts. */
export function tallyMeta(comparisons: readonly Partial<Record<MetaField, boolean>>[]): MetadataTally {
  const tally = {} as Record<MetaField, { withGold: number; agree: number }>
  for (const field of META_FIELDS) tally[field] = { withGold: 0, agree: 0 }
  for (const c of comparisons) {
    for (const field of META_FIELDS) {
      const v = c[field]
      if (v === undefined) continue
      tally[field].withGold++
      if (v) tally[field].agree++
    }
  }
  return tally
}
