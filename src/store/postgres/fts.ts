/**
 * @module store/postgres/fts
 * Full-text search on PostgreSQL. A text search configuration
 * `storytrace_search` (a copy of `simple`, so no stemming or stop words, as in
 * SQLite) runs every word through the `unaccent` dictionary first. The same
 * configuration serves the stored tsvector, the query and ts_headline, so
 * "turkiye" finds "Türkiye" and the snippet still shows "Türkiye".
 *
 * The tsvector is a generated column (filled on insert, never out of step) with
 * a partial GIN index over current articles only. A generated column needs an
 * IMMUTABLE expression: to_tsvector(regconfig, text) is one, whereas calling
 * unaccent() directly (only STABLE) would not be.
 */
import { sql, type Kysely } from 'kysely'
import { StorytraceError } from '../../errors.js'
import type { SearchIndex, SearchRow } from '../engine.js'
import type { Database } from '../schema.js'

/** ts_headline options: a passage of about this many words, no markup. */
const HEADLINE_OPTIONS = 'MaxWords=35, MinWords=15, StartSel="", StopSel=""'

export const postgresSearch: SearchIndex = {
  async create(db: Kysely<any>): Promise<void> {
    try {
      await sql`create extension if not exists unaccent`.execute(db)
    } catch (err) {
      throw new StorytraceError(
        'E_STORE',
        `the PostgreSQL extension "unaccent" cannot be created (it ships in the server's contrib package; a superuser may need to run "create extension unaccent" once): ${(err as Error).message}`,
        undefined,
        { cause: err },
      )
    }
    await sql`create text search configuration storytrace_search (copy = simple)`.execute(db)
    await sql`alter text search configuration storytrace_search
      alter mapping for hword, hword_part, word with unaccent, simple`.execute(db)
    await sql`alter table articles add column search tsvector generated always as (
      setweight(to_tsvector('storytrace_search'::regconfig, coalesce(title, '')), 'A') ||
      setweight(to_tsvector('storytrace_search'::regconfig, text), 'D')
    ) stored`.execute(db)
    await sql`create index articles_search_idx on articles using gin (search) where superseded_by is null`.execute(db)
  },

  // The generated column indexes new rows, and queries skip superseded ones.
  async update(): Promise<void> {},

  async query(db: Kysely<Database>, terms: readonly string[], limit: number): Promise<SearchRow[]> {
    const { rows } = await sql<SearchRow>`
      select a.id, a.title, a.outlet_id, a.outlet_name, a.published,
        ts_headline('storytrace_search', a.text, hits.q, ${HEADLINE_OPTIONS}) as snippet,
        hits.rank
      from (
        select id, q, ts_rank(search, q) as rank
        from articles, plainto_tsquery('storytrace_search', ${terms.join(' ')}) as q
        where search @@ q and superseded_by is null
        order by rank desc, id
        limit ${limit}
      ) as hits
      join articles a on a.id = hits.id
      order by hits.rank desc, a.id`.execute(db)
    return rows
  },
}
