/**
 * @module story/articles — the story stage's view of one input: publication
 * order, day numbers, normalised body words, and the small hashes and date
 * helpers every step shares.
 */
import type { Doc, Hop, Span } from '../doc/types.js'
import { sentenceAt } from '../doc/doc.js'
import { entityId, foldDiacritics } from '../util/text.js'
import type { Evidence, StoryInput } from './types.js'

export interface Article {
  /** Position in publication order (published, then id). */
  readonly index: number
  readonly id: string
  readonly doc: Doc
  /** Publication day number (days since 1970-01-01), null when unknown. */
  readonly day: number | null
  /** Outlet entity id of the publisher, null when unknown. */
  readonly outlet: string | null
  /** Lower-cased, diacritic-folded body words in text order. */
  readonly words: readonly string[]
}

const MS_PER_DAY = 86_400_000
const WORD = /[\p{L}\p{N}]+/gu
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/

/** "2026-01-05" or "2026-01-05T10:00Z" → day number; null for anything else. */
export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null
  const m = ISO_DAY.exec(iso)
  if (!m) return null
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return Number.isNaN(ms) ? null : Math.floor(ms / MS_PER_DAY)
}

/** A datetime without a zone ("2026-01-05T10:00"), which Date.parse would read in the machine's zone. */
const ZONELESS_DATETIME = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/

function publishedMs(published: string | null): number {
  if (!published) return Number.POSITIVE_INFINITY
  // Read zoneless datetimes as UTC so the order does not depend on where the engine runs.
  const ms = Date.parse(ZONELESS_DATETIME.test(published) ? `${published}Z` : published)
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms
}

/** Normalised words of a text: folded diacritics, lower case, letters and digits only. */
export function normalWords(text: string): string[] {
  return foldDiacritics(text).toLowerCase().match(WORD) ?? []
}

/**
 * Sorts inputs into publication order (undated last, ties by id) and drops
 * repeated ids, so every later step sees one order whatever the input order.
 */
export function prepareArticles(inputs: readonly StoryInput[]): Article[] {
  const keyed = inputs.map((input) => ({ input, ms: publishedMs(input.doc.meta.published) }))
  keyed.sort((a, b) => (a.ms !== b.ms ? (a.ms < b.ms ? -1 : 1) : compareStrings(a.input.id, b.input.id)))
  const seen = new Set<string>()
  const out: Article[] = []
  for (const { input } of keyed) {
    if (seen.has(input.id)) continue
    seen.add(input.id)
    out.push({
      index: out.length,
      id: input.id,
      doc: input.doc,
      day: dayNumber(input.doc.meta.published),
      outlet: input.doc.meta.outlet?.id ?? null,
      words: normalWords(input.doc.text),
    })
  }
  return out
}

/** Code-unit string order, independent of locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The sentence around an offset as evidence; the fallback span when there is no sentences layer. */
export function evidenceAt(article: Article, offset: number, fallback: Span): Evidence {
  const s = sentenceAt(article.doc, offset) ?? fallback
  return { article: article.id, start: s.start, end: s.end }
}

/** True when a hop names an outlet (cited or publishing). */
export function isOutletHop(hop: Hop): boolean {
  return hop.kind === 'outlet' || (hop.entity?.startsWith('outlet:') ?? false)
}

/** The outlet entity id of an outlet hop, made from its name when the hop has no entity. */
export function outletIdOf(hop: Hop): string {
  return hop.entity?.startsWith('outlet:') ? hop.entity : entityId('OUTLET', hop.name)
}
