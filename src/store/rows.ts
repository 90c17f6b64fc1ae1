/**
 * @module store/rows
 * Mapping between table rows and the contract types of store/types.ts. JSON
 * columns arrive as text from both engines and are parsed here, once.
 */
import type { Doc, OutletRef } from '../doc/types.js'
import type { Storyline } from '../story/types.js'
import type { SearchRow } from './engine.js'
import type { ArticlesTable, StorylinesTable } from './schema.js'
import type { ArticleSummary, SearchHit, StoredArticle } from './types.js'

export function parseJson<T>(value: string): T {
  return JSON.parse(value) as T
}

function outletOf(id: string | null, name: string | null): OutletRef | null {
  return id === null ? null : { id, name: name ?? id }
}

export function articleRow(id: string, doc: Doc, ingestedAt: string, versionOf: string | null): ArticlesTable {
  const m = doc.meta
  return {
    id,
    url: m.url,
    source: m.source,
    title: m.title,
    byline: m.byline,
    outlet_id: m.outlet?.id ?? null,
    outlet_name: m.outlet?.name ?? null,
    published: m.published,
    modified: m.modified,
    language: m.language,
    text: doc.text,
    meta: JSON.stringify(m),
    layers: JSON.stringify(doc.layers),
    errors: JSON.stringify(doc.errors),
    ingested_at: ingestedAt,
    version_of: versionOf,
    superseded_by: null,
  }
}

/** Columns read back for a StoredArticle (never PostgreSQL's search vector). */
export const STORED_COLUMNS = ['id', 'text', 'meta', 'layers', 'errors', 'ingested_at', 'version_of'] as const
export type StoredRow = Pick<ArticlesTable, (typeof STORED_COLUMNS)[number]>

export function toStoredArticle(row: StoredRow): StoredArticle {
  return {
    id: row.id,
    doc: {
      text: row.text,
      meta: parseJson(row.meta),
      layers: parseJson(row.layers),
      errors: parseJson(row.errors),
    },
    ingestedAt: row.ingested_at,
    versionOf: row.version_of,
  }
}

export const SUMMARY_COLUMNS = [
  'articles.id',
  'articles.source',
  'articles.url',
  'articles.title',
  'articles.outlet_id',
  'articles.outlet_name',
  'articles.published',
  'articles.language',
  'articles.version_of',
] as const
export type SummaryRow = Pick<
  ArticlesTable,
  'id' | 'source' | 'url' | 'title' | 'outlet_id' | 'outlet_name' | 'published' | 'language' | 'version_of'
> & { storyline: string | null }

export function toArticleSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    source: row.source,
    url: row.url,
    title: row.title,
    outlet: outletOf(row.outlet_id, row.outlet_name),
    published: row.published,
    language: row.language,
    storyline: row.storyline,
    versionOf: row.version_of,
  }
}

export function toSearchHit(row: SearchRow): SearchHit {
  return {
    id: row.id,
    title: row.title,
    outlet: outletOf(row.outlet_id, row.outlet_name),
    published: row.published,
    snippet: row.snippet ?? '',
    rank: Number(row.rank),
  }
}

export function storylineRow(s: Storyline): StorylinesTable {
  let first: string | null = null
  let last: string | null = null
  for (const a of s.articles) {
    if (a.published === null) continue
    if (first === null || a.published < first) first = a.published
    if (last === null || a.published > last) last = a.published
  }
  return {
    id: s.id,
    title: s.title,
    first_published: first,
    last_published: last,
    article_count: s.articles.length,
    claim_count: s.claims.length,
    detail: JSON.stringify(s),
  }
}

/** Rows per multi-row INSERT, well below both engines' bound-parameter limits. */
const INSERT_CHUNK = 200

export function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += INSERT_CHUNK) out.push(items.slice(i, i + INSERT_CHUNK))
  return out
}
