/**
 * @module store/sql-store
 * The Store itself, written once against Kysely for both engines. What differs
 * between SQLite and PostgreSQL (column types, full-text search, how a write
 * transaction locks) stays behind the Engine seam of store/engine.ts, so both
 * engines run this same code and pass the same contract suite.
 *
 * Every write is one engine transaction: a crash mid-put leaves either the
 * whole article (row, search index entry, entity mentions, supersession) or
 * nothing. Every failure surfaces as a StorytraceError E_STORE naming what was
 * being done.
 */
import { sql, type Kysely } from 'kysely'
import { articleId } from '../doc/identity.js'
import type { ArticleMeta, Doc } from '../doc/types.js'
import { StorytraceError } from '../errors.js'
import type { FetchState } from '../ingest/fetch/fetcher.js'
import type { TrackerState } from '../story/tracker.js'
import type { CopyLink, StoryGraph, Storyline } from '../story/types.js'
import type { Engine } from './engine.js'
import { cooccurring, entityTimeline } from './entity-queries.js'
import { readFetchState, writeFetchState } from './fetch-state.js'
import { migrationStatus, type AppliedMigration } from './migrations/index.js'
import {
  articleRow,
  chunks,
  parseJson,
  STORED_COLUMNS,
  storylineRow,
  SUMMARY_COLUMNS,
  toArticleSummary,
  toSearchHit,
  toStoredArticle,
} from './rows.js'
import type { Database } from './schema.js'
import { searchTerms } from './search-terms.js'
import {
  insertStorylines,
  mergedInto,
  readTrackerState,
  recomputedRedirects,
  recordMerges,
  replaceStorylines,
  storylineMembers,
  supersededMembers,
  unplacedArticles,
  writeTrackerState,
} from './story-state.js'
import type {
  ArticleSummary,
  EntityDetail,
  EntitySummary,
  IngestFailure,
  PutResult,
  SearchHit,
  Store,
  StoredArticle,
  StoryProgress,
  StorylineSummary,
  StoryUpdate,
} from './types.js'

/** Articles read per query while currentArticles streams the store. */
const PAGE_SIZE = 200
/** Search hits when the caller gives no limit, and the most it may ask for. */
const DEFAULT_SEARCH_LIMIT = 20
const MAX_SEARCH_LIMIT = 500
/** Key entities listed in a storyline summary (the full list is in getStoryline). */
const SUMMARY_ENTITIES = 10
/** Serialises saveStoryGraph and saveStoryUpdate between processes sharing a PostgreSQL database. */
const STORY_GRAPH_LOCK = 'storytrace:story-graph'
/** A LIMIT that means "all": SQLite accepts OFFSET only after a LIMIT. */
const NO_LIMIT = 2_147_483_647
/** Guards articleVersions against a (corrupt) cycle of version links. */
const MAX_VERSIONS = 1000

function storeError(what: string, err: unknown): StorytraceError {
  if (err instanceof StorytraceError) return err
  const detail = err instanceof Error ? err.message : String(err)
  return new StorytraceError('E_STORE', `${what} failed: ${detail}`, { operation: what }, { cause: err })
}

async function guard<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    throw storeError(what, err)
  }
}

/** A caller's limit/offset as integers the engines accept, or undefined when absent or unusable. */
function wholeNumber(value: number | undefined): number | undefined {
  return value === undefined || !Number.isFinite(value) ? undefined : Math.max(0, Math.floor(value))
}


/** Mentions per entity id in one doc; a repeated id is counted once with its mentions summed. */
function entityCounts(doc: Doc): { id: string; name: string; type: string; mentions: number }[] {
  const byId = new Map<string, { id: string; name: string; type: string; mentions: number }>()
  for (const e of doc.layers.entities ?? []) {
    const seen = byId.get(e.id)
    if (seen) seen.mentions += e.mentions.length
    else byId.set(e.id, { id: e.id, name: e.name, type: e.type, mentions: e.mentions.length })
  }
  return [...byId.values()]
}

function nowIso(): string {
  return new Date().toISOString()
}

export class SqlStore implements Store {
  readonly kind: 'sqlite' | 'postgres'
  private readonly db: Kysely<Database>

  constructor(private readonly engine: Engine) {
    this.kind = engine.kind
    this.db = engine.db
  }

  putArticle(doc: Doc): Promise<PutResult> {
    const id = articleId(doc)
    // Versions are tracked per URL, or per source for docs that have none;
    // writers to one such key are serialised so only one becomes current.
    const lockKey = doc.meta.url ?? `source:${doc.meta.source}`
    return guard(`storing article ${doc.meta.source}`, () =>
      this.engine.write(lockKey, async (trx): Promise<PutResult> => {
        const duplicate: PutResult = { id, status: 'duplicate', previous: null }
        const existing = await trx.selectFrom('articles').select('id').where('id', '=', id).executeTakeFirst()
        if (existing) return duplicate
        const previous = await this.currentAt(trx, doc.meta)
        const inserted = await trx
          .insertInto('articles')
          .values(articleRow(id, doc, nowIso(), previous))
          .onConflict((oc) => oc.column('id').doNothing())
          .executeTakeFirst()
        // Another writer stored the same content under a different lock key meanwhile.
        if (!inserted.numInsertedOrUpdatedRows) return duplicate
        if (previous !== null) {
          await trx.updateTable('articles').set({ superseded_by: id }).where('id', '=', previous).execute()
        }
        await this.engine.search.update(trx, { id, title: doc.meta.title, text: doc.text }, previous)
        const entities = entityCounts(doc)
        for (const part of chunks(entities)) {
          await trx
            .insertInto('entities')
            .values(part.map((e) => ({ id: e.id, name: e.name, type: e.type })))
            .onConflict((oc) => oc.column('id').doNothing())
            .execute()
          await trx
            .insertInto('article_entities')
            .values(part.map((e) => ({ article_id: id, entity_id: e.id, mentions: e.mentions })))
            .execute()
        }
        return previous === null ? { id, status: 'new', previous: null } : { id, status: 'version', previous }
      }),
    )
  }

  /** The current article at the doc's URL (or, without one, at its source). */
  private async currentAt(trx: Kysely<Database>, meta: ArticleMeta): Promise<string | null> {
    let q = trx.selectFrom('articles').select('id').where('superseded_by', 'is', null)
    q = meta.url !== null ? q.where('url', '=', meta.url) : q.where('url', 'is', null).where('source', '=', meta.source)
    const row = await q.orderBy('ingested_at', 'desc').orderBy('id').executeTakeFirst()
    return row?.id ?? null
  }

  recordFailure(failure: Omit<IngestFailure, 'at'>): Promise<void> {
    return guard(`recording the failure of ${failure.source}`, async () => {
      await this.engine.write(null, (trx) =>
        trx
          .insertInto('ingest_failures')
          .values({ source: failure.source, code: failure.code, message: failure.message, at: nowIso() })
          .execute(),
      )
    })
  }

  listFailures(): Promise<IngestFailure[]> {
    return guard('listing ingest failures', () =>
      this.db.selectFrom('ingest_failures').select(['source', 'code', 'message', 'at']).orderBy('id').execute(),
    )
  }

  getFetchState(url: string): Promise<FetchState | null> {
    return guard(`reading the fetch state of ${url}`, () => readFetchState(this.db, url))
  }

  putFetchState(state: FetchState): Promise<void> {
    return guard(`recording the fetch state of ${state.url}`, () => writeFetchState(this.engine, state))
  }

  getArticle(id: string): Promise<StoredArticle | null> {
    return guard(`reading article ${id}`, async () => {
      const row = await this.db.selectFrom('articles').select(STORED_COLUMNS).where('id', '=', id).executeTakeFirst()
      return row ? toStoredArticle(row) : null
    })
  }

  /** Article summaries with the storyline each belongs to. */
  private summaries() {
    return this.db
      .selectFrom('articles')
      .select(SUMMARY_COLUMNS)
      .select((eb) =>
        eb
          .selectFrom('storyline_articles')
          .select((sub) => sub.fn.min('storyline_articles.storyline_id').as('first'))
          .whereRef('storyline_articles.article_id', '=', 'articles.id')
          .as('storyline'),
      )
      .select('articles.superseded_by')
  }

  listArticles(options: { limit?: number; offset?: number } = {}): Promise<ArticleSummary[]> {
    return guard('listing articles', async () => {
      const limit = wholeNumber(options.limit)
      const offset = wholeNumber(options.offset) ?? 0
      let q = this.summaries()
        .where('articles.superseded_by', 'is', null)
        // Newest first, undated last: `is null` sorts false before true on both engines.
        .orderBy(sql`articles.published is null`)
        .orderBy('articles.published', 'desc')
        .orderBy('articles.id')
      if (limit !== undefined || offset > 0) q = q.limit(limit ?? NO_LIMIT).offset(offset)
      const rows = await q.execute()
      return rows.map((r) => toArticleSummary({ ...r, storyline: r.storyline ?? null }))
    })
  }

  countArticles(): Promise<number> {
    return guard('counting articles', async () => {
      const row = await this.db
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('superseded_by', 'is', null)
        .executeTakeFirstOrThrow()
      return Number(row.n)
    })
  }

  articleVersions(id: string): Promise<ArticleSummary[]> {
    return guard(`listing versions of ${id}`, async () => {
      const byId = async (key: string) =>
        this.summaries().where('articles.id', '=', key).executeTakeFirst()
      const start = await byId(id)
      if (!start) return []
      // Walk the version links both ways: exact even when two versions share an ingest time.
      const chain = [start]
      const seen = new Set([start.id])
      for (let prev = start.version_of; prev !== null && !seen.has(prev) && chain.length < MAX_VERSIONS; ) {
        const row = await byId(prev)
        if (!row) break
        seen.add(row.id)
        chain.unshift(row)
        prev = row.version_of
      }
      for (let next = start.superseded_by; next !== null && !seen.has(next) && chain.length < MAX_VERSIONS; ) {
        const row = await byId(next)
        if (!row) break
        seen.add(row.id)
        chain.push(row)
        next = row.superseded_by
      }
      return chain.map((r) => toArticleSummary({ ...r, storyline: r.storyline ?? null }))
    })
  }

  async *currentArticles(): AsyncIterable<StoredArticle> {
    // Keyset pages by id: steady memory, and no article is skipped or repeated
    // when another writer adds articles meanwhile.
    let after: string | null = null
    for (;;) {
      const from: string | null = after
      const rows = await guard('reading current articles', () => {
        let q = this.db.selectFrom('articles').select(STORED_COLUMNS).where('superseded_by', 'is', null)
        if (from !== null) q = q.where('id', '>', from)
        return q.orderBy('id').limit(PAGE_SIZE).execute()
      })
      for (const row of rows) yield toStoredArticle(row)
      if (rows.length < PAGE_SIZE) return
      after = rows[rows.length - 1]!.id
    }
  }

  search(query: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    return guard(`searching for "${query}"`, async () => {
      const terms = searchTerms(query)
      const limit = Math.min(wholeNumber(options.limit) ?? DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT)
      if (terms.length === 0 || limit === 0) return []
      const rows = await this.engine.search.query(this.db, terms, limit)
      return rows.map(toSearchHit)
    })
  }

  saveStoryGraph(graph: StoryGraph, state: TrackerState | null = null): Promise<void> {
    return guard('saving the story graph', async () => {
      const copies = new Map<string, CopyLink>()
      for (const c of graph.copies) copies.set(`${c.article}\u0000${c.original}`, c)
      const copyRows = [...copies.values()].map((c) => ({ article_id: c.article, original_id: c.original, similarity: c.similarity }))

      await this.engine.write(STORY_GRAPH_LOCK, async (trx) => {
        const previous = await storylineMembers(trx)
        await trx.deleteFrom('storyline_entities').execute()
        await trx.deleteFrom('storyline_articles').execute()
        await trx.deleteFrom('storylines').execute()
        await trx.deleteFrom('copy_links').execute()
        await insertStorylines(trx, graph.storylines)
        for (const part of chunks(copyRows)) await trx.insertInto('copy_links').values(part).execute()
        // A live id redirects nowhere; the ids the new graph dropped redirect to where their articles went.
        for (const part of chunks(graph.storylines.map((s) => s.id))) await trx.deleteFrom('storyline_merges').where('id', 'in', part).execute()
        await recordMerges(trx, recomputedRedirects(previous, graph.storylines))
        await writeTrackerState(trx, state)
      })
    })
  }

  saveStoryUpdate(update: StoryUpdate): Promise<void> {
    return guard('saving a story update', async () => {
      const copyRows = update.copies.map((c) => ({ article_id: c.article, original_id: c.original, similarity: c.similarity }))
      await this.engine.write(STORY_GRAPH_LOCK, async (trx) => {
        await replaceStorylines(trx, update.storylines)
        await recordMerges(trx, update.merges)
        for (const part of chunks(copyRows)) await trx.insertInto('copy_links').values(part).execute()
        await writeTrackerState(trx, update.state)
      })
    })
  }

  loadStoryState(): Promise<StoryProgress> {
    return guard('reading the story state', async () => ({
      state: await readTrackerState(this.db),
      unplaced: await unplacedArticles(this.db),
      superseded: await supersededMembers(this.db),
    }))
  }

  /** Summaries of the given storylines (all when `only` is absent), newest activity first. */
  private async storylineSummaries(only?: string): Promise<StorylineSummary[]> {
    let q = this.db
      .selectFrom('storylines')
      .select(['id', 'title', 'article_count', 'claim_count', 'first_published', 'last_published'])
      .orderBy(sql`last_published is null`)
      .orderBy('last_published', 'desc')
      .orderBy('id')
    if (only !== undefined) {
      q = q.where('id', 'in', (eb) =>
        eb.selectFrom('storyline_entities').select('storyline_entities.storyline_id').where('storyline_entities.entity_id', '=', only),
      )
    }
    const rows = await q.execute()
    if (rows.length === 0) return []
    let eq = this.db
      .selectFrom('storyline_entities')
      .select(['storyline_id', 'entity_id', 'name', 'type'])
      .where('position', '<', SUMMARY_ENTITIES)
    if (only !== undefined) eq = eq.where('storyline_id', 'in', rows.map((r) => r.id))
    const entities = new Map<string, { id: string; name: string; type: string }[]>()
    for (const e of await eq.orderBy('storyline_id').orderBy('position').execute()) {
      const list = entities.get(e.storyline_id) ?? []
      list.push({ id: e.entity_id, name: e.name, type: e.type })
      entities.set(e.storyline_id, list)
    }
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      articles: Number(r.article_count),
      first: r.first_published,
      last: r.last_published,
      entities: (entities.get(r.id) ?? []).slice(0, SUMMARY_ENTITIES),
      claims: Number(r.claim_count),
    }))
  }

  listStorylines(): Promise<StorylineSummary[]> {
    return guard('listing storylines', () => this.storylineSummaries())
  }

  storylineMergedInto(id: string): Promise<string | null> {
    return guard(`reading where storyline ${id} went`, () => mergedInto(this.db, id))
  }

  getStoryline(id: string): Promise<Storyline | null> {
    return guard(`reading storyline ${id}`, async () => {
      const row = await this.db.selectFrom('storylines').select('detail').where('id', '=', id).executeTakeFirst()
      return row ? parseJson<Storyline>(row.detail) : null
    })
  }

  /** Entities with their counts over current articles only. */
  private entitySummaries() {
    return this.db
      .selectFrom('entities')
      .innerJoin('article_entities', 'article_entities.entity_id', 'entities.id')
      .innerJoin('articles', (join) =>
        join.onRef('articles.id', '=', 'article_entities.article_id').on('articles.superseded_by', 'is', null),
      )
      .select(['entities.id', 'entities.name', 'entities.type'])
      .select((eb) => [
        eb.fn.count<number>('article_entities.article_id').as('articles'),
        eb.fn.sum<number>('article_entities.mentions').as('mentions'),
      ])
      .groupBy(['entities.id', 'entities.name', 'entities.type'])
  }

  listEntities(options: { limit?: number; type?: string } = {}): Promise<EntitySummary[]> {
    return guard('listing entities', async () => {
      const limit = wholeNumber(options.limit)
      let q = this.entitySummaries()
      if (options.type !== undefined) q = q.where('entities.type', '=', options.type.toUpperCase())
      let ordered = q.orderBy('articles', 'desc').orderBy('mentions', 'desc').orderBy('entities.id')
      if (limit !== undefined) ordered = ordered.limit(limit)
      const rows = await ordered.execute()
      return rows.map((r) => ({ id: r.id, name: r.name, type: r.type, articles: Number(r.articles), mentions: Number(r.mentions) }))
    })
  }

  getEntity(id: string): Promise<EntityDetail | null> {
    return guard(`reading entity ${id}`, async () => {
      const entity = await this.db.selectFrom('entities').select(['id', 'name', 'type']).where('id', '=', id).executeTakeFirst()
      if (!entity) return null
      const counts = await this.entitySummaries().where('entities.id', '=', id).executeTakeFirst()
      return {
        ...entity,
        articles: Number(counts?.articles ?? 0),
        mentions: Number(counts?.mentions ?? 0),
        storylines: await this.storylineSummaries(id),
        timeline: await entityTimeline(this.db, id),
        cooccurring: await cooccurring(this.db, id),
      }
    })
  }

  /** The copy links of the last saved story graph, by article then original. */
  copyLinks(): Promise<CopyLink[]> {
    return guard('listing copy links', async () => {
      const rows = await this.db
        .selectFrom('copy_links')
        .select(['article_id', 'original_id', 'similarity'])
        .orderBy('article_id')
        .orderBy('original_id')
        .execute()
      return rows.map((r) => ({ article: r.article_id, original: r.original_id, similarity: Number(r.similarity) }))
    })
  }

  /** The schema migrations and when each ran: for diagnostics and the reopen test. */
  appliedMigrations(): Promise<AppliedMigration[]> {
    return guard('reading the migration status', () => migrationStatus(this.engine))
  }

  close(): Promise<void> {
    return guard(`closing ${this.engine.label}`, () => this.db.destroy())
  }
}
